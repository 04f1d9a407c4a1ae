package org.fahras.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fahras.config.ConfigFiles;
import org.fahras.model.FacetValue;

/**
 * Finds the countries an article speaks of, by name, variant, capital or nationality adjective
 * ("تونس", "التونسية", "الجزائريون", "القاهرة", "البصرة"), from {@code index-config/countries.tsv}. Adjective
 * inflections are generated from the masculine singular, so the file stays short. The longest
 * form wins; phrases that name no country ("بلاد المغرب") are matched like names and dropped;
 * a form shared by two countries, or that is also a common word ("مالي"), is decided by what
 * else the article says (see the file's header).
 */
public final class CountryGazetteer {
  /** Longest name in words that a role phrase may be followed by ("جمهورية أفريقيا الوسطى"). */
  private static final int MAX_PHRASE_WORDS = 5;

  /** Words of a medium's name between "صحيفة" and its nationality ("ديلي ميل"). */
  private static final int SOURCE_NAME_WORDS = 4;

  private static final List<String> ADJECTIVE_ENDINGS =
      List.of("", "ه", "ون", "ين", "ات", "ا", "ان", "تان", "تين");

  /** How a form names its country: the name itself, a nationality word, a capital. */
  public enum Kind { NAME, ADJECTIVE, CAPITAL, CITY }

  /**
   * One country a form may stand for; a guarded one needs the context to agree, a common one (also
   * an everyday word: كيف "how", الزاوية "the corner") a place word before it.
   */
  private record Candidate(String code, Kind kind, boolean guarded, boolean common) {}

  /** A country mention: the code, how it was named, and its place in the text (end exclusive). */
  public record Mention(String code, Kind kind, int start, int end) {}

  private static final Candidate NOT_A_COUNTRY = new Candidate("-", Kind.NAME, false, false);

  /**
   * What a normalised form (one word, or words joined by spaces) is to the gazetteer: the countries
   * it names (null when it names none by itself) and the most words of a form it begins (1 when it
   * begins none longer). One map, so that a word no form begins, most words, costs one look-up.
   */
  private record Form(List<Candidate> candidates, int longest) {}

  private final Map<String, Form> forms = new HashMap<>();
  /** The keys of {@link #forms}, asked before it ({@link #form}). */
  private final KeyFilter formKeys = new KeyFilter();
  private final Map<String, String> labelByCode = new HashMap<>();
  private final Set<String> cues = new HashSet<>();
  private final Set<String> personBefore = new HashSet<>();
  private final Set<String> personAfter = new HashSet<>();
  private final Set<String> prefixes = new HashSet<>();
  private final Set<String> sources = new HashSet<>();
  private final Set<String> zoneBefore = new HashSet<>();
  private final Set<String> placeBefore = new HashSet<>();
  private final Set<String> holderBefore = new HashSet<>();
  private final Set<String> clubBefore = new HashSet<>();
  private final Set<String> stateBefore = new HashSet<>();
  private final Set<String> firstNames = new HashSet<>();
  private final Set<String> givenNames = new HashSet<>();

  public static CountryGazetteer load(ConfigFiles config) {
    CountryGazetteer gazetteer = new CountryGazetteer();
    for (String[] row : ConfigFiles.table(config.config("countries.tsv"))) {
      gazetteer.addCountry(row);
    }
    for (String[] row : ConfigFiles.tableIfPresent(config.config("country-context.tsv"))) {
      if (row[0].equals("-")) {
        for (String form : row[1].split("\\|")) {
          gazetteer.addCandidate(form, NOT_A_COUNTRY);
        }
        continue;
      }
      Set<String> words = switch (row[0]) {
        case "cue" -> gazetteer.cues;
        case "person-before" -> gazetteer.personBefore;
        case "person-after" -> gazetteer.personAfter;
        case "prefix" -> gazetteer.prefixes;
        case "source" -> gazetteer.sources;
        case "zone-before" -> gazetteer.zoneBefore;
        case "place-before" -> gazetteer.placeBefore;
        case "holder-before" -> gazetteer.holderBefore;
        case "club-before" -> gazetteer.clubBefore;
        case "state-before" -> gazetteer.stateBefore;
        case "first-name" -> gazetteer.firstNames;
        default -> throw new IllegalArgumentException("country-context.tsv: unknown kind " + row[0]);
      };
      if (row[0].equals("holder-before") || row[0].equals("club-before")) {
        for (String phrase : row[1].split("\\|")) {
          words.add(Words.of(phrase).getLast()); // "مانشستر يونايتد الإنجليزي": the club's last word
        }
      } else {
        words.addAll(Words.of(row[1].replace('|', ' ')));
      }
    }
    for (String name : ConfigFiles.linesIfPresent(config.config("given-names.txt"))) {
      gazetteer.givenNames.addAll(Words.of(name));
    }
    gazetteer.firstNames.addAll(gazetteer.givenNames);
    return gazetteer;
  }

