package org.fahras.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fahras.analysis.AnalysisResources;
import org.fahras.config.ConfigFiles;
import org.fahras.model.FacetValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a topic's score is counted, on small topics files of its own (a keyword written on two rows
 * counts twice per occurrence under one cap, ties keep the file's order, a subtopic brings its
 * parent, the fallback files an article that reaches no threshold, an {@code =form} keyword counts
 * only its written form), and what the shipped taxonomy makes of sentences whose words stem like a
 * movement's name.
 */
class TopicClassifierTest {
  private static final AnalysisResources RESOURCES = AnalysisResources.load(ConfigFiles.defaults());
  private static final TopicClassifier SHIPPED = TopicClassifier.load(ConfigFiles.defaults(), RESOURCES);

  private static final String CONFLICT = "topic\tconflict\tmedtop:16000000\t-\tالنزاعات والحرب والسلام\tConflict, war and peace\n";
  private static final String TERRORISM = "topic\tterrorism\tmedtop:20000053\tconflict\tالإرهاب\tAct of terror\n";
  private static final String EDUCATION = "topic\teducation\tmedtop:05000000\t-\tالتعليم\tEducation\n";
  private static final String KEYWORDS = "threshold\t8\nconflict\t6\tقصف\nterrorism\t2\tهجوم\nterrorism\t2\tهجوم\n";
  private static final String TEXT = "هجوم مسلح، ثم هجوم ثان وهجوم ثالث، وبعده هجوم رابع. قصف مدفعي ثم قصف جوي.";

  @Test
  void aKeywordOnTwoRowsSharesOneCapAndTiesKeepTheFilesOrder(@TempDir Path dir) throws IOException {
    // هجوم four times: 2 rows × 4 = 8, capped at 6, × weight 2 = 12 (each row capped apart would give 16);
    // قصف twice: 2 × weight 6 = 12, a tie
    FacetValue conflict = new FacetValue("conflict", "النزاعات والحرب والسلام", 12);
    FacetValue terrorism = new FacetValue("terrorism", "الإرهاب", 12);
    String terrorismFirst = "topic\tterrorism\tmedtop:20000053\t-\tالإرهاب\tAct of terror\n";
    assertEquals(List.of(conflict, terrorism), load(dir.resolve("a"), CONFLICT + TERRORISM + KEYWORDS).classify("", TEXT));
    assertEquals(List.of(terrorism, conflict), load(dir.resolve("b"), terrorismFirst + CONFLICT + KEYWORDS).classify("", TEXT));
  }

  @Test
  void aSubtopicBringsItsParentAtItsOwnScore(@TempDir Path dir) throws IOException {
    TopicClassifier classifier = load(dir, CONFLICT + TERRORISM + "threshold\t8\nterrorism\t4\tتفجير\n");
    assertEquals(List.of(new FacetValue("conflict", "النزاعات والحرب والسلام", 8), new FacetValue("terrorism", "الإرهاب", 8)),
        classifier.classify("", "تفجير في السوق ثم تفجير ثان."));
  }

  @Test
  void belowEveryThresholdTheBestTopicIsKeptFromTheFallbackUp(@TempDir Path dir) throws IOException {
    String file = CONFLICT + EDUCATION + "threshold\t8\nfallback\t4\nconflict\t2\tقصف\neducation\t4\tالمدرسة\n";
    TopicClassifier classifier = load(dir, file);
    assertEquals(List.of(new FacetValue("education", "التعليم", 4)), classifier.classify("", "افتتاح المدرسة بعد قصف الحي."));
    assertEquals(List.of(), classifier.classify("", "قصف الحي ليلا."), "2 is under the fallback");
  }

