package org.fahras.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.CharArraySet;
import org.fahras.analysis.AnalysisResources;
import org.fahras.config.ConfigFiles;
import org.fahras.model.FacetValue;

/**
 * Finds the office-holders an article names: by the names and spellings of {@code
 * index-config/officials.tsv}, and, for those the file does not know, by a role phrase of {@code
 * official-roles.txt} followed by an optional nationality adjective and a name of two to four
 * words ("وزير الخارجية الجزائري رمطان لعمامرة" → رمطان لعمامرة, وزير الخارجية, DZ). A bare
 * surname later in the article ("النوري") counts for the full name met earlier ("خالد النوري").
 */
public final class OfficialFinder {
  private static final int MIN_NAME_WORDS = 2;
  /** Up to seven with patronyms: "حمدان بن محمد بن راشد آل مكتوم". */
  private static final int MAX_NAME_WORDS = 7;
  private static final int MIN_SURNAME_CHARS = 3;
  /** Words of the body and nationality between a role and the name ("للأمم المتحدة"). */
  private static final int MAX_COMPLEMENT_WORDS = 7;
  private static final String PREPOSITION_ALA = "على";
  private static final String SENTENCE_END = ".";
  private static final String SENTENCE_ENDS = ".!?؟";
  /** A clitic is cut from a one-word spelling only when this many letters remain: "برايس" is no ب + رايس. */
  private static final int MIN_CUT_SURNAME_CHARS = 5;
  /** Words that never begin a name: a family's آل, a patronym's بن. */
  private static final Set<String> NOT_FIRST = Set.of("ال", "آل", "بن", "ابن", "بنت", "ولد");

  /** An office-holder: from the gazetteer, or discovered in the article. */
  record Official(String id, String name, List<String> spellings, String role, String country) {}

  private record Spelling(List<String> words, Official official) {}

  /**
   * What a normalised form may begin: listed spellings and role phrases (by their first word). A
   * form that cues a name after it (a reporting verb, an honorific, a clause start) has an entry
   * too, maybe empty. One map, so that a word that leads to nothing, most words, costs one look-up
   * per form.
   */
  private record Lead(List<Spelling> spellings, List<List<String>> roles) {
    static final Lead NONE = new Lead(List.of(), List.of());
  }

  private final Map<String, Lead> leads = new HashMap<>();
  /** The keys of {@link #leads}, asked before it. */
  private final KeyFilter leadKeys = new KeyFilter();
  /** Every spelling, in the order of the file. */
  private final List<Spelling> spellings = new ArrayList<>();
  /** Surnames that name one gazetteer official alone after a role: "الرئيس السوري الأسد". */
  private final Map<String, Official> knownSurnames = new HashMap<>();
  /**
   * Aliases written ~X in officials.tsv: also a given name or a common word ("مبارك", "مشرف"), so
   * they name the official only right after a role phrase: "الرئيس مبارك".
   */
  private final Map<String, List<Official>> guardedAliases = new HashMap<>();
  /** Their first words: a word that begins none, most words after a role, needs no joined look-up. */
  private final Set<String> guardedFirstWords = new HashSet<>();
  /** The one-word guarded aliases, asked before {@link #sitting} looks an alias up (most words are none). */
  private final KeyFilter sittingKeys = new KeyFilter();
  /** The one-word guarded aliases of each official, by id. */
  private final Map<String, List<String>> guardedByOfficial = new HashMap<>();
  /** The role words as official-roles.txt writes them, by their normalised form: الرءيس → الرئيس. */
  private final Map<String, String> roleWordsAsWritten = new HashMap<>();
  private final CountryGazetteer countries;
  private final CharArraySet stopwords;
  private final ArticleEvidence evidence;
  private final OfficialTerms terms;
  private RoleFit roleFit;
  private final Set<String> complements = new HashSet<>();
  private final Set<String> verbs = new HashSet<>();
  private final Set<String> notNames = new HashSet<>();
  private final Set<String> particles = new HashSet<>();
  private final Set<String> compoundEnds = new HashSet<>();
  private final Set<String> givenNames = new HashSet<>();
  private final Set<String> honorifics = new HashSet<>();
  private final Set<String> titles = new HashSet<>();
  private final Set<String> notOffice = new HashSet<>();
  private final Set<String> namedAfter = new HashSet<>();
  private final Set<String> otherSense = new HashSet<>();
  private final Set<String> abbreviations = new HashSet<>();
  private final Set<String> clauseStarts = new HashSet<>();

  private OfficialFinder(CountryGazetteer countries, CharArraySet stopwords, ArticleEvidence evidence, OfficialTerms terms) {
    this.countries = countries;
    this.stopwords = stopwords;
    this.evidence = evidence;
    this.terms = terms;
  }

  /** The finder of the configuration; the resources give the stopwords and the article counts. */
  public static OfficialFinder load(ConfigFiles config, CountryGazetteer countries, AnalysisResources resources) {
    OfficialFinder finder = new OfficialFinder(countries, resources.stopwords(), new ArticleEvidence(resources.articleCounts()),
        OfficialTerms.load(config.config("official-terms.tsv")));
    List<List<String>> sameOffice = new ArrayList<>();
    List<String> anyOffice = new ArrayList<>();
    for (String[] row : ConfigFiles.table(config.config("officials.tsv"))) {
      List<String> spellings = new ArrayList<>();
      List<String> guarded = new ArrayList<>();
      spellings.add(row[1]);
      for (String alias : cell(row, 2).isBlank() ? List.<String>of() : List.of(row[2].split("\\|"))) {
        (alias.startsWith("~") ? guarded : spellings).add(alias.replace("~", ""));
      }
      Official official = new Official(row[0], row[1], spellings, cell(row, 4), cell(row, 5));
      for (String alias : guarded) {
        List<String> words = Words.of(alias);
        finder.guardedAliases.computeIfAbsent(String.join(" ", words), k -> new ArrayList<>()).add(official);
        if (!words.isEmpty()) {
          finder.guardedFirstWords.add(words.getFirst());
        }
        if (words.size() == 1) {
          finder.guardedByOfficial.computeIfAbsent(official.id(), k -> new ArrayList<>()).add(words.getFirst());
          finder.sittingKeys.add(words.getFirst());
        }
      }
      for (String spelling : withJoinedCompounds(spellings)) {
        finder.add(spelling, official);
        finder.givenNames.add(Words.of(spelling).getFirst());
      }
    }
    for (String role : ConfigFiles.lines(config.config("official-roles.txt"))) {
      List<String> words = Words.of(role);
      finder.rememberAsWritten(role, words);
      finder.leadOf(words.getFirst()).roles().add(words);
    }
    finder.givenNames.addAll(countries.givenNames()); // read once, by the country gazetteer
    for (String[] row : ConfigFiles.tableIfPresent(config.config("official-context.tsv"))) {
      if (row[0].equals("same-office") || row[0].equals("any-office")) {
        List<String> words = List.of(row[1].split("\\|"));
        if (row[0].equals("same-office")) {
          sameOffice.add(words);
        } else {
          anyOffice.addAll(words);
        }
        continue;
      }
      Set<String> set = switch (row[0]) {
        case "complement" -> finder.complements;
        case "verb" -> finder.verbs;
        case "not-name" -> finder.notNames;
        case "particle" -> finder.particles;
        case "compound-end" -> finder.compoundEnds;
        case "honorific" -> finder.honorifics;
        case "title" -> finder.titles;
        case "not-office" -> finder.notOffice;
        case "named-after" -> finder.namedAfter;
        case "other-sense" -> finder.otherSense;
        case "abbreviation" -> finder.abbreviations;
        case "clause-start" -> finder.clauseStarts;
        default -> throw new IllegalArgumentException("official-context.tsv: unknown kind " + row[0]);
      };
      set.addAll(Words.of(row[1].replace('|', ' ')));
    }
    for (Set<String> cues : List.of(finder.verbs, finder.honorifics, finder.clauseStarts)) {
      cues.forEach(finder::leadOf); // an entry, maybe empty: leadsAny lets the name patterns run after a cue
    }
    finder.roleFit = new RoleFit(sameOffice, anyOffice);
    finder.indexSurnames();
    return finder;
  }

