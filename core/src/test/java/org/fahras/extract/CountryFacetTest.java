package org.fahras.extract;

import static org.fahras.extract.EntityExtractorTest.codes;
import static org.fahras.extract.EntityExtractorTest.text;
import static org.fahras.extract.EntityExtractorTest.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The country facet on the sentences of SaudiNewsNet and ANT that showed each class of error of
 * issue 18: a country counts where the story happens or its state acts, not for a word that only
 * looks like a place, nor for the nationality of a person, club, company, currency or language.
 */
class CountryFacetTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    // كيف "how" is not Kyiv
    "كيف تقرأون التحرك الأخير للتيار الوطني الحر بزعامة ميشيل عون على مستوى الشارع والحكومة؟; ",
    // مجريات "the course of" and المجرى الملاحي "the shipping lane" are not Hungary
    "توقع محللون اقتصاديون عودة سوق الأسهم السعودية إلى المسارات الصاعدة مما ينعكس على مجريات السوق.; SA",
    "ورغم سوء أحوال الطقس في مثل هذا الوقت من السنة، يستمر العمال في شق المجرى الملاحي الجديد في تحد لكل الظروف.; ",
    // صيدا "prey" is not Sidon; the town after a place word is
    "ينبغي أن يبتعد البحث والتخيل عن التوثيق الاستقصائي الذي قد نغرق فيه، وعن القراءة عن قرب التي يمكن أن تصير صيدا في الشبكة.; ",
    "رئيس بلدية صيدا محمد السعودي، أعلن أنه أبلغ وزير البيئة محمد المشنوق رفضه استقبال أي نفايات من خارج المدينة.; LB",
    // وجده "found him", الرباط الصليبي "the cruciate ligament", باب المغاربة (a gate of al-Aqsa) are not Morocco
    "بعض العرب وجده معاديا لكن الفيلم دار حول إرهابي عربي يعيش في الأردن.; JO",
    "يذكر أن اللاعبين القحطاني وعطيف تعرضا في منتصف الموسم الماضي لإصابتين متشابهتين بقطع في الرباط الصليبي وخضعا لعملية جراحية في ألمانيا.; DE",
    "اقتحم مستوطنون يهود، أمس، المسجد الأقصى المبارك من باب المغاربة، عبر مجموعات صغيرة ومتتالية.; ",
    // الجهة اليمنى "the right side" is not Yemen
    "صورة الحرم المكي وقت الغروب تظهر حين تنظر إلى الصورة من الجهة اليمنى; ",
    // British Columbia is in Canada
    "وقال جون هليول الأستاذ بجامعة بريتش كولومبيا في كندا إن أبرز ما تظهره نتائج التقرير هو الاتساق.; CA",
    // Taiwan is a country of its own
    "انتهى حفل أقامه حوالي 500 من المثليين في تايوان السبت الماضي.; TW",
    // Kobe Bryant is no Cuban
    "فاز أسطورة كرة السلة كوبي براينت بعد قرابة السنتين على اعتزاله اللعب بجائزة أوسكار أفضل فيلم رسوم متحركة قصير.; ",
  })
  void wordsThatOnlyLookLikePlacesAreNoCountry(String sentence, String expected) {
    assertEquals(codes(expected), values(text(sentence).countries()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    // a language, a currency
    "وقد درس خامنئي اللغة الإنجليزية لأكثر من 20 عامًا وقد يستطيع التعامل مع النص الإنجليزي.; ",
    "والدينار الكويتي يعادل نحو 3.3 دولار أمريكي.; ",
    // a coach, a player named by nationality, a club
    "وعاد المدرب البرتغالي جايمي باتشيكو في يناير الماضي لقيادة الشباب للمرة الثانية لكن الفريق عانى من تراجع حاد في النتائج.; ",
    "استبعد نادي برشلونة الأسباني بطل ثلاثية الدوري والكأس نجميه الأرجنتيني ليونيل ميسي والبرازيلي نيمار من رحلته إلى الولايات المتحدة الأمريكية.; US",
    "وافق فريق ليفربول الإنجليزي على دفع أكثر من 32 مليون جنيه إسترليني لضم المهاجم البلجيكي كريستيان بنتيكي من مواطنه أستون فيلا.; ",
    // a man named by his nationality, a club by its (masculine, after a name)
    "وفي الشوط الثاني، أضاف البرتغالي برناردو سيلفا، الهدف الثاني للمواطنين.; ",
    "تعاقد النادي مع الأوروجوياني رودريجو مورا مهاجم نادي ريفير بليت الأرجنتيني حاليا.; ",
    // a nationality before a first name is a person's, unless an office-holder's title comes first;
    // a paper's, read through its clitic
    "سجل الساحر الأرجنتيني ليونيل ميسي هدفين وصنع ثالثا.; ",
    "وأضاف في تصريحات لصحيفة ماركا الإسبانية أن النهائي سيحسم الجائزة.; ",
    "قال وزير الخارجية الأميركي جون كيري إن الحوار مستمر.; US",
    // a Saudi given name, not Turkey
    "وقال الإعلامي تركي الدخيل عن المرحوم انه كان فاضلا خلوقا محبوبا من الجميع.; ",
    // but a state's officials act for it, and a city is not its club
    "رحب الرئيس الأمريكي دونالد ترامب بالاتفاق، فيما اتصل لافروف مع نظيره التركي مولود جاويش أوغلو.; US TR",
    "عقد الوزير سلسلة اجتماعات على هامش اجتماع وزراء الداخلية المنعقد في مدينة ميرابيلا إيكلانو بمقاطعة نابولي الإيطالية.; IT",
  })
  void aNationalityOfAPersonClubCurrencyOrLanguageIsNotTheStorysCountry(String sentence, String expected) {
    assertEquals(codes(expected), values(text(sentence).countries()));
  }
}