  @Test
  void anExactFormCountsOnlyTheWordAsWrittenWithAProclitic(@TempDir Path dir) throws IOException {
    TopicClassifier classifier = load(dir, TERRORISM.replace("conflict", "-") + EDUCATION
        + "threshold\t4\nterrorism\t4\t=طالبان\neducation\t4\tطالب\n");
    assertEquals(Set.of("terrorism"), slugs(classifier.classify("", "هاجمت حركة طالبان قاعدة عسكرية.")));
    assertEquals(Set.of("terrorism"), slugs(classifier.classify("", "واتهمت الحكومة الأفغانية وطالبان بعضهما.")));
    assertEquals(Set.of("education"), slugs(classifier.classify("", "كرمت المدرسة ستين طالبا متفوقا.")));
    assertEquals(Set.of("education"), slugs(classifier.classify("", "فاز الطالبين بالمركز الأول.")));
  }

  @Test
  void theTaxonomyNamesEachTopicByItsIptcCode() {
    for (TopicClassifier.Topic topic : SHIPPED.topics()) {
      assertTrue(topic.code().matches("medtop:\\d{8}"), topic.toString());
    }
    Set<String> topLevel = SHIPPED.topics().stream().filter(t -> t.parent() == null).map(TopicClassifier.Topic::code).collect(Collectors.toSet());
    assertEquals(17, topLevel.size(), "IPTC's 17 subjects");
    assertTrue(topLevel.contains("medtop:05000000") && topLevel.contains("medtop:12000000") && topLevel.contains("medtop:13000000"),
        "education, religion, science and technology");
  }

  /** Sentences of school and Qur'an-school news whose words stem like طالبان or القاعدة. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    "كرم مدير التعليم بمحافظة جدة ستين طالبا متفوقا في حفل ختام العام الدراسي.; education",
    "وتسلم الطالبين جائزة الأمير للتفوق العلمي في حفل أقامته إدارة المدرسة بحضور أولياء الأمور.; education",
    "أنهى أطفال الحلقة حفظ القاعدة النورانية في جمعية تحفيظ القرآن الكريم بالمحافظة.; religion",
  })
  void studentsAndTheQuranPrimerAreNotTerrorism(String sentence, String expected) {
    Set<String> topics = slugs(SHIPPED.classify("", sentence));
    assertFalse(topics.contains("terrorism"), topics.toString());
    assertTrue(topics.contains(expected), topics.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    "قتل عشرة جنود أفغان في هجوم شنته حركة طالبان على حاجز للجيش في ولاية هلمند، وتبنت طالبان الهجوم في بيان.",
    "أعلن تنظيم القاعدة في جزيرة العرب مسؤوليته عن التفجير الانتحاري الذي استهدف مقرا أمنيا.",
  })
  void theMovementsThemselvesAreTerrorism(String sentence) {
    assertTrue(slugs(SHIPPED.classify("", sentence)).contains("terrorism"));
  }

  /**
   * Words that only stem like a keyword: صادر (issued, Jawhara FM JA-localNews-905) is not
   * صادرات (exports). Read in the title, where words count double and reach the fallback score.
   */
  @Test
  void aStatementIssuedIsNoExport() {
    Set<String> topics = slugs(SHIPPED.classify("تهشيم البلور الأمامي لسيّارة أمنيّة وفق بلاغ صادر عن الداخلية", ""));
    assertFalse(topics.contains("economy"), topics.toString());
    assertTrue(slugs(SHIPPED.classify("ارتفاع صادرات المملكة غير النفطية", "")).contains("economy"));
  }

  /**
   * "الحرب على الفساد" is a campaign against corruption (Jawhara FM, JA-localNews-4573): not a
   * war; the article is politics and corruption.
   */
  @Test
  void aWarOnCorruptionIsNoWar() {
    Set<String> topics = slugs(SHIPPED.classify("آفاق تونس يعبّر عن ارتياحه لانطلاق الحرب على الفساد",
        "عبّر حزب آفاق تونس في بيان له عن الارتياح الكبير للبوادر الأولى لما اعتبره انطلاق الحرب على الفساد والمفسدين.\n\n"
            + "وأضاف الحزب أن هذه الحرب ستكون بلا شك طويلة المدى وستتطلب إمكانيات بشرية ومادية هائلة وخاصة شجاعة وإرادة سياسية لكسبها. "
            + "ودعا آفاق تونس الحكومة وكل هياكل الدولة الى حشد كل طاقاتها وإمكانياتها للمضي قدما في هذه الحرب الصعبة."));
    assertEquals(Set.of("politics", "corruption", "crime"), topics);
  }