  /**
   * Surnames that name a listed official alone after a role. A surname two listed officials share
   * (الأسد: بشار and حافظ) goes to the one listed first, as a country name listed twice does.
   */
  private void indexSurnames() {
    for (Spelling spelling : spellings) {
      String surname = spelling.words().size() < MIN_NAME_WORDS ? null : surname(String.join(" ", spelling.words()));
      // a surname that is also a given name or a nationality ("عبدالله", "السوداني") is left out
      if (surname != null && !givenNames.contains(surname) && countries.countryOf(surname) == null && countries.countryOf("ال" + surname) == null) {
        knownSurnames.putIfAbsent(surname, spelling.official());
      }
    }
  }

  /**
   * The spellings plus the same with compound given names written as one word or two, as papers
   * do both: "عبد الفتاح السيسي" and "عبدالفتاح السيسي", "أبو بكر" and "أبوبكر".
   */
  private static List<String> withJoinedCompounds(List<String> spellings) {
    List<String> all = new ArrayList<>(spellings);
    for (String spelling : spellings) {
      String joined = spelling.replaceAll("(^| )(عبد|أبو|ابو) ", "$1$2");
      String split = spelling.replaceAll("(^| )(عبد|أبو|ابو)(ال)", "$1$2 $3");
      for (String variant : List.of(joined, split)) {
        if (!all.contains(variant)) {
          all.add(variant);
        }
      }
    }
    return all;
  }

  private static String cell(String[] row, int i) {
    return i < row.length ? row[i] : "";
  }

  private void add(String spelling, Official official) {
    List<String> words = Words.of(spelling);
    if (!words.isEmpty()) {
      Spelling entry = new Spelling(words, official);
      leadOf(words.getFirst()).spellings().add(entry);
      spellings.add(entry);
    }
  }

  /** The entry of a form while loading, made on first use. */
  private Lead leadOf(String form) {
    leadKeys.add(form);
    return leads.computeIfAbsent(form, k -> new Lead(new ArrayList<>(1), new ArrayList<>(1)));
  }

  private Lead lead(String form) {
    return leadKeys.mayContain(form) ? leads.getOrDefault(form, Lead.NONE) : Lead.NONE;
  }

  /** The same for form k of a word, made into a string only if the filter lets it through. */
  private Lead lead(Words.Word word, int k) {
    return leadKeys.mayContain(word.formHash(k)) ? leads.getOrDefault(word.form(k), Lead.NONE) : Lead.NONE;
  }

  /** Whether any of a word's forms may begin a name or a role phrase, or cue a name. */
  private boolean leadsAny(Words.Word word) {
    for (int f = 0; f < word.formCount(); f++) {
      if (lead(word, f) != Lead.NONE) { // NONE is never a key's entry
        return true;
      }
    }
    return false;
  }

  /**
   * The officials of the text, in order of first mention, with mention counts and their
   * spellings; a listed official's role is the one held when the article was published (null:
   * unknown, and no dated role is said).
   */
  public Found find(String text, Instant publishedAt) {
    return find(text, Words.spans(text, true), publishedAt, null);
  }

  /** The officials of text already cut into words with breaks ({@link Words#spans}). */
  Found find(String text, List<Words.Word> tokens, Instant publishedAt) {
    return find(text, tokens, publishedAt, null);
  }

  /** The same for an article of unknown date. */
  public Found find(String text) {
    return find(text, null);
  }

  /** Every mention of an official's name in an article of unknown date. */
  public List<Mention> mentions(String text) {
    return mentions(text, null);
  }

  /** Every mention of an official's name in the text, in order (the role phrase left out). */
  public List<Mention> mentions(String text, Instant publishedAt) {
    List<Mention> mentions = new ArrayList<>();
    find(text, Words.spans(text, true), publishedAt, mentions);
    return mentions;
  }

  /** An official's name in the text (UTF-16 offsets, end exclusive). */
  public record Mention(String id, int start, int end) {}

