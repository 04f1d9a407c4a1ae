package org.fahras.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The coreference step of one article: from an official's first mention on, their surname
 * ("النوري" after "خالد النوري") and their one-word guarded aliases ("صدام" after "صدام حسين")
 * name them alone. A word two officials of the article share goes to the one met first. One per
 * article, never shared.
 */
final class ArticleCoreference {
  private final Map<String, OfficialFinder.Official> byWord = new HashMap<>();
  /** One bit per word of {@link #byWord}, by its hash: most words of an article are told by it alone. */
  private long hashBits;

  /** An official met in the article, with the words that now name them alone. */
  void met(OfficialFinder.Official official, String surname, List<String> aliases) {
    if (surname != null) {
      put(surname, official);
    }
    for (String alias : aliases) {
      put(alias, official);
    }
  }

  private void put(String word, OfficialFinder.Official official) {
    byWord.putIfAbsent(word, official);
    hashBits |= bit(word.hashCode());
  }

  /** Whether a word of this hash (its {@link String#hashCode}) may name an official here. */
  boolean mayName(int hash) {
    return (hashBits & bit(hash)) != 0;
  }

  private static long bit(int hash) {
    return 1L << ((hash ^ hash >>> 16) & 63);
  }

  /** The official a bare word names in this article, or null. */
  OfficialFinder.Official named(String word) {
    return byWord.isEmpty() ? null : byWord.get(word);
  }

  boolean isEmpty() {
    return byWord.isEmpty();
  }
}
