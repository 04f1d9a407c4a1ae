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
    // suspects, victims and workers named by nationality; a ship's, a club's (Club Africain) nationality
    "ألقت السلطات الإماراتية القبض على خادمة (إندونيسية) لاتهامها بقتل رضيعها.; AE",
    "تحتجز ميليشيات الحوثي قارباً فرنسياً مع أحد بحارته، منذ أسبوعين، بميناء الحديدة.; YE",
    "أنه تم القبض على المدعو شاه فيصل عظيم شاه \"باكستاني الجنسية\" عند قيامه بتهريب كمية من الحشيش.; ",
    "وكان الأهلي قد أطاح بالأفريقي التونسي في دور الستة عشر الإضافي للمسابقة.; ",
    // tennis players by nationality and first name; FIFA's president is no state's
    "وفازت الأميركية سلون ستيفنز المصنفة ثالثة على الإسبانية كارلا سواريز نافارو.; ",
    "والتقى الرئيس الروسي فلاديمير بوتين ورئيس الفيفا السويسري جوزيف بلاتر المحاصرين بالمشكلات.; RU",
    // people counted by their nationality; a state's soldiers act for it
    "أعلن 70 فلبينيا إسلامهم، بمقر المكتب التعاوني للدعوة والإرشاد وتوعية الجاليات.; ",
    "وأعلنت الشرطة أنها أوقفت أربعة مغربيين فيما كانوا يحاولون الدخول بطريقة غير قانونية.; ",
    "قتل 3 جنود أمريكيين في انفجار عبوة ناسفة في كابول.; US AF",
    // a language, and the one joined to it
    "وإصدار مجلته الناطقة بالإنجليزية «دابق» التي يخاطب فيها مقاتليه الأجانب.; ",
    "إذ أطلق مطلع العام الحالي مدونات باللغتين الروسية والإنجليزية.; ",
    // a state's central bank acts for it
    "وقال البنك المركزي المصري إن الاحتياطي ارتفع.; EG",
  })
  void aNationalityOfAPersonClubCurrencyOrLanguageIsNotTheStorysCountry(String sentence, String expected) {
    assertEquals(codes(expected), values(text(sentence).countries()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    // a tournament, a club, a bank named after a country or its capital
    "وأضافت خسارة لقب “كوبا أميركا” نقطة تفوق جديدة في صف ميسي.; ",
    "ذكرت الصحافة الرياضية أن اللاعب وافق على الانتقال إلى سبورتينغ لشبونة لتوقيع عقد مدته عامان.; ",
    "وذكر التقرير الصادر عن بنك الكويت الوطني، أن القطاع الحكومي سجل نموا.; ",
    // a side's patron, a player's epithet
    "وأفادت المصادر بمقتل 73 عنصرا من ميليشيات الحوثي الموالية لإيران في مواجهات مع المقاومة اليمنية.; YE",
    "ليس لديها أي مفاوضات على الإطلاق مع ميليشيات الحوثي المدعومة من إيران.; ",
    "وسبق لأسطورة الأرجنتين أن درب منتخب الإمارات.; AE",
    // a border that only locates a place, and the country joined to it
    "قتلت قوات الأمن مسلحين في جبل سمامة بمحافظة القصرين قرب الحدود مع الجزائر مساء أمس الأحد.; TN",
    "وقالت السلطات في مقاطعة شيرناك، الواقعة على الحدود مع العراق وسوريا، إنّ سبعة أشخاص على الأقل قتلوا.; ",
    // a family name after a given name, a man named by his nationality at the head of a title
    "وشارك الدكتور عبدالله بن محمد السويد، ووكيل إمارة منطقة جازان، في الصلاة على الشهيد.; SA",
    "اليوناني يشعل تدريبات الأهلي; ",
    // torrents, not Seoul; the North's full name, not the South
    "وأظهر المقطع أن عدداً من هواة متابعي مناظر سيول الأمطار خرجوا لمشاهدة الأمطار.; ",
    "وأكد الطرفان أن القمة بين الولايات المتحدة وجمهورية كوريا الشعبية الديموقراطية حدث ذو أهمية.; US KP",
  })
  void aNameThatContainsACountryOrAnEpithetIsNotTheStorysCountry(String sentence, String expected) {
    assertEquals(codes(expected), values(text(sentence).countries()));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = ';', value = {
    // Saudi Arabia's high-speed line: the Chinese and Spanish firms that built it are named once, in
    // the lead, beside a country named seven times or more (and وجدة after "والمدينة" is not Oujda)
    "افتتاح «خط الحرمين» الفائق السرعة في السعودية بامتداد 400 كيلومتر. يفتتح العاهل السعودي الملك سلمان بن عبد العزيز قطار «خط الحرمين السريع» الذي يربط مكة والمدينة وجدة ومدينة الملك عبد الله الاقتصادية. وقد استغرق العمل على المشروع الذي تكلف مليارات الدولارات عدة سنوات، وعملت فيه شركات سعودية ودولية، وعلى الأخص صينية وإسبانية. وقالت السلطات السعودية إن 70 في المئة من الموظفين مواطنون سعوديون. وتستغرق الرحلة بين مكة وجدة بالقطار الجديد حوالي 21 دقيقة بينما تقطع القطارات المسافة بين جدة ومطار الملك عبد العزيز في 14 دقيقة. أما الرحلة بين مكة والمدينة فستستغرق أقل من ساعتين ونصف.; SA",
    // named once beside Iran named seven times, France still shows: its president acts
    "ماكرون يطالب ترامب بالالتزام بالاتفاق النووي مع إيران. طالب الرئيس الفرنسي إيمانويل ماكرون نظيره الأمريكي دونالد ترامب بالالتزام بالاتفاق النووي الذي أبرمته قوى غربية مع إيران، قائلا إن هذا هو أفضل الخيارات المتاحة. جاء هذا قبيل زيارة رسمية لواشنطن يبدأها ماكرون الاثنين. وهدد ترامب في السابق بالتخلي عن الاتفاقية، التي تقضي بالحد من البرنامج النووي لإيران مقابل تخفيف العقوبات الاقتصادية عليها. ومازال أمام ترامب حتى الثاني عشر من الشهر المقبل لتحديد موقف الولايات المتحدة. وينبغي على الرئيس مراجعة مدى التزام إيران بالاتفاق النووي. ووقع ترامب آخر قرار بتخفيف العقوبات عن طهران في يناير الماضي. وقال ماكرون إنه لا يمتلك خطة بديلة للتعامل مع الملف النووي الإيراني إذا قررت واشنطن تجديد العقوبات على طهران.; FR IR US",
  })
  void aCountryNamedOnceBesideTheStorysOwnIsAPassingOneUnlessItsStateActs(String article, String expected) {
    assertEquals(codes(expected), values(text(article).countries()));
  }
}