  private Found find(String text, List<Words.Word> all, Instant publishedAt, List<Mention> spans) {
    LocalDate date = publishedAt == null ? null : LocalDate.ofInstant(publishedAt, ZoneOffset.UTC);
    // a hyphen joins the parts of a name ("كيم جونغ-إيل", "لي- ناك يون"), and the full stop of an
    // abbreviated title is no sentence end ("د. عزيز الدويك"); other punctuation breaks
    List<Words.Word> tokens = new ArrayList<>(all.size());
    List<String> words = new ArrayList<>(all.size());
    List<Words.Word> read = new ArrayList<>(all.size()); // each word as read below, with its forms
    for (Words.Word t : all) {
      boolean joins = t.text().isEmpty() && t.start() < text.length()
          && (text.charAt(t.start()) == '-' || text.charAt(t.start()) == '.' && !tokens.isEmpty() && abbreviations.contains(tokens.getLast().text()));
      if (joins) {
        continue;
      }
      String word = t.text();
      if (word.equals("علي") && text.charAt(t.end() - 1) == 'ى') {
        word = PREPOSITION_ALA; // the preposition, not the name علي it becomes once normalised
      } else if (word.isEmpty() && (t.start() == text.length() || SENTENCE_ENDS.indexOf(text.charAt(t.start())) >= 0)) {
        word = SENTENCE_END; // a name never runs on past a full stop, as it may past a comma
      }
      tokens.add(t);
      words.add(word);
      read.add(word.equals(t.text()) ? t : new Words.Word(word, t.start(), t.end()));
    }
    Map<String, Official> found = new LinkedHashMap<>();
    Map<String, Integer> mentions = new HashMap<>();
    ArticleCoreference coreference = new ArticleCoreference();
    NamedCountries named = new NamedCountries(words, read);
    Map<String, Integer> firstAt = new HashMap<>(); // the word of each official's first mention
    List<int[]> names = new ArrayList<>(); // the words of each name read: start, end
    int i = 0;
    int readUpTo = 0; // the end of the last name read
    while (i < words.size()) {
      int matched = 0;
      int nameStart = i;
      int nameEnd = i + 1;
      // most words begin no listed name nor role phrase and cue no name: one look-up per form tells
      boolean leads = words.get(i).equals(SENTENCE_END) || leadsAny(read.get(i));
      Spelling spelling = leads ? known(words, i) : null;
      Official official = spelling == null ? null : spelling.official();
      Discovery discovery;
      if (official != null && (longerName(spelling, words, i) || i > 0 && particles.contains(words.get(i - 1))
          || spelling.words().size() == 1 && afterAnotherGivenName(words, i)
          || compoundGivenName(spelling.words()) && (afterGivenName(words, i) || nameGoesOn(words, i + spelling.words().size())))) {
        // "محمد بن عبدالرحمن السعدي" is not the listed "محمد بن عبد الرحمن", nor is "حمدان بن
        // محمد بن راشد آل مكتوم" the listed "محمد بن راشد آل مكتوم"; a surname that is one
        // compound given name is someone else's given name when a name goes on: "عبد الناصر همتي"
        official = null;
      }
      if (official != null) {
        matched = spelling.words().size();
        nameEnd = i + matched;
      } else if (leads && (discovery = discovered(words, i)) != null) {
        official = discovery.official();
        nameStart = discovery.nameStart();
        nameEnd = discovery.nameEnd();
        matched = nameEnd - i;
      } else if (leads && (discovery = beforeRole(words, i)) != null) {
        official = discovery.official();
        nameStart = discovery.nameStart();
        nameEnd = discovery.nameEnd();
        matched = nameEnd - i; // on to the role phrase after the name
      } else if (sittingKeys.mayContain(read.get(i).formHash(0)) && (official = sitting(words, i, date, named)) != null) {
        matched = 1; // "روحاني" in an article of 2016 about Iran
      } else if (!coreference.isEmpty() && (official = coreferent(coreference, words.get(i), read.get(i))) != null
          && !continuesAsName(words, i + 1) && !afterGivenName(words, i)) {
        // "النوري", but not "عبدالله صلاح" nor "أحمد المالكي": a name that goes on, or another given
        // name before the surname, is someone else's
        matched = 1;
      } else {
        official = null;
      }
      if (official != null && nameStart < readUpTo) {
        official = null; // a name read back from its role, already read after a cue: "قال الياس المر وزير الدفاع"
      }
      if (official != null && namedAfter(words, i)) {
        official = null; // "مسجد الحسن الثاني", "جامعة السلطان قابوس": a place named after them
      }
      if (official != null) {
        readUpTo = nameEnd;
        if (spans != null) {
          spans.add(new Mention(official.id(), tokens.get(nameStart).start(), tokens.get(nameEnd - 1).end()));
        }
        mentions.merge(official.id(), 1, Integer::sum);
        names.add(new int[] {nameStart, nameEnd});
        if (found.putIfAbsent(official.id(), official) == null) {
          // from the first mention on (later ones would change nothing)
          coreference.met(official, surname(official.name()), guardedByOfficial.getOrDefault(official.id(), List.of()));
          firstAt.put(official.id(), i);
        }
      }
      i += Math.max(matched, 1);
    }
    if (!coreference.isEmpty()) {
      surnamesBefore(words, read, names, firstAt, coreference, mentions, spans == null ? null : tokens, spans);
    }
    mergeLongerDiscoveries(found, mentions);
    List<FacetValue> values = new ArrayList<>();
    List<String> spellings = new ArrayList<>();
    Map<String, Words.Word> firstTokens = firstTokens(found.values(), tokens);
    for (Official o : found.values()) {
      if (DiscoveredId.isDiscovered(o.id())) {
        o = asWritten(o, text, firstTokens);
      }
      values.add(new FacetValue(o.id(), label(o, date), mentions.get(o.id())));
      spellings.addAll(o.spellings());
    }
    return new Found(values, spellings);
  }

  /**
   * The bare surnames written before their official's full name, as a headline does ("«روحاني»:
   * الاتفاق صفحة جديدة" over "الرئيس الإيراني حسن روحاني"): read back over the words before the
   * last official's first mention, outside the names already read.
   */
  private void surnamesBefore(List<String> words, List<Words.Word> read, List<int[]> names, Map<String, Integer> firstAt,
      ArticleCoreference coreference, Map<String, Integer> mentions, List<Words.Word> tokens, List<Mention> spans) {
    int last = 0;
    for (int at : firstAt.values()) {
      last = Math.max(last, at);
    }
    int n = 0; // the next name read, in order
    boolean added = false;
    for (int k = 0; k < last; k++) {
      while (n < names.size() && names.get(n)[1] <= k) {
        n++;
      }
      if (n < names.size() && names.get(n)[0] <= k || words.get(k).isEmpty()) {
        continue;
      }
      Official official = coreferent(coreference, words.get(k), read.get(k));
      if (official != null && firstAt.get(official.id()) > k && !continuesAsName(words, k + 1) && !afterGivenName(words, k)
          && !namedAfter(words, k)) {
        mentions.merge(official.id(), 1, Integer::sum);
        if (spans != null) {
          spans.add(new Mention(official.id(), tokens.get(k).start(), tokens.get(k).end()));
          added = true;
        }
      }
    }
    if (added) {
      spans.sort(Comparator.comparingInt(Mention::start));
    }
  }

  /**
   * A discovered name that another discovered name begins ("عبد اللطيف لوديي يستقبل" and "عبد
   * اللطيف لوديي،"): the longer one ran into the next word of a headline, so the shorter wins.
   */
  private static void mergeLongerDiscoveries(Map<String, Official> found, Map<String, Integer> mentions) {
    List<Official> discovered = new ArrayList<>();
    for (Official o : found.values()) { // a loop, not a stream: most articles discover no one
      if (DiscoveredId.isDiscovered(o.id())) {
        discovered.add(o);
      }
    }
    for (Official longer : discovered) {
      for (Official shorter : discovered) {
        if (shorter != longer && longer.name().startsWith(shorter.name() + " ") && found.containsKey(longer.id())) {
          found.remove(longer.id());
          mentions.merge(shorter.id(), mentions.remove(longer.id()), Integer::sum);
          break;
        }
      }
    }
  }

  private void rememberAsWritten(String phrase, List<String> normalized) {
    String[] written = phrase.strip().split("\\s+");
    if (written.length == normalized.size()) {
      for (int k = 0; k < written.length; k++) {
        roleWordsAsWritten.putIfAbsent(normalized.get(k), written[k]);
      }
    }
  }

  /**
   * The first token of each word of the discovered officials' names and roles: only those words,
   * since most articles name few and a map of every word of the text costs more than the search.
   */
  private static Map<String, Words.Word> firstTokens(Collection<Official> found, List<Words.Word> tokens) {
    Set<String> wanted = new HashSet<>();
    for (Official o : found) {
      if (DiscoveredId.isDiscovered(o.id())) {
        wanted.addAll(List.of(o.name().split(" ")));
        wanted.addAll(List.of(o.role().split(" ")));
      }
    }
    Map<String, Words.Word> first = new HashMap<>();
    for (int k = 0; k < tokens.size() && !wanted.isEmpty(); k++) {
      String word = tokens.get(k).text();
      if (!word.isEmpty() && wanted.remove(word)) {
        first.put(word, tokens.get(k));
      }
    }
    return first;
  }

  /**
   * A discovered official's name and role as the article writes them: they were matched in the
   * normalised form, which a reader should never see (الرءيس, وزير الخارجيه).
   */
  private Official asWritten(Official o, String text, Map<String, Words.Word> firstTokens) {
    return new Official(o.id(), asWritten(o.name(), text, firstTokens), o.spellings(), asWritten(o.role(), text, firstTokens), o.country());
  }

  /**
   * Each word as the text first writes it, else as the roles file writes it (a role may reach us
   * with a clitic: لوزير).
   */
  private String asWritten(String normalized, String text, Map<String, Words.Word> firstTokens) {
    if (normalized.isEmpty()) {
      return normalized;
    }
    StringBuilder out = new StringBuilder(normalized.length());
    for (String word : normalized.split(" ")) {
      Words.Word token = firstTokens.get(word);
      out.append(out.isEmpty() ? "" : " ").append(token != null ? text.substring(token.start(), token.end()) : roleWordsAsWritten.getOrDefault(word, word));
    }
    return out.toString();
  }