  /**
   * An attack's dead, wounded and ambulances, and the word حادث (an incident) for it, are the
   * attack's story (Jawhara FM, JA-internationalNews-1007: London Bridge, 2017), not a disaster.
   */
  @Test
  void theCasualtiesOfAnAttackAreNoDisaster() {
    Set<String> topics = slugs(SHIPPED.classify("لندن : ثلاث عمليات في هجوم متزامن وأنباء عن سقوط قتلى",
        "أفادت تقارير إخبارية متطابقة بأن ثلاث عمليات في هجوم متزامن أسفرت عن اصابات وسط أنباء عن سقوط قتلى "
            + "فيما تقرر عقد اجتماع أمني عاجل برئاسة رئيسة الوزراء تيريزا ماي يوم غد بعد عدة هجمات في لندن.\n\n"
            + "وفي تقارير أولية فإن هذه العمليات تتمثل في الدهس والطعن كما يرجح حصول اطلاق نار. وقالت الشرطة "
            + "البريطانية إنها تتعامل الآن مع حادث ثالث في منطقة فوكس هول وسط العاصمة لندن بعد وقوع عمليتي دهس على "
            + "لندن بريدج وطعن بسكين وتشير أنباء إلى سقوط أكثر من قتيل. وأضافت انها تبحث عن ثلاثة أشخاص مسلحين على "
            + "صلة بهجوم لندن بريدج، إذا أشارت مصادر إلى أن الحادث إرهابي. وأضافت أنها تتعامل مع حادث كبير وتم "
            + "تغيير مسارات كافة الطرقات لكن دون إعطاء أي تفاصيل أخرى، كما أشارت إلى انها تتعامل مع حادث أمني في "
            + "شارع فوكسهول التجاري في لندن. طعن وقال شهود إن رجلين دخلا مطعما في منطقة بورو ماركت قرب جسر لندن "
            + "وطعنا شخصين بالداخل بينما قالت الشرطة إنها تستجيب لحوادث بوسط العاصمة البريطانية. وأضافوا بأن "
            + "الرجلين طعنا نادلة في عنقها ورجلا ثانيا في ظهره. ولفتت الشرطة أيضا إلى أن رئيسة الوزراء تيريزا ماي "
            + "على اتصال مع المسؤولين وأن الرئيس الأميركي دونالد ترامب تلقى إفادة بشأن الحادث. قطع أعناق وتقول "
            + "شاهدة لرويترز إنها رأت 3 أشخاص قطعت أعناقهم فيما يبدو على جسر لندن. وأكدت هيئة الإسعاف بأنها تستجيب "
            + "للحادث. ولم يتسن التحقق من رواية الشاهدة. وطلبت شرطة لندن تطلب من المارة الابتعاد عن منطقة لندن "
            + "بريدج بعد عملية الدهس. وأشار مراسل رويترز بالقرب من الحادث إلى إنه شاهد 10 سيارات شرطة تتجه نحو جسر "
            + "لندن. وذكر شاهد عيان آخر إنه رأى سيارة \"فان\" بيضاء تتوجه بسرعة فائقة نحو المشاة، مضيفا أن الشاحنة "
            + "أصابت خمسة إلى ستة أشخاص."));
    assertTrue(topics.contains("terrorism"), topics.toString());
    assertFalse(topics.contains("disaster-accident"), topics.toString());
  }

  private static Set<String> slugs(List<FacetValue> topics) {
    return topics.stream().map(FacetValue::value).collect(Collectors.toSet());
  }

  private static TopicClassifier load(Path dir, String topicsFile) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("topics.tsv"), topicsFile);
    return TopicClassifier.load(new ConfigFiles(dir, Path.of("stopwords")), RESOURCES);
  }
}