  private void addCountry(String[] row) {
    String code = row[0];
    labelByCode.put(code, row[1]);
    Set<String> guarded = new HashSet<>();
    Set<String> common = new HashSet<>();
    for (String cell : row) {
      for (String form : cell.split("\\|")) {
        if (form.startsWith("~")) {
          guarded.add(bare(form));
        }
        if (form.startsWith("~~")) {
          common.add(bare(form));
        }
      }
    }
    add(row[1], code, Kind.NAME, guarded, common);
    addAll(cell(row, 3), code, Kind.NAME, guarded, common);
    for (String adjective : cell(row, 4).split("\\|")) {
      if (!adjective.isBlank()) {
        // a guarded adjective guards every form made from it ("~~مجري": مجريات, "the course of"),
        // not the country's name that one of them spells ("رومانيا", روماني + ا)
        for (String ending : ADJECTIVE_ENDINGS) {
          String form = bare(adjective) + ending;
          addCandidate(form, new Candidate(code, Kind.ADJECTIVE, adjective.startsWith("~") || guarded.contains(form), adjective.startsWith("~~") || common.contains(form)));
        }
      }
    }
    addAll(cell(row, 5), code, Kind.CAPITAL, guarded, common);
    addAll(cell(row, 6), code, Kind.ADJECTIVE, guarded, common);
    addAll(cell(row, 7), code, Kind.CITY, guarded, common);
  }

  /** A form without its ~ or ~~ mark. */
  private static String bare(String form) {
    return form.startsWith("~~") ? form.substring(2) : form.startsWith("~") ? form.substring(1) : form;
  }

  private static String cell(String[] row, int i) {
    return i < row.length ? row[i] : "";
  }

  private void addAll(String forms, String code, Kind kind, Set<String> guarded, Set<String> common) {
    for (String form : forms.split("\\|")) {
      if (!form.isBlank()) {
        add(bare(form), code, kind, guarded, common);
      }
    }
  }

  /** One more reading of a form; "السعودية" is both the name and the adjective of SA. */
  private void add(String form, String code, Kind kind, Set<String> guarded, Set<String> common) {
    addCandidate(form, new Candidate(code, kind, guarded.contains(form), common.contains(form)));
  }

  private void addCandidate(String form, Candidate candidate) {
    List<String> words = Words.of(form);
    if (words.size() > 1) {
      Form first = forms.get(words.getFirst());
      put(words.getFirst(), first == null ? new Form(null, words.size()) : new Form(first.candidates(), Math.max(first.longest(), words.size())));
    }
    String key = String.join(" ", words);
    Form named = forms.get(key);
    if (named == null || named.candidates() == null) {
      named = new Form(new ArrayList<>(1), named == null ? 1 : named.longest());
      put(key, named);
    }
    List<Candidate> candidates = named.candidates();
    if (candidates.stream().noneMatch(c -> c.code().equals(candidate.code()) && c.kind() == candidate.kind())) {
      candidates.add(candidate);
    }
  }

  /** The country a single word names or qualifies ("الجزائري", "وتونس") without doubt, or null. */
  public String countryOf(String normalizedWord) {
    for (String form : Words.withoutProclitics(normalizedWord)) {
      List<Candidate> candidates = candidates(form);
      if (candidates != null) {
        Candidate first = candidates.getFirst();
        return first == NOT_A_COUNTRY || first.guarded() ? null : first.code();
      }
    }
    return null;
  }

  /**
   * True when the word is a nationality adjective ("الجزائري", "الإيطالية"), as stands between a
   * role and a foreign name ("وزير الداخلية الإيطالي ماتيو بيانتيدوسي").
   */
  public boolean isNationality(String normalizedWord) {
    for (String form : Words.withoutProclitics(normalizedWord)) {
      List<Candidate> candidates = candidates(form);
      if (candidates != null) {
        Candidate first = candidates.getFirst(); // "روسيا" is the name before it is روسي + ا
        return first != NOT_A_COUNTRY && !first.guarded() && first.kind() == Kind.ADJECTIVE;
      }
    }
    return false;
  }