  /** The officials of an article and every spelling of their names. */
  public record Found(List<FacetValue> officials, List<String> spellings) {}

  /**
   * "name — role (country)": for a listed official with dated terms, the role held on the date
   * (with السابق once the last term ended), none when the date is unknown or before the first.
   */
  private String label(Official o, LocalDate date) {
    String role = o.role();
    String country = o.country();
    if (!DiscoveredId.isDiscovered(o.id()) && terms.dated(o.id())) {
      OfficialTerms.Held held = terms.heldOn(o.id(), date);
      role = held == null ? "" : held.ended() ? formerly(held.role()) : held.role();
      country = held == null || held.country().isEmpty() ? country : held.country();
    }
    StringBuilder label = new StringBuilder(o.name());
    if (!role.isEmpty()) {
      label.append(" — ").append(role);
    }
    if (!country.isEmpty()) {
      label.append(" (").append(countries.label(country)).append(')');
    }
    return label.toString();
  }

  /** A role no longer held: وزير الخارجية السابق, رئيسة الوزراء السابقة. */
  private static String formerly(String role) {
    String head = role.split(" ")[0];
    return role + (head.endsWith("ة") ? " السابقة" : " السابق");
  }

  /** The longest gazetteer spelling starting at word i (its first word may carry clitics). */
  private Spelling known(List<String> words, int i) {
    if (words.get(i).isEmpty()) {
      return null;
    }
    Spelling best = null;
    List<String> heads = Words.withoutProclitics(words.get(i));
    for (int h = 0; h < heads.size(); h++) {
      String head = heads.get(h);
      if (Words.articleDropped(heads, h)) {
        continue; // "الكاميرون" is no "كاميرون"
      }
      boolean cut = h > 0 && head.length() < MIN_CUT_SURNAME_CHARS;
      List<Spelling> spellings = lead(head).spellings();
      for (int s = 0; s < spellings.size(); s++) {
        Spelling spelling = spellings.get(s);
        if (cut && (spelling.words().size() == 1 || compoundGivenName(spelling.words()) && !words.get(i).startsWith("و"))) {
          // "برايس" is no ب + رايس, "ببوش" may be Busch: a short surname keeps its clitic; so does
          // a compound one but for the conjunction: "بنصر الله" is "with God's victory"
          continue;
        }
        if ((best == null || spelling.words().size() > best.words().size()) && goesOnAs(words, i, spelling.words())) {
          best = spelling;
        }
      }
    }
    return best;
  }

  /**
   * A listed name that ends with a patronym ("محمد بن عبد الرحمن") and goes on with a family name
   * in the text ("… السعدي") is someone else's longer name.
   */
  private boolean longerName(Spelling spelling, List<String> words, int i) {
    int next = i + spelling.words().size();
    List<String> listed = spelling.words();
    // the patronym before the last given name, one word or a compound in two: "فهد بن عبد العزيز"
    int p = listed.size() - 2;
    if (p >= 2 && (listed.get(p).equals("عبد") || listed.get(p).equals("ابو"))) {
      p--;
    }
    String patronym = listed.size() >= 3 ? listed.get(p) : "";
    if (!(patronym.equals("بن") || patronym.equals("ابن")) || next >= words.size()) {
      return false;
    }
    String after = words.get(next);
    // a family (آل معمر, الربيعة, السعدي) after a name that ends with its patronym: "عبدالله بن
    // عبدالعزيز الربيعة" is not King Abdullah; a further بن names a grandfather only when it is the
    // listed one's ("محمد بن سلمان بن عبدالعزيز" is محمد بن سلمان, "عبدالله بن عبدالعزيز بن مساعد" is not)
    if (after.equals("ال") || familyName(after)) {
      return true;
    }
    return (after.equals("بن") || after.equals("ابن")) && next + 1 < words.size() && !listedGrandfather(spelling, words.get(next + 1));
  }

  /**
   * Whether a word with ال after a name is a family name: a given name with ال (الموسى, الربيعة),
   * or, by the archive's evidence, a word written with ال and seldom without (السديري), not a
   * common noun or adjective ("يرعى الملك سلمان بن عبدالعزيز الحفل").
   */
  private boolean familyName(String word) {
    if (!word.startsWith("ال") || word.length() < 5 || !isNameWord(word) || countries.isNationality(word)) {
      return false;
    }
    // a role word is no family name, even one that is also a given name: "القائد الأعلى" after a king
    String bare = word.substring(2);
    return !beginsRole(bare) && (givenNames.contains(bare) || evidence.familyName(bare));
  }

  /** Whether one of the official's spellings goes on from the listed one with بن and this name. */
  private boolean listedGrandfather(Spelling spelling, String grandfather) {
    List<String> listed = spelling.words();
    for (Spelling longer : lead(listed.getFirst()).spellings()) {
      List<String> w = longer.words();
      if (longer.official() == spelling.official() && w.size() > listed.size() + 1 && w.subList(0, listed.size()).equals(listed)
          && w.get(listed.size() + 1).equals(grandfather)) {
        return true;
      }
    }
    return false;
  }

  /** An official found by role phrase, with the words of the name. */
  private record Discovery(Official official, int nameStart, int nameEnd) {}

