package org.fahras.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fahras.analysis.AnalysisResources;
import org.fahras.analysis.WordCounts;
import org.fahras.clean.Cleaner;
import org.fahras.config.ConfigFiles;
import org.fahras.model.CleanArticle;
import org.fahras.model.Entities;
import org.fahras.model.FacetValue;
import org.fahras.model.Format;
import org.fahras.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Countries, officials and topics of the sample articles, extracted from the clean text only. */
class EntityExtractorTest {
  private static final ConfigFiles CONFIG = ConfigFiles.defaults();
  private static final Cleaner CLEANER = Cleaner.load(CONFIG);
  /** Without article counts, whether or not this checkout has built index-config/article-counts.tsv. */
  private static final EntityExtractor EXTRACTOR = EntityExtractor.load(CONFIG, AnalysisResources.load(CONFIG).withArticleCounts(WordCounts.NONE));

  static Entities sample(String id) throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of("samples/news", id + ".txt"));
    return EXTRACTOR.extract(CLEANER.clean(new RawDocument(id, Format.TEXT, bytes, Map.of(), id)));
  }

  static Entities text(String text) {
    CleanArticle article = CLEANER.clean(new RawDocument("t", Format.TEXT, text.getBytes(StandardCharsets.UTF_8), Map.of(), "t"));
    return EXTRACTOR.extract(article);
  }

  /** The values of a space-separated cell; an empty cell is none. */
  static Set<String> codes(String cell) {
    return cell == null ? Set.of() : Set.of(cell.split(" "));
  }

  static Set<String> values(List<FacetValue> values) {
    return values.stream().map(FacetValue::value).collect(Collectors.toSet());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    // a country named once, in passing, past the lead does not show ("في سوريا وليبيا", "في ليبيا
    // والعراق وسورية", "تجاورها كل من تونس والجزائر ومصر السودان وتشاد والنيجر")
    "000_f83fad4017c3a26e; TN DZ IT LY; khaled-nouri mohamed-ali-nafti matteo-piantedosi kais-saied giuseppe-perrone",
    "001_e6cec7ea6f3f5799; LY IT DZ; emad-trabelsi margaritis-schinas ibrahim-merad",
    // TR only as the nationality of the agency quoted ("وكالة الأناضول التركية")
    "002_a1c25e29923e9552; DZ LY EG TN NL; ramtane-lamamra bert-koenders",
    "003_e8eb1555354a108a; DZ TN SY IQ; ",
    "004_114047c5c7cf8368; DZ EG TN LY; sameh-shoukry abdullah-thinni omar-hassi mohamed-khaled-khiari abdelkader-messahel muammar-gaddafi",
  })
  void findsTheCountriesAndOfficialsOfTheArticleBody(String id, String countries, String officials) throws IOException {
    Entities entities = sample(id);
    assertEquals(codes(countries), values(entities.countries()));
    assertEquals(codes(officials), values(entities.officials()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    // the Maghreb region and the sunset prayer are not Morocco
    "تبنى تنظيم القاعدة في بلاد المغرب الإسلامي الهجوم، وأقيمت صلاة المغرب في المسجد.; ",
    "وصل الوفد إلى المغرب أمس.; MA",
    // the longest name wins
    "زار الرئيس غينيا بيساو ثم غينيا الاستوائية وبابوا غينيا الجديدة.; GW GQ PG",
    "اندلعت اشتباكات على الحدود بين السودان وجنوب السودان.; SD SS",
    // عمان: Oman unless the article speaks of Jordan; طرابلس: Libya unless it speaks of Lebanon
    "أعلنت سلطنة عمان أن مسقط ستستضيف المحادثات، ووصل الوفد إلى عمان.; OM",
    "قال وزير الخارجية الأردني في عمان إن الأردن يرحب بالاتفاق.; JO",
    "اشتباكات في طرابلس بين ميليشيات مسلحة.; LY",
    "اشتباكات في طرابلس شمال لبنان بين مسلحين.; LB",
    // common words and given names: المالي is "financial", تركي بن … a Saudi prince
    "أعلن البنك عن دعم مالي للقطاع المالي.; ",
    "قتل جنود فرنسيون في مالي.; ML FR",
    "استقبل الأمير تركي بن محمد الوفد.; ",
    "وصل وفد تركي إلى المطار.; TR",
    "شاركت الحكومة السعودية في القمة مع جمهورية فنزويلا.; SA VE",
    // a family name, a paper's nationality, a time zone, a dateline
    "اغتيل طلال الأردني القيادي في حركة فتح في مخيم عين الحلوة جنوب لبنان.; LB",
    "وفق ما ذكرت صحيفة ديلي ميل البريطانية، قتل رئيس بلدية في الفلبين.; PH",
    "قدم المندوب مشروع القرار مساء الأربعاء بتوقيت نيويورك إلى مجلس الأمن بشأن ليبيا.; LY",
    "نيويورك، الولايات المتحدة الأمريكية (CNN)— قال المحلل إن النظام السوري أعاد تمركزه.; SY",
    // big cities name their country
    "تظاهر المئات في البصرة وفي حلب.; IQ SY",
  })
  void countryNamesThatAreAmbiguous(String text, String expected) {
    assertEquals(codes(expected), values(text(text).countries()));
  }

  @Test
  void countriesOfTheReadAlsoArticleAreNotTheArticles() throws IOException {
    Set<String> countries = values(sample("001_e6cec7ea6f3f5799").countries());
    for (String onlyInFurniture : List.of("TN", "CA", "FR", "DE", "JP", "GB", "US", "TR", "AE")) {
      assertTrue(!countries.contains(onlyInFurniture), onlyInFurniture);
    }
  }

  @Test
  void aBareSurnameCountsForTheFullNameMetEarlier() throws IOException {
    FacetValue nouri = sample("000_f83fad4017c3a26e").officials().stream()
        .filter(o -> o.value().equals("khaled-nouri")).findFirst().orElseThrow();
    assertEquals(3, nouri.mentions(), "خالد النوري, then النوري twice");
    assertEquals("خالد النوري — وزير الداخلية (تونس)", nouri.label());
  }

  @Test
  void anOfficialTheGazetteerDoesNotKnowIsFoundByRoleNationalityAndName() {
    Entities entities = text("وزير الدفاع المغربي عبد اللطيف لوديي يستقبل نظيره الموريتاني\n\n"
        + "استقبل وزير الدفاع المغربي عبد اللطيف لوديي، اليوم، وفدا عسكريا لبحث التعاون الأمني بين البلدين.");
    FacetValue official = entities.officials().getFirst();
    assertEquals("ar:عبد-اللطيف-لوديي", official.value());
    assertEquals("عبد اللطيف لوديي — وزير الدفاع (المغرب)", official.label());
  }

  @Test
  void aDiscoveredOfficialIsLabelledAsTheArticleWritesThem() {
    // matched after normalisation (رئيس with ء, الخارجية with ه), shown as written
    Entities entities = text("التقى رئيس الوزراء الماليزي أنور إبراهيم وزيرة الخارجية الإندونيسية ريتنو مارسودي في جاكرتا.");
    assertEquals(List.of("أنور إبراهيم — رئيس الوزراء (ماليزيا)", "ريتنو مارسودي — وزيرة الخارجية (إندونيسيا)"),
        entities.officials().stream().map(FacetValue::label).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    // the body a role belongs to stands between role and name
    "قال الأمين العام للأمم المتحدة كوفي أنان إن الهدنة صامدة.; kofi-annan",
    "أكد رئيس مجلس النواب نبيه بري أن الحوار مستمر.; nabih-berri",
    // a name before its role, after a reporting verb
    "وقال فوزي صلوخ وزير الخارجية اللبناني إن بلاده ترفض الخرق.; fawzi-salloukh",
    "وقال جورج قرم وزير المالية اللبناني إن العجز تراجع.; ar:جورج-قرم",
    // الفريق is the team as often as the rank: what follows must read as a name
    "وقدم الفريق مستوى أفضل خلال اللقاء وحقق الفوز.; ",
    "استقبل الفريق أول سمو الشيخ محمد بن زايد آل نهيان الوفد.; mohamed-bin-zayed",
    // the longest spelling of a known name, titles left out
    "استقبل الملك محمد السادس الوفد.; mohammed-vi",
    // a compound given name written as one word; a patronym inserted in a listed name
    "كان في استقباله الرئيس المصري عبدالفتاح السيسي.; abdel-fattah-el-sisi",
    "حضر وزير الخارجية الأستاذ عادل بن أحمد الجبير.; adel-al-jubeir",
    // someone else's longer name; على (on) is not the name علي once normalised
    "أوضح مدير المركز الدكتور محمد بن عبدالرحمن السعدي أن النادي سيفتح.; ",
    "اعتقلت السلطات نائب رئيس جامعة زيمبابوي على خلفية منح شهادة.; ",
    // a name never runs on past a full stop: "على صعيد" is no name after "الرئيس العراقي."
    "ندد الرئيس العراقي بالهجوم على الموكب. على صعيد آخر، ارتفعت أسعار النفط.; ",
    // an alias that is also a given name names the official only right after a role, and not
    // when a name goes on after it
    "أكد الرئيس مبارك تمسك مصر بخيار السلام.; hosni-mubarak",
    "استقبل الرئيس صالح الصماد وفدا قبليا في صنعاء.; ar:صالح-الصماد",
    "شارك أحمد مبارك في الندوة الثقافية.; ",
    // an honorific before a name, then the role
    "حضر اللقاء معالي محمد سعيد الرمحي وزير البيئة والمياه.; ar:محمد-سعيد-الرمحي",
    // spokespeople, deputies and a role with a clitic (لوزير)
    "وقال الناطق باسم الخارجية الأمريكية شون ماكورماك إن المحادثات ستستأنف.; ar:شون-ماكورماك",
    "وجه نائب وزير الخارجية الروسي ألكسندر سلطانوف دعوة إلى الوفد.; ar:الكسندر-سلطانوف",
    "في رسالة لوزير النقل علي الخالدي طالب النواب بتحسين الطرق.; ar:علي-الخالدي",
    // a title only office-holders and royals bear needs no role after the name; a listed name
    // inside a longer chain of patronyms is someone else's
    "وحضر الحفل سمو الشيخ حمدان بن محمد بن راشد آل مكتوم.; ar:حمدان-بن-محمد-بن-راشد-ال-مكتوم",
    // between a reporting verb and a role, any two words are a name; not after a full stop
    "وأكد مجذوب الخليفة مستشار الرئيس السوداني أن المفاوضات مستمرة.; ar:مجذوب-الخليفه",
    "انتهى الاجتماع. تحمل مسؤولية رئيس البيت الشعري كاتب معروف.; ",
    // a post in a company or club is no public office
    "وقال أمين الناصر الرئيس التنفيذي لشركة أرامكو إن الإنتاج سيرتفع.; ",
    // a surname two listed officials share goes to the one listed first
    "وأكد الرئيس السوري الأسد دعم بلاده للمبادرة.; bashar-al-assad",
    // a nationality after two name words is a family name
    "حضر اللقاء معالي محمد سعيد الكندي وزير البيئة والمياه.; ar:محمد-سعيد-الكندي",
    // a role after a name counts only in apposition, as written (not لرئيس, ورئيس)
    "وكان السيناتور قد وجه انتقادات حادة لرئيس البلاد بسبب حملته.; ",
    "بحضور مدير المركز الدكتور سامي العتيبي، ورئيس لجنة التنمية الأهلية.; ",
    // a hashtag joins the words of a name with _; مساعد is a given name as well as an aide
    "وحضرها رئيس جنوب السودان #سيلفا_كير ورئيس السودان عمر حسن البشير.; salva-kiir omar-al-bashir",
    "حضر الاستقبال معالي وزير الدولة عضو مجلس الوزراء الدكتور مساعد بن محمد العيبان.; ar:مساعد-العيبان",
    // a portfolio of two nouns joined by و; a role word that is also a given name ends a name
    "أشار وزير الطاقة والنفط رفائيل راميريز إلى فائض في السوق.; ar:رفاءيل-راميريز",
    "شارك اللواء سمير عوض مساعد وزير الداخلية في الجنازة.; ar:سمير-عوض",
    // a foreign name vouched for only by the nationality before it must end where a name ends
    "واقترح الرئيس الإيراني إجراء مناظرة تلفزيونية مع نظيره.; ",
    "في عهد الرئيس الفلبيني رودريغو دوتيرتي، قتل الآلاف.; rodrigo-duterte",
    "وقال وزير الخارجية البيروفي نستور بوبوليزيو إن بلاده ترحب بالقرار.; ar:نستور-بوبوليزيو",
    "وفقا لما أعلنه وزير المواصلات الكوبي، أديل إزكيردو رودريغيز، السبت.; ar:اديل-ازكيردو-رودريغيز",
    "توسط فيها الرئيس الأوغندي يوويري موسيفيني وحضرها قادة المنطقة.; ar:يوويري-موسيفيني",
    // و with the article begins the next item of a list, never a name's next word
    "ورحب وزير الداخلية مصطفى والحكومة بالقرار.; ",
    // a hyphen joins the parts of a name
    "وقال الزعيم الكوري الشمالي كيم جونغ-إيل إن بلاده لن تتراجع.; kim-jong-il",
    "وقال الرئيس البيروفي مارتين فيزكارا إن الحكومة ستتعاون.; martin-vizcarra",
    // a place named after a leader is no mention of them
    "وصل الوفد إلى مطار محمد الخامس بالدار البيضاء.; ",
    "أدى المصلون صلاة الجمعة في مسجد الملك الحسن الثاني.; ",
    "وقعت الاتفاقية في جامعة السلطان قابوس بمسقط.; ",
    // the full stop of "د." (الدكتور) ends no sentence: the name after it is the role's
    "وأرجأت المحكمة محاكمة رئيس المجلس التشريعي الفلسطيني د. عزيز الدويك إلى الثلاثاء.; ar:عزيز-الدويك",
    // former leaders are in the gazetteer with the role they are known by
    "استعاد الكاتب سنوات حكم الرئيس الراحل جمال عبد الناصر.; gamal-abdel-nasser",
  })
  void officialsByRoleAndName(String text, String expected) {
    assertEquals(codes(expected), values(text(text).officials()));
  }

  @Test
  void aGuardedAliasNamesTheOfficialOnceTheFullNameWasMet() {
    // صدام is a given name, and صِدام a clash: alone it names him only after his full name
    Entities entities = text("قال المدعي العام إن صدام حسين سيمثل أمام المحكمة. وأضاف أن محامي صدام طلبوا التأجيل، "
        + "فيما أكد عبدالله صدام الجبوري أن الجلسة علنية.");
    FacetValue saddam = entities.officials().stream().filter(o -> o.value().equals("saddam-hussein")).findFirst().orElseThrow();
    assertEquals(2, saddam.mentions(), "صدام حسين, then صدام; not the صدام of another man's name");
    assertTrue(text("اندلع صدام مسلح بين القبيلتين في الصحراء.").officials().isEmpty());
  }

  @Test
  void aBareSurnameCountsForANameAfterAnAbbreviatedTitle() {
    Entities entities = text("وأرجأت المحكمة محاكمة رئيس المجلس التشريعي الفلسطيني د. عزيز الدويك إلى الثلاثاء. لكن الدويك اعتبر أن محاكمته سياسية.");
    assertEquals(List.of("ar:عزيز-الدويك"), entities.officials().stream().map(FacetValue::value).toList());
    assertEquals(2, entities.officials().getFirst().mentions());
  }

  @Test
  void aCompoundNameIsNotKnownByItsLastWordAlone() {
    // زين العابدين بن علي, then علي (the preposition على once normalised) must not count for him
    Entities entities = text("غادر زين العابدين بن علي البلاد. وأكد المتحدث أن الحكومة عازمة على الإصلاح، وقال علي الشريف إن الوضع هادئ.");
    FacetValue benAli = entities.officials().stream().filter(o -> o.value().equals("zine-el-abidine-ben-ali")).findFirst().orElseThrow();
    assertEquals(1, benAli.mentions());
  }

  /**
   * Article counts as an archive's `fahras article-counts` writes them (form, count), for the
   * words of the sentences below: the ANT corpus's own figures, rounded.
   */
  private static final EntityExtractor WITH_COUNTS = EntityExtractor.load(CONFIG, AnalysisResources.load(CONFIG).withArticleCounts(WordCounts.of(Stream.of(
      "جاي 198", "جون 834", "توم 147", "العقد 465", "عقد 1846", "عقدت 259", "اجتماعا 600", "الاجتماع 5000",
      "الثاني 3000", "ثاني 400", "الاتصال 720", "اتصال 563", "الهاتفي 40", "هاتفي 268", "استطاع 300", "استطاعوا 28",
      "التصريح 900", "تصريح 1500", "بأي 400", "الأفكار 300", "أفكار 500", "مجرد 700", "طرحت 80", "عبد 9000", "الله 20000")
      .map(row -> row.split(" ")).toList())));

  static Set<String> officialsWithCounts(String text) {
    CleanArticle article = CLEANER.clean(new RawDocument("t", Format.TEXT, text.getBytes(StandardCharsets.UTF_8), Map.of(), "t"));
    return values(WITH_COUNTS.extract(article).officials());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    // words the archive never writes with ال, after a role with its portfolio: a foreign name even
    // without a nationality before it; without counts nothing vouches for them
    "وقال نائب وزير الخارجية جاي جون إن بكين تدعم الحوار.; ar:جاي-جون; ",
    // a word the archive writes with ال is a noun, no third name word
    "وكان وزير الخارجية العراقي ناجي صبري عقد اجتماعا مع الأمين العام.; ar:ناجي-صبري; ar:ناجي-صبري-عقد",
    // unless a particle carries the name on to it (آل ثاني); another man's patronym is not the
    // listed حمد بن خليفة آل ثاني
    "وقال الشيخ حمد بن فيصل آل ثاني وزير الاقتصاد والتجارة إن الاتفاق وقع.; ar:حمد-بن-فيصل-ال-ثاني; ar:حمد-بن-فيصل-ال-ثاني",
    // the dual of a common noun, and a verb, are never written with ال either: no name
    "وأجرى وزير الخارجية الليلة الماضية اتصالين هاتفيين مع نظيريه.; ; ",
    "وقال قائد الجيش استطاع جون أن يعود.; ; ",
    // a name after أن with its role in apposition: the counts vouch for it, as a given name would
    "وذكرت الوكالة أن جاي بيرنز المتحدث باسم الخارجية الأمريكية نفى الخبر.; ar:جاي-بيرنز; ",
    // a role word with another sense (the actor): the counts alone do not make a name after it
    "وقال الممثل جاي هانكس إن الفيلم سيعرض قريبا.; ; ",
  })
  void theArchivesArticleCountsTellNamesFromCommonWords(String text, String withCounts, String without) {
    assertEquals(codes(withCounts), officialsWithCounts(text), "with the article counts");
    assertEquals(codes(without), values(text(text).officials()), "without article counts");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    // after a nationality, words the archive writes with ال past the first are no foreign name
    "ولم يدل الرئيس الأمريكي بأي تصريح بعد انتهاء الاجتماع.; ",
    "وقال مراسل الجزيرة إن الوزيرة الأمريكية طرحت مجرد أفكار ولم تقدم حلا.; ",
    // a word the archive never writes at all carries a name on past a guarded alias (عبد الله)
    "ووجه زعيم الانفصاليين الأكراد عبد الله أوغلان نداء إلى المتمردين.; ar:عبد-الله-اوغلان",
  })
  void theArchivesArticleCountsKeepWordsOutOfNames(String text, String expected) {
    assertEquals(codes(expected), officialsWithCounts(text));
  }

  @Test
  void aResearcherIsNotAnOfficial() throws IOException {
    // 004: "رأى الدكتور بن هادي مصطفى، الباحث الجزائري في الشؤون السياسية"
    assertTrue(sample("004_114047c5c7cf8368").officials().stream().noneMatch(o -> o.label().contains("مصطفى")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    "000_f83fad4017c3a26e; migration national-security",
    "001_e6cec7ea6f3f5799; migration",
    "002_a1c25e29923e9552; terrorism conflict",
    "003_e8eb1555354a108a; terrorism conflict",
    "004_114047c5c7cf8368; conflict national-security",
  })
  void topicsOfTheSampleArticles(String id, String expected) throws IOException {
    Set<String> topics = values(sample(id).topics());
    assertTrue(topics.containsAll(Set.of(expected.split(" "))), topics.toString());
    assertTrue(!topics.contains("sport") && !topics.contains("health") && !topics.contains("education"), topics.toString());
  }
}