  /** How many words a country name or adjective of two or more words starting at word i has ("جنوب السودان"), else 0 or 1. */
  public int nameLengthAt(List<String> words, int i) {
    if (!beginsLongerForm(words.get(i))) {
      return 0; // most words: spare cutting the phrase
    }
    List<Words.Word> spans = new ArrayList<>();
    for (int k = i; k < Math.min(words.size(), i + MAX_PHRASE_WORDS); k++) {
      if (words.get(k).isEmpty()) {
        break;
      }
      spans.add(new Words.Word(words.get(k), 0, 0));
    }
    Match match = spans.isEmpty() ? null : matchAt(spans, 0);
    return match == null || match.candidates().getFirst() == NOT_A_COUNTRY ? 0 : match.length();
  }

  /** Arabic label of an ISO code, or the code itself when unknown. */
  public String label(String code) {
    return labelByCode.getOrDefault(code, code);
  }

  /**
   * The countries the text is about, in order of first mention, with mention counts: those named
   * in its lead (the title and the first {@link #LEAD_CHARS} characters of the body, where a short
   * article is all lead), or named more than once; a country named once, in passing, further down
   * a long article (a list of other teams, a past final, a market compared) does not show.
   */
  public List<FacetValue> find(String text) {
    return find(Words.spans(text, false), LEAD_CHARS);
  }

  /** Characters of body text that count as its lead. */
  static final int LEAD_CHARS = 400;

  /** How often a country named only past the lead must be named to show. */
  private static final int MENTIONS_PAST_LEAD = 2;