  /**
   * A role phrase at word i, then the body it belongs to and a nationality (both optional), then
   * a name of 2–4 words: "وزير الخارجية الجزائري رمطان لعمامرة", "الأمين العام للأمم المتحدة كوفي
   * أنان".
   */
  private Discovery discovered(List<String> words, int i) {
    List<String> role = roleAt(words, i);
    if (role == null || i > 0 && role.size() == 1 && role.getFirst().startsWith("ال") && givenNames.contains(words.get(i - 1))
        && roleAt(words, i - 1) == null) {
      return null; // "أحمد السلطان": a role word right after a given name is that person's family name
    }
    if (i > 0 && otherSense.contains(role.getFirst()) && evidence.commonWord(words.get(i - 1))) {
      return null; // "نجم الفريق ليونيل ميسي": the team of the noun before, not the rank
    }
    int j = i + role.size();
    String roleText = String.join(" ", role);
    if (role.getLast().startsWith("وزير") && j < words.size() && isPortfolio(words.get(j))) {
      roleText += " " + words.get(j++); // the portfolio: وزير الدفاع، نائب وزير الخارجية
    }
    String country = "";
    int bodyStart = j;
    for (int skipped = 0; j < words.size() && skipped < MAX_COMPLEMENT_WORDS; skipped++) {
      String word = words.get(j);
      List<String> inner = j > bodyStart && !otherSense.contains(word) && beginsRole(word) ? roleAt(words, j) : null;
      if (inner != null && !roleFit.fits(String.join(" ", inner), List.of(roleText))) {
        // a second role of another office in the body is the one the name holds, read from there:
        // "وزير الدولة لشؤون الإعلام الناطق الرسمي باسم الحكومة، محمد المومني" (but "العاهل الأردني
        // الملك عبد الله" is one office)
        return null;
      }
      Discovery guarded = guardedAt(words, j, country, roleText);
      if (guarded != null) {
        return guarded; // "الرئيس مبارك تناولت", not "الرئيس صالح الصماد"
      }
      Official bySurname = word.isEmpty() ? null : knownSurnames.get(withoutArticle(word));
      if (bySurname != null && (country.isEmpty() || country.equals(bySurname.country())) && endsBareName(words, j + 1)
          && fits(roleText, bySurname)) {
        return new Discovery(bySurname, j, j + 1); // "الرئيس مبارك", "الرئيس السوري الأسد"; not "الرئيس مون جاي إن"
      }
      String code = word.isEmpty() ? null : countries.countryOf(word);
      int countryWords = word.isEmpty() ? 0 : countries.nameLengthAt(words, j);
      if (countryWords > 1) {
        country = countries.countryOf(String.join(" ", words.subList(j, j + countryWords)));
        j += countryWords - 1; // "رئيس جنوب السودان سلفا كير"
      } else if (code != null && !(!word.startsWith("ال") && givenNames.contains(word) && j + 1 < words.size() && isNameWord(words.get(j + 1)))) {
        country = code; // but "رئيس الهيئة تركي آل الشيخ": a given name that is also a nationality
      } else if (givenNames.contains(word) || !(word.startsWith("ال") || word.startsWith("لل") || word.startsWith("وال")
          || isComplement(words, j) || word.equals("و") && j + 1 < words.size() && words.get(j + 1).startsWith("ال"))) {
        // the name begins, even with a given name that looks like the article: الكسندر، الطيب
        break;
      }
      j++;
    }
    if (j < words.size() && words.get(j).isEmpty()) {
      j++; // "وزير الخارجية المصري، سامح شكري"
    }
    List<String> name = new ArrayList<>();
    while (j < words.size() && takesNameWord(name, words.get(j))) {
      name.add(words.get(j++));
    }
    // a foreign name of three words, "وزير المواصلات الكوبي، أديل إزكيردو رودريغيز،", but not a noun
    // in ة after it: "ألكسندر سلطانوف دعوة"; without a nationality, a third word the archive never
    // writes with ال: "سفير فرنسا لدى الأمم المتحدة جان دافيد ليفيت"
    if (name.size() == MIN_NAME_WORDS && !givenNames.contains(name.getFirst()) && !nameEndsAt(words, j) && !words.get(j).startsWith("ال") && !words.get(j).endsWith("ه")
        && nameEndsAt(words, j + 1) && (nationalityBefore(words, j - name.size()) || evidence.foreignName(words.get(j)))) {
      name.add(words.get(j++));
    }
    int nameStart = j - name.size();
    boolean company = notOfficeBody(words, i + role.size(), nameStart);
    Official official = company ? null : official(name, words, nameStart, roleText, country, false);
    if (official == null && name.isEmpty() && !company) {
      return nameBeforeRole(words, i, roleText);
    }
    return official == null ? null : new Discovery(official, nameStart, nameStart + name.size());
  }

  /**
   * Whether a word between a role and its holder's name belongs to the body of the role: a
   * complement noun, also with the preposition ب or ل ("بمنطقة الرياض", "لهيئة الهلال الأحمر"), or
   * في before a word with ال ("السفير الكيني في الأمم المتحدة"; not "السفير الروسي في لندن، وسئل").
   */
  private boolean isComplement(List<String> words, int j) {
    String word = words.get(j);
    if (complements.contains(word)) {
      return true;
    }
    if (word.equals("في")) {
      return j + 1 < words.size() && words.get(j + 1).startsWith("ال");
    }
    return word.length() > 3 && (word.charAt(0) == 'ب' || word.charAt(0) == 'ل') && complements.contains(word.substring(1));
  }

  /**
   * Whether the body of a role, the words from {@code from} up to {@code end} or the first
   * punctuation, makes it a post in a company, club or sport ("لشركة", "لكرة القدم"); a word with
   * another sense (الفريق, also a rank) only right after the role: "وزير الدفاع المصري الفريق أول".
   */
  private boolean notOfficeBody(List<String> words, int from, int end) {
    for (int k = from; k < Math.min(end, words.size()) && !words.get(k).isEmpty() && !words.get(k).equals(SENTENCE_END); k++) {
      if (notOffice.contains(words.get(k)) && (k == from || !otherSense.contains(words.get(k)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name right before a role phrase written as is, in apposition, with no cue before the name:
   * "نجا مصطفى الدباشي، وزير داخلية الحكومة الانتقالية". Read back from the role over at most
   * four name words; the name must begin with a known given name and read forward to the role.
   */
  private Discovery nameBeforeRole(List<String> words, int i, String role) {
    if (!beginsRole(words.get(i))) {
      return null; // "ووزير", "لوزير": the next item of a list, or a complement
    }
    int end = i > 0 && words.get(i - 1).isEmpty() ? i - 1 : i;
    int start = end;
    while (start > 0 && end - start < MAX_NAME_WORDS - 3 && isNameWord(words.get(start - 1))) {
      start--;
    }
    for (int s = start; s <= end - MIN_NAME_WORDS; s++) {
      // the name begins with a given name, not inside another name: "حمد بن فيصل آل ثاني"
      if (!givenNames.contains(words.get(s)) || s > 0 && (particles.contains(words.get(s - 1)) || givenNames.contains(words.get(s - 1)))) {
        continue;
      }
      List<String> name = new ArrayList<>();
      int j = s;
      while (j < end && takesNameWord(name, words.get(j))) {
        name.add(words.get(j++));
      }
      Official official = j == end ? official(name, words, s, role, "", false) : null;
      if (official != null) {
        return new Discovery(official, s, s + name.size());
      }
    }
    return null;
  }

  /**
   * A name right before a role phrase, after a reporting verb, an honorific or a full stop: "قال
   * فوزي صلوخ وزير الخارجية اللبناني", "قال رائد بن خالد قرملي، سفير المملكة", "حضر اللقاء معالي
   * محمد سعيد الكندي وزير البيئة".
   */
  private Discovery beforeRole(List<String> words, int i) {
    String cue = words.get(i);
    // after a full stop or a conjunction opening a clause (أن), the name needs a known given name
    // or the archive's evidence: "ذكر مسؤول أن نيكولاس بيرنز مساعد وزيرة الخارجية أجرى"
    boolean unframed = cue.equals(SENTENCE_END) || clauseStarts.contains(cue);
    if (!(verbs.contains(cue) || honorifics.contains(cue) || unframed) || roleAt(words, i) != null) {
      return null;
    }
    boolean title = titles.contains(cue);
    int j = i + 1;
    while (j < words.size() && honorifics.contains(words.get(j))) {
      title |= titles.contains(words.get(j));
      j++; // "سمو الشيخ"، "سعادة السيد"
    }
    // without a title the name must stand before a role phrase: when no word within reach of the
    // longest name and a comma begins one, as after most reporting verbs, there is no name to read
    if (!title && !roleBeginsWithin(words, j, MAX_NAME_WORDS + 2)) {
      return null;
    }
    int nameStart = j;
    List<String> name = new ArrayList<>();
    while (j < words.size() && takesNameWord(name, words.get(j)) && roleAt(words, j) == null) {
      name.add(words.get(j++));
    }
    if (j < words.size() && words.get(j).isEmpty()) {
      j++;
    }
    // the role stands in apposition, as written: "وجه انتقادات حادة لرئيس البلاد" and "الدكتور محمد
    // السعدي، ورئيس لجنة" are no name and role
    List<String> role = j < words.size() && beginsRole(words.get(j)) ? roleAt(words, j) : null;
    if (role != null && notOfficeBody(words, j + role.size(), j + role.size() + MAX_COMPLEMENT_WORDS)) {
      // "قال أمين الناصر الرئيس التنفيذي لشركة أرامكو", "مارك كلاتنبيرغ، رئيس لجنة التحكيم في
      // الاتحاد السعودي لكرة القدم"
      return null;
    }
    if (role == null) {
      // a title only an office-holder or a royal bears needs no role after the name: "سمو الشيخ
      // حمدان بن محمد بن راشد آل مكتوم"
      Official official = title ? official(name, words, nameStart, "", "", true) : null;
      return official == null ? null : new Discovery(official, nameStart, nameStart + name.size());
    }
    Discovery after = discovered(words, j);
    // between a reporting verb or honorific and a role phrase, the words are a name even without
    // a given name we know: "قال مجذوب الخليفة مستشار الرئيس"; after a full stop they need one
    Official official = official(name, words, nameStart, after == null ? String.join(" ", role) : after.official().role(),
        after == null ? "" : after.official().country(), !unframed);
    return official == null ? null : new Discovery(official, nameStart, nameStart + name.size());
  }

  /**
   * A discovered official, or null when the words cannot be a person's name; a {@code framed} name
   * (between a reporting verb or title and a role) needs no known given name. A listed official's
   * name with words glued after it is cut in {@code name} where the listed name ends.
   */
  private Official official(List<String> name, List<String> words, int start, String role, String country, boolean framed) {
    // a given name never takes the article ("مندوب الاتحاد الأوروبي" names a body, not a person)
    // unless it is listed as one: الطيب، الحبيب، ألكسندر
    if (name.size() < MIN_NAME_WORDS || name.getFirst().startsWith("ال") && !givenNames.contains(name.getFirst()) || NOT_FIRST.contains(name.getFirst())
        || name.getFirst().startsWith("و") && !givenNames.contains(name.getFirst()) && givenNames.contains(name.getFirst().substring(1)) // "وعبدالله دوشي": a list's next item
        || particles.contains(name.getLast()) || oneGivenName(name)) {
      return null;
    }
    for (int k = 0; k < name.size(); k++) {
      // a listed name inside a chain of patronyms is only a father's: "حمدان بن محمد بن راشد آل مكتوم"
      Spelling inner = k == 0 || !particles.contains(name.get(k - 1)) ? known(words, start + k) : null;
      // a listed surname alone inside the name is someone else's, or a spelling not listed: "جوزف ليبرمان"
      if (inner != null && (k == 0 || inner.words().size() > 1) && !longerName(inner, words, start + k)) {
        return null; // "ولايته عبد الفتاح السيسي": the listed name is read where it begins
      }
    }
    // a listed name with a patronym added and a neighbour glued on ("عادل بن أحمد الجبير مباحثات")
    // is the listed official, the name cut where the listed one ends
    for (int end = name.size(); end >= 3; end--) {
      if (end < name.size() && (particles.contains(name.get(end)) || particles.contains(name.get(end - 1)) || familyName(name.get(end)))) {
        // never cut inside a chain of patronyms ("فهد بن عبدالعزيز بن معمر") nor before a family
        // name ("عبد الله بن عبدالعزيز الربيعة"): the longer name is someone else's
        continue;
      }
      Official listed = listedWithPatronymic(name.subList(0, end));
      if (listed != null) {
        name.subList(end, name.size()).clear();
        return listed; // "عادل بن أحمد الجبير" is عادل الجبير
      }
    }
    // a known given name or a patronym (بن) tells a person from any words; so does, for a name
    // without ال, a nationality adjective right before it: "الفريق مستوى أفضل" and "السفير
    // السعودي لوكالة الأنباء" are no officials
    boolean given = givenNames.contains(name.getFirst()) || givenNames.contains(Words.withoutProclitics(name.getFirst()).getLast())
        || particles.contains(name.get(1));
    // a foreign name we cannot vouch for word by word must also end where a name ends (a
    // stopword, punctuation, a reporting verb): "الرئيس الإيراني إجراء مناظرة تلفزيونية" runs on
    boolean ends = nameEndsAt(words, start + name.size());
    // so does, instead of the nationality, the archive never writing any of its words with ال
    // ("نائب وزير الخارجية جاي جون"), which common nouns and adjectives are
    boolean foreign = name.stream().noneMatch(w -> (w.startsWith("ال") || w.startsWith("لل")) && !compoundEnds.contains(w))
        && (nationalityBefore(words, start) || !otherSense.contains(role.split(" ")[0]) && name.stream().allMatch(evidence::foreignName)) && ends;
    if (!given && !foreign && !framed) {
      return null;
    }
    if (!given && name.subList(1, name.size()).stream().anyMatch(w -> evidence.commonWord(w) && !givenNames.contains(w) && !particles.contains(w))) {
      // without a known given name to vouch for them, words the archive writes with ال after the
      // first are no name: "الوزيرة الأمريكية طرحت مجرد أفكار", "الرئيس الأمريكي عزما أكيدا" (the
      // first may be a given name the list lacks, which compounds write with ال: "عبد الحميد")
      return null;
    }
    String fullName = String.join(" ", name);
    return new Official(DiscoveredId.of(name, particles, givenNames), fullName, List.of(fullName), role, country);
  }

  /**
   * Whether the name is one given name written in two words: a compound ("عبد العزيز", "نصر
   * الله"), which names nobody in particular ("جامعة الملك عبد العزيز").
   */
  private boolean oneGivenName(List<String> name) {
    return name.size() == MIN_NAME_WORDS && (name.getFirst().equals("عبد") || name.getFirst().equals("ابو") || compoundEnds.contains(name.getLast()));
  }

  /**
   * Whether a listed spelling is one compound given name, in two words or joined: "عبد الناصر",
   * "عبدالناصر", "نصر الله" (a surname others bear as their given name).
   */
  private boolean compoundGivenName(List<String> spelling) {
    if (spelling.size() == 1) {
      String word = spelling.getFirst();
      return word.length() > 6 && (word.startsWith("عبدال") || word.startsWith("ابوال")) || word.length() > 5 && word.endsWith("الله");
    }
    return oneGivenName(spelling);
  }

  /**
   * Whether {@code word} extends the name read so far: a name word, or a particle that is also a
   * stopword (آل) once the name has begun; past two words only as {@link #continuesName} allows.
   */
  private boolean takesNameWord(List<String> name, String word) {
    // a nationality after two name words is a family name: "محمد سعيد الكندي"
    boolean familyName = name.size() >= MIN_NAME_WORDS && givenNames.contains(name.getLast()) && countries.isNationality(word);
    boolean nameWord = isNameWord(word) || name.size() >= MIN_NAME_WORDS && particles.contains(word) || familyName;
    if (!name.isEmpty() && beginsRole(word)) {
      return false; // "سمير عوض مساعد وزير الداخلية": a role word that is also a given name ends a name
    }
    if (name.size() >= MIN_NAME_WORDS && evidence.commonWord(word) && !givenNames.contains(word) && !particles.contains(word)
        && !particles.contains(name.getLast())) {
      // a word the archive writes with ال is no third name word ("ناجي صبري عقد اجتماعا"), unless a
      // particle carries the name on to it: "حمد بن فيصل آل ثاني"
      return false;
    }
    return name.size() < MAX_NAME_WORDS && nameWord && (name.size() < MIN_NAME_WORDS || continuesName(name, word));
  }

  /**
   * Whether a name of two or more words goes on with {@code next}: only through a particle
   * ("محمد بن راشد آل مكتوم") or after a given name ("محمد علي النفطي"), so that "دان غيلرمان"
   * stops before "هجوما عنيفا".
   */
  private boolean continuesName(List<String> name, String next) {
    String last = name.getLast();
    boolean afterParticle = particles.contains(last) || name.size() > 1 && particles.contains(name.get(name.size() - 2));
    return particles.contains(next) || afterParticle || givenNames.contains(last) || compoundEnds.contains(last);
  }

  /**
   * A guarded alias of one to three words at word j ("مبارك", "خوان كارلوس") of an official of
   * this country (any when none is given), unless the name goes on ("صالح الصماد") or the words
   * begin a listed name.
   */
  private Discovery guardedAt(List<String> words, int j, String country, String role) {
    if (j < words.size() && !guardedFirstWords.contains(words.get(j))) {
      return null;
    }
    for (int length = Math.min(3, words.size() - j); length >= 1; length--) {
      List<Official> listed = guardedAliases.get(String.join(" ", words.subList(j, j + length)));
      if (listed == null || known(words, j) != null || !endsBareName(words, j + length)) {
        continue;
      }
      Official official = oneCandidate(listed, country, o -> fits(role, o));
      if (official != null) {
        return new Discovery(official, j, j + length);
      }
    }
    return null;
  }

  /**
   * The official a one-word guarded alias names alone: the one of its officials in office on the
   * article's date (بوش in 2006 is the president; in 2015 he is Jeb) whose country the article
   * names (no "مشهد روحاني" in a Saudi article, no "المعلم" of a school), when no name goes on after
   * it and no name word stands before it ("جيب بوش", "فلورنتينو بيريز"). In an article of unknown
   * date, the one of them whose country the article names, if only one.
   */
  private Official sitting(List<String> words, int i, LocalDate date, NamedCountries named) {
    List<Official> listed = guardedAliases.get(words.get(i));
    // a given name (عبدالله, صالح) names too many people to stand for the one in office; after a
    // role phrase that did not fit them, the role names someone else: "وزير الدفاع الأمريكي كارتر"
    if (listed == null || givenNames.contains(words.get(i)) || i > 0 && (countries.isNationality(words.get(i - 1)) || roleAt(words, i - 1) != null) || !endsBareName(words, i + 1) || i > 0 && (isNameWord(words.get(i - 1)) && !verbs.contains(words.get(i - 1))
        && (givenNames.contains(words.get(i - 1)) || particles.contains(words.get(i - 1)) || evidence.foreignName(words.get(i - 1))
        || !evidence.commonWord(words.get(i - 1))))) {
      return null;
    }
    Official one = null;
    for (Official o : listed) {
      boolean inOffice = date == null ? !o.country().isEmpty() : terms.inOffice(o.id(), date);
      if (inOffice && (o.country().isEmpty() || named.names(o.country())) && !named.othersNamed(words.get(i), o)) {
        if (one != null) {
          return null;
        }
        one = o;
      }
    }
    return one;
  }

  /**
   * What an article says of the people a bare surname may stand for, read only when one asks: the
   * countries it names (read up to the first mention of the one asked for), and the surnames it
   * gives to other people ("أحمد المالكي").
   */
  private final class NamedCountries {
    private final List<String> words;
    private final List<Words.Word> read;
    private final Set<String> codes = new HashSet<>();
    private int scanned; // the words read for countries so far
    /** Each guarded surname the article writes after a given name, with those given names. */
    private Map<String, Set<String>> givenBefore;

    NamedCountries(List<String> words, List<Words.Word> read) {
      this.words = words;
      this.read = read;
    }

    boolean names(String code) {
      while (!codes.contains(code) && scanned < words.size()) {
        String word = words.get(scanned);
        int length = 1;
        if (!word.isEmpty() && !word.equals(SENTENCE_END)) {
          length = Math.max(countries.nameLengthAt(words, scanned), 1);
          String found = countries.countryOf(length > 1 ? String.join(" ", words.subList(scanned, scanned + length)) : word);
          if (found != null) {
            codes.add(found);
          }
        }
        scanned += length;
      }
      return codes.contains(code);
    }

    /**
     * Whether the article writes this guarded surname after a given name that is not the
     * official's own: "بشار الجعفري" is another الجعفري, "محمد ظريف" is ظريف himself.
     */
    boolean othersNamed(String surname, Official official) {
      if (givenBefore == null) {
        givenBefore = new HashMap<>();
        for (int k = 1; k < words.size(); k++) {
          String word = words.get(k);
          if (sittingKeys.mayContain(read.get(k).formHash(0)) && guardedAliases.containsKey(word) && afterGivenName(words, k)
              && !insideListedName(words, k)) {
            givenBefore.computeIfAbsent(word, w -> new HashSet<>()).add(words.get(k - 1));
          }
        }
      }
      Set<String> given = givenBefore.get(surname);
      if (given == null) {
        return false;
      }
      List<String> own = Words.of(official.name());
      for (String name : given) {
        if (!own.contains(name)) {
          return true;
        }
      }
      return false;
    }
  }


  /**
   * The one official an alias after a role may name: of the country the role phrase gives, with a
   * role that fits it; null when none or several ("الملك عبد الله" with no country may be the
   * Saudi or the Jordanian king), rather than a guess.
   */
  private static Official oneCandidate(List<Official> listed, String country, Predicate<Official> fits) {
    Official one = null;
    for (Official o : listed) {
      if ((country.isEmpty() || country.equals(o.country())) && fits.test(o)) {
        if (one != null) {
          return null;
        }
        one = o;
      }
    }
    return one;
  }

  /** Whether the role phrase before a bare name fits one of the official's roles (listed or dated). */
  private boolean fits(String role, Official o) {
    List<String> roles = new ArrayList<>(terms.roles(o.id()));
    roles.add(o.role());
    return roleFit.fits(role, roles);
  }

  /**
   * Whether word k goes on a name as a person's next name: a given name, a particle, a family name
   * (العبداللطيف) or a word the archive never writes ("همتي").
   */
  private boolean nameGoesOn(List<String> words, int k) {
    if (k >= words.size() || !isNameWord(words.get(k))) {
      return false;
    }
    String word = words.get(k);
    return givenNames.contains(word) || particles.contains(word) || familyName(word) || evidence.unseen(word);
  }

  /** Whether a bare name ends before word k: no given name, particle or family name goes on. */
  private boolean endsBareName(List<String> words, int k) {
    return !continuesAsName(words, k);
  }

  /**
   * Whether word i, a listed surname, follows another given name: "جوزف ليبرمان", "فلورنتينو
   * بيريز" and "آشتون كارتر" are other people than the listed surname's.
   */
  private boolean afterAnotherGivenName(List<String> words, int i) {
    if (i == 0) {
      return false;
    }
    String before = words.get(i - 1);
    return isNameWord(before) && !verbs.contains(before) && !honorifics.contains(before) && roleAt(words, i - 1) == null
        && (givenNames.contains(before) || evidence.foreignName(before));
  }

  /** Whether a listed spelling that begins before word k takes it in: "محمد جواد ظريف". */
  private boolean insideListedName(List<String> words, int k) {
    for (int back = 1; back <= 3 && back <= k; back++) {
      Spelling spelling = known(words, k - back);
      if (spelling != null && spelling.words().size() > back) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether word i follows a given name we know, as someone else's surname does ("أحمد المالكي",
   * "نزار القباني"); stricter than {@link #afterAnotherGivenName}, whose foreign names may be verbs.
   */
  private boolean afterGivenName(List<String> words, int i) {
    if (i == 0) {
      return false;
    }
    String before = words.get(i - 1);
    return givenNames.contains(before) && !verbs.contains(before) && !honorifics.contains(before) && roleAt(words, i - 1) == null;
  }

  /**
   * Whether the name or role phrase at word i follows a noun of the places named after people
   * ("مطار محمد الخامس"), directly or past a title ("مسجد الملك الحسن الثاني").
   */
  private boolean namedAfter(List<String> words, int i) {
    if (i > 0 && isPlaceNoun(words.get(i - 1))) {
      return true;
    }
    return i > 1 && isPlaceNoun(words.get(i - 2)) && (roleAt(words, i - 1) != null || honorifics.contains(words.get(i - 1)));
  }

  /** A noun of {@link #namedAfter}, maybe with proclitics: "ومكتبة", "لجامعة", "بمطار". */
  private boolean isPlaceNoun(String word) {
    for (String form : Words.withoutProclitics(word)) {
      if (namedAfter.contains(form)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a name may end before word k: at the end, punctuation, a stopword or other word no
   * name holds, a reporting verb, or a word with the conjunction و ("موسيفيني وحضرها").
   */
  private boolean nameEndsAt(List<String> words, int k) {
    if (k >= words.size()) {
      return true;
    }
    String word = words.get(k);
    return !isNameWord(word) || verbs.contains(word) || word.startsWith("و") && !givenNames.contains(word);
  }

  /**
   * Whether word k goes on a name: a given name, a particle, a family name with ال, or a word the
   * archive never writes at all, as rare foreign names are ("زعيم الانفصاليين الأكراد عبد الله أوغلان").
   */
  private boolean continuesAsName(List<String> words, int k) {
    if (k >= words.size() || !isNameWord(words.get(k))) {
      return false;
    }
    String word = words.get(k);
    return givenNames.contains(word) || particles.contains(word) || word.startsWith("ال") && !countries.isNationality(word)
        || evidence.unseen(word);
  }

  /** The portfolio after وزير: any word ("الدفاع"، "خارجية إسرائيل"), not punctuation. */
  private static boolean isPortfolio(String word) {
    return !word.isEmpty() && !word.equals(SENTENCE_END);
  }

  /** True when the word before the name (past a comma) is a nationality adjective or country name. */
  private boolean nationalityBefore(List<String> words, int start) {
    int k = start - 1;
    if (k >= 0 && words.get(k).isEmpty()) {
      k--;
    }
    return k >= 0 && countries.isNationality(words.get(k));
  }

  /**
   * The listed official whose spelling has this name's first and last words, and only words of the
   * name in between: a patronym added ("عادل بن أحمد الجبير" is عادل الجبير), but "حمد بن فيصل آل
   * ثاني" is not the listed "حمد بن خليفة آل ثاني".
   */
  private Official listedWithPatronymic(List<String> name) {
    if (name.size() < 3) {
      return null;
    }
    for (Spelling spelling : lead(name.getFirst()).spellings()) {
      if (spelling.words().size() >= MIN_NAME_WORDS && spelling.words().getLast().equals(name.getLast())
          && inOrderWithin(spelling.words(), name, particles)) {
        return spelling.official();
      }
    }
    return null;
  }

  /**
   * Whether every word of {@code part} stands in {@code whole}, in the same order, a word after a
   * particle right after it: "فيصل بن خالد بن عبدالعزيز" is not "فيصل بن عبدالعزيز", whose بن
   * names another father.
   */
  private static boolean inOrderWithin(List<String> part, List<String> whole, Set<String> particles) {
    int k = 0;
    for (int w = 0; w < whole.size(); w++) {
      if (k < part.size() && part.get(k).equals(whole.get(w))) {
        if (k > 0 && particles.contains(part.get(k - 1)) && !particles.contains(whole.get(w - 1))) {
          return false;
        }
        k++;
      } else if (k > 0 && particles.contains(part.get(k - 1))) {
        return false; // the listed particle is followed by another name in the text
      }
    }
    return k == part.size();
  }

  /** The longest role phrase at word i; its first word may carry clitics ("وسفير", "لوزير", "للرئيس"). */
  private List<String> roleAt(List<String> words, int i) {
    List<String> best = null;
    for (String first : Words.withoutProclitics(words.get(i))) {
      List<String> role = longestRole(words, i, lead(first).roles());
      if (role != null && (best == null || role.size() > best.size())) {
        best = role;
      }
    }
    return best;
  }

  private boolean beginsRole(String word) {
    return !lead(word).roles().isEmpty();
  }

  /** Whether one of the {@code count} words from word {@code from} begins a role phrase as written. */
  private boolean roleBeginsWithin(List<String> words, int from, int count) {
    for (int k = from; k < Math.min(words.size(), from + count); k++) {
      if (beginsRole(words.get(k))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> longestRole(List<String> words, int i, List<List<String>> candidates) {
    List<String> best = null;
    for (int c = 0; c < candidates.size(); c++) {
      List<String> role = candidates.get(c);
      if ((best == null || role.size() > best.size()) && goesOnAs(words, i, role)) {
        best = role;
      }
    }
    return best;
  }

  /** Whether the words after word i are those of the phrase after its first (word i stands for it). */
  private static boolean goesOnAs(List<String> words, int i, List<String> phrase) {
    if (i + phrase.size() > words.size()) {
      return false;
    }
    for (int k = 1; k < phrase.size(); k++) {
      if (!phrase.get(k).equals(words.get(i + k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A word that can be part of a name: not punctuation, a stopword, a verb or other listed
   * non-name, a country word, a role, or a word carrying the preposition لل.
   */
  private boolean isNameWord(String word) {
    // و with the article or a preposition begins the next item of a list: "والحكومة", "وللشيخ"
    return !word.isEmpty() && word.length() > 1 && Character.isLetter(word.charAt(0)) && !word.equals(PREPOSITION_ALA)
        && !word.startsWith("وال") && !word.startsWith("ولل") && !stopwords.contains(word) && !verbs.contains(word)
        && !notNames.contains(word) && !word.startsWith("لل") && (countries.countryOf(word) == null || givenNames.contains(word))
        && (!beginsRole(word) || givenNames.contains(word)); // مساعد: an aide, and a given name
  }

  /**
   * The word a later bare mention may use for this name ("النوري" for "خالد النوري"), or null
   * when the last word is too short or belongs to a compound ("بن علي", "دا سيلفا").
   */
  private String surname(String name) {
    List<String> words = Words.of(name);
    String last = withoutArticle(words.getLast());
    boolean compound = words.size() > 1 && particles.contains(words.get(words.size() - 2)) || compoundEnds.contains(words.getLast());
    return last.length() < MIN_SURNAME_CHARS || compound || stopwords.contains(last) || notNames.contains(last)
        || notNames.contains(words.getLast()) ? null : last;
  }

  /**
   * The official a bare word names by the article's coreference, or null; its form without ال is
   * cut only when the hash of that form may name someone (most words do not).
   */
  private static Official coreferent(ArticleCoreference coreference, String word, Words.Word read) {
    boolean article = word.startsWith("ال");
    int hash = article ? read.formHash(read.formCount() - 1) : word.hashCode();
    return coreference.mayName(hash) ? coreference.named(article ? read.forms().getLast() : word) : null;
  }

  private static String withoutArticle(String word) {
    return word.startsWith("ال") ? Words.withoutProclitics(word).getLast() : word;
  }

}