  /**
   * The countries of text already cut into words (punctuation breaks are skipped) whose lead ends
   * at offset {@code leadEnd}.
   */
  List<FacetValue> find(List<Words.Word> words, int leadEnd) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Set<String> inLead = new HashSet<>();
    for (Mention mention : mentions(words)) {
      counts.merge(mention.code(), 1, Integer::sum);
      if (mention.start() < leadEnd) {
        inLead.add(mention.code());
      }
    }
    List<FacetValue> found = new ArrayList<>();
    counts.forEach((code, n) -> {
      if (n >= MENTIONS_PAST_LEAD || inLead.contains(code)) {
        found.add(new FacetValue(code, label(code), n));
      }
    });
    return found;
  }

  /** Every country mention of the text, in order. */
  public List<Mention> mentions(String text) {
    return mentions(Words.spans(text, false));
  }

  private List<Mention> mentions(List<Words.Word> words) {
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Match match = matchAt(words, i);
      if (match == null) {
        i++;
        continue;
      }
      if (match.candidates().getFirst() != NOT_A_COUNTRY && !isPersonName(words, i, match.length())) {
        matches.add(match);
      }
      i += match.length();
    }
    Set<String> plain = new HashSet<>();
    for (Match match : matches) {
      if (plain(match)) {
        plain.add(match.candidates().getFirst().code());
      }
    }
    // loops, not streams, in this and the methods it calls: the streams' set-up, for every match of
    // every article, was a sixth of the gazetteer's CPU
    List<Mention> mentions = new ArrayList<>();
    for (Match match : matches) {
      String before = match.start() > 0 ? words.get(match.start() - 1).text() : "";
      List<String> beforeForms = match.start() > 0 ? words.get(match.start() - 1).forms() : List.of();
      Candidate chosen = choose(match, plain, cues.contains(before), anyIn(beforeForms, placeBefore), before.startsWith("ال"));
      if (chosen != null && chosen.kind() == Kind.ADJECTIVE && (anyIn(beforeForms, givenNames) || afterSource(words, match.start()))) {
        continue; // "طلال الأردني" is a man; "صحيفة ديلي ميل البريطانية" is where the news was read
      }
      List<String> twoBefore = match.start() > 1 ? words.get(match.start() - 2).forms() : List.of();
      if (chosen != null && chosen.kind() == Kind.ADJECTIVE
          && (anyIn(beforeForms, holderBefore) || anyIn(twoBefore, holderBefore)
              || anyIn(beforeForms, clubBefore) && !feminine(words.get(match.start()).text()) || namesAPerson(words, match))) {
        continue; // "المدرب الإسباني", "الدولار الأمريكي", "والبرازيلي نيمار": whose, not where
      }
      if (chosen != null && (chosen.kind() == Kind.CAPITAL || chosen.kind() == Kind.CITY) && anyIn(beforeForms, zoneBefore)) {
        continue; // "بتوقيت نيويورك" is a time of day
      }
      if (chosen != null) {
        int start = match.start() > 0 && chosen.kind() == Kind.NAME && prefixes.contains(before) ? match.start() - 1 : match.start();
        mentions.add(new Mention(chosen.code(), chosen.kind(), words.get(start).start(), words.get(match.start() + match.length() - 1).end()));
      }
    }
    return mentions;
  }

  private record Match(int start, int length, List<Candidate> candidates) {}

  /**
   * The longest form starting at word i (its first word may carry clitics), or null. A form
   * reached only by dropping the word's article is read as an adjective: "المالي" is not Mali.
   */
  private Match matchAt(List<Words.Word> words, int i) {
    Words.Word word = words.get(i);
    int longest = 0; // stays 0 when no form of the word is in the gazetteer: no match to look for
    for (int h = 0; h < word.formCount(); h++) {
      Form form = form(word, h);
      if (form != null) {
        longest = Math.max(longest, form.longest());
      }
    }
    if (longest == 0) {
      return null;
    }
    List<String> heads = word.forms();
    for (int n = Math.min(longest, words.size() - i); n >= 1; n--) {
      String tail = n == 1 ? "" : tail(words, i + 1, i + n);
      for (int h = 0; h < heads.size(); h++) {
        String head = heads.get(h);
        // one word (most lookups): the head itself, its hash already known, no new string
        List<Candidate> candidates = candidates(n == 1 ? head : head + tail);
        if (candidates != null) {
          if (Words.articleDropped(heads, h)) {
            candidates = candidates.stream().filter(c -> c.kind() == Kind.ADJECTIVE).toList();
            if (candidates.isEmpty()) {
              continue;
            }
          }
          return new Match(i, n, candidates);
        }
      }
    }
    return null;
  }

  /** Whether a form of the word (read through its clitics) begins a form of two words or more. */
  private boolean beginsLongerForm(String word) {
    for (String head : Words.withoutProclitics(word)) {
      Form form = form(head);
      if (form != null && form.longest() > 1) {
        return true;
      }
    }
    return false;
  }

  private void put(String key, Form form) {
    forms.put(key, form);
    formKeys.add(key);
  }

  /** What a form is to the gazetteer, or null: most words, told by the filter alone. */
  private Form form(String form) {
    return formKeys.mayContain(form) ? forms.get(form) : null;
  }

  /** The same for form k of a word, made into a string only if the filter lets it through. */
  private Form form(Words.Word word, int k) {
    return formKeys.mayContain(word.formHash(k)) ? forms.get(word.form(k)) : null;
  }

  /** The countries a form names by itself, or null. */
  private List<Candidate> candidates(String form) {
    Form entry = form(form);
    return entry == null ? null : entry.candidates();
  }

  /** Words from..to of a multi-word form after its first: " w2 w3". */
  private static String tail(List<Words.Word> words, int from, int to) {
    StringBuilder tail = new StringBuilder();
    for (int k = from; k < to; k++) {
      tail.append(' ').append(words.get(k).text());
    }
    return tail.toString();
  }

  /** The normalised given names of {@code given-names.txt}, for the official finder too. */
  Set<String> givenNames() {
    return Collections.unmodifiableSet(givenNames);
  }

  /** Whether a match names one country, and none of its readings is guarded. */
  private static boolean plain(Match match) {
    String code = match.candidates().getFirst().code();
    for (Candidate candidate : match.candidates()) {
      if (!candidate.code().equals(code) || candidate.guarded()) {
        return false;
      }
    }
    return true;
  }

  /** Whether one of a word's forms ({@link Words.Word#forms}) is in the set. */
  private static boolean anyIn(List<String> forms, Set<String> set) {
    for (String form : forms) {
      if (set.contains(form)) {
        return true;
      }
    }
    return false;
  }

  /** A paper, channel or agency named in the four words before word i ("لصحيفة ماركا الإسبانية"). */
  private boolean afterSource(List<Words.Word> words, int i) {
    for (int k = Math.max(0, i - SOURCE_NAME_WORDS); k < i; k++) {
      if (anyIn(words.get(k).forms(), sources)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A nationality with the article that is a person's: before a first name ("سجل الأرجنتيني ليونيل
   * ميسي", "الساحر الأرجنتيني ليونيل ميسي", "مبابي والبرازيلي نيمار"), or in the masculine after no
   * definite noun it could qualify ({@link #masculine}); not after an office-holder's title ("الرئيس
   * الأمريكي دونالد ترامب", "نظيره الروسي سيرغي لافروف"), whose state acts.
   */
  private boolean namesAPerson(List<Words.Word> words, Match match) {
    List<String> forms = words.get(match.start()).forms();
    if (match.length() != 1 || !definite(forms)) {
      return false;
    }
    int next = match.start() + match.length();
    boolean beforeFirstName = next < words.size() && anyIn(words.get(next).forms(), firstNames);
    if (match.start() == 0) {
      return beforeFirstName;
    }
    for (int k = Math.max(0, match.start() - STATE_WORDS); k < match.start(); k++) {
      if (anyIn(words.get(k).forms(), stateBefore)) {
        return false; // "وزير الخارجية الأمريكي جون كيري": an office-holder, whose state acts
      }
    }
    if (beforeFirstName) {
      return true; // "الساحر الأرجنتيني ليونيل ميسي", "حكم المباراة الإسباني أنطونيو"
    }
    List<String> before = words.get(match.start() - 1).forms();
    return masculine(forms) && !definite(before) && !anyIn(before, cues);
  }

  /** How far before a nationality an office-holder's title may stand ("رئيس الوزراء الإسرائيلي"). */
  private static final int STATE_WORDS = 3;

  /**
   * A masculine singular nationality with the article ("البرتغالي"): after a word that is not a
   * definite noun it qualifies, it is a man ("أضاف البرتغالي برناردو سيلفا") or the masculine name
   * before it, a club's or a company's ("ريفير بليت الأرجنتيني"); a city takes the feminine.
   */
  private static boolean masculine(List<String> forms) {
    for (String form : forms) {
      if (form.startsWith("ال") && form.endsWith("ي")) {
        return true;
      }
    }
    return false;
  }

  /** An adjective in the feminine (ة, ه once normalised), as a city takes: "نابولي الإيطالية". */
  private static boolean feminine(String word) {
    return word.endsWith("ه");
  }

  /** Whether a form of the word, the word itself or without its clitics, carries the article. */
  private static boolean definite(List<String> forms) {
    for (String form : forms) {
      if (form.startsWith("ال")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "الأمير تركي", "تركي بن عبدالله", "تركي الدخيل": a one-word country form used as a person's
   * name; a given name before a family name (a nationality with no article takes no definite word
   * after it).
   */
  private boolean isPersonName(List<Words.Word> words, int i, int length) {
    return length == 1
        && (i > 0 && personBefore.contains(words.get(i - 1).text())
            || i + 1 < words.size() && personAfter.contains(words.get(i + 1).text())
            || i + 1 < words.size() && givenNames.contains(words.get(i).text()) && familyName(words.get(i + 1).text()));
  }

  /** "الدخيل", "آل" (ال once normalised); not إلى, التي (الي, التي): too short for a family name. */
  private static boolean familyName(String word) {
    return word.equals("ال") || word.startsWith("ال") && word.length() >= 5;
  }

  /**
   * The country of a match: the candidate the article names plainly elsewhere; else the first
   * unguarded one; a guarded one alone counts only after a cue word ("في مالي").
   */
  private static Candidate choose(Match match, Set<String> plain, boolean afterCue, boolean afterPlaceWord, boolean afterDefiniteNoun) {
    Candidate chosen = null;
    for (Candidate candidate : match.candidates()) {
      if (plain.contains(candidate.code())) {
        chosen = candidate;
        break;
      }
    }
    for (Candidate candidate : match.candidates()) {
      if (chosen == null && (!candidate.guarded() || (candidate.common() ? afterPlaceWord : afterCue))) {
        chosen = candidate;
      }
    }
    if (chosen == null || afterCue || !afterDefiniteNoun) {
      return chosen;
    }
    // "الحكومة السعودية": after a definite noun, a form that is also an adjective is one
    for (Candidate candidate : match.candidates()) {
      if (candidate.code().equals(chosen.code()) && candidate.kind() == Kind.ADJECTIVE) {
        return candidate;
      }
    }
    return chosen;
  }
}
