/**
 * Chronic and non-communicable diseases, cancers by their organ, and conditions of the blood and the mind, as health
 * writing in Arabic and Persian names them: most are translated (فقر الدم المنجلي / کم‌خونی داسی‌شکل), some borrowed
 * from French by Persian alone (تالاسمی, اسکیزوفرنی). Row format and rules as in diseases.ts. Kinds that share a word
 * are rows of their own (breast and lung cancer, heart attack and stroke, which Persian both calls سکته; glaucoma and
 * cataract, the black and the pearl water), so that the list keeps them apart.
 */
import type { DiseaseRow } from './diseases.js';

export const CHRONIC_DISEASE_ROWS: readonly DiseaseRow[] = [
  [
    'cancer',
    'سرطان|مرض السرطان|داء السرطان',
    'سرطان|بیماری سرطان|کنسر',
    'the Arabic word (the crab), which Persian keeps, or in Dari the English cancer',
  ],
  ['breast cancer', 'سرطان الثدي', 'سرطان پستان|سرطان سینه', 'translated; not another cancer'],
  ['lung cancer', 'سرطان الرئة|سرطان الرئتين', 'سرطان ریه', 'translated; not another cancer'],
  ['prostate cancer', 'سرطان البروستاتا|سرطان البروستات', 'سرطان پروستات', 'translated; not another cancer'],
  [
    'colorectal cancer|colon cancer|bowel cancer',
    'سرطان القولون|سرطان القولون والمستقيم',
    'سرطان روده بزرگ|سرطان کولون|سرطان کولورکتال|سرطان روده',
    'translated; not another cancer',
  ],
  [
    'cervical cancer',
    'سرطان عنق الرحم',
    'سرطان دهانه رحم|سرطان گردن رحم|سرطان دهانه‌ی رحم',
    'translated: the cancer of the neck of the womb',
  ],
  ['stomach cancer|gastric cancer', 'سرطان المعدة', 'سرطان معده', 'translated; not another cancer'],
  ['liver cancer', 'سرطان الكبد', 'سرطان کبد', 'translated; not hepatitis'],
  ['skin cancer|melanoma', 'سرطان الجلد|الورم الميلانيني|الميلانوما', 'سرطان پوست|ملانوما|ملانوم', 'translated, or the Greek melanoma'],
  [
    'leukaemia|leukemia|blood cancer',
    'ابيضاض الدم|سرطان الدم|لوكيميا|اللوكيميا|لوكيميا الدم',
    'سرطان خون|لوسمی|لوکمی|لوکمیا',
    'translated: the whitening of the blood or the blood cancer; Persian the French leucémie',
  ],
  [
    'lymphoma',
    'ليمفوما|لمفوما|الورم اللمفي|الورم اللمفاوي|سرطان الغدد الليمفاوية|سرطان الغدد اللمفاوية',
    'لنفوم|لنفوما|سرطان غدد لنفاوی',
    'the Greek name, or the cancer of the lymph glands',
  ],
  [
    'heart attack|myocardial infarction',
    'نوبة قلبية|أزمة قلبية|جلطة قلبية|احتشاء عضلة القلب|الاحتشاء القلبي|سكتة قلبية',
    'سکته قلبی|حمله قلبی|انفارکتوس|انفارکتوس قلبی|سکته‌ی قلبی|حمله‌ی قلبی',
    'each language its own: the cardiac attack, clot or stroke; not a stroke of the brain',
  ],
  [
    'stroke|cerebral stroke',
    'سكتة دماغية|جلطة دماغية|السكتة الدماغية',
    'سکته مغزی|سکته‌ی مغزی|حمله مغزی',
    'the stroke of the brain; not a heart attack',
  ],
  [
    'cardiovascular disease|heart disease|cardiovascular diseases|heart diseases',
    'أمراض القلب|مرض القلب|أمراض القلب والأوعية الدموية|أمراض القلب والشرايين|مرض قلبي',
    'بیماری قلبی|بیماری‌های قلبی|بیماری قلبی عروقی|بیماری‌های قلبی عروقی|بیماری‌های قلبی و عروقی|بیماری قلبی و عروقی',
    'translated: the diseases of the heart and its vessels, which news writes for either',
  ],
  [
    'hypertension|high blood pressure',
    'ارتفاع ضغط الدم|فرط ضغط الدم|ضغط الدم المرتفع|ارتفاع الضغط',
    'فشار خون بالا|پرفشاری خون|افزایش فشار خون|هایپرتانسیون',
    'translated: the raised pressure of the blood',
  ],
  ['asthma', 'ربو|الربو القصبي|مرض الربو', 'آسم|بیماری آسم', 'Arabic its own word, Persian the French asthme'],
  ['epilepsy', 'صرع|داء الصرع|مرض الصرع', 'صرع|بیماری صرع', 'the Arabic word, which Persian keeps'],
  [
    'autism|autism spectrum disorder',
    'توحد|التوحد|اضطراب طيف التوحد|طيف التوحد',
    'اوتیسم|درخودماندگی|اختلال طیف اوتیسم',
    'Arabic translates (the state of being alone), Persian borrows the French',
  ],
  [
    'schizophrenia',
    'فصام|الفصام|انفصام الشخصية|الشيزوفرينيا|شيزوفرينيا',
    'اسکیزوفرنی|اسکیزوفرنیا|روان‌گسیختگی',
    'Arabic translates (the splitting), Persian borrows the French',
  ],
  ['dementia', 'خرف|الخرف', 'زوال عقل|دمانس|زوال عقلی', 'each language its own: the dotage, the loss of reason; not Alzheimer disease'],
  ['depression', 'اكتئاب|الاكتئاب|مرض الاكتئاب', 'افسردگی|بیماری افسردگی|دپرسیون', 'each language its own word'],
  [
    'osteoporosis',
    'هشاشة العظام|ترقق العظام|تخلخل العظام',
    'پوکی استخوان|استئوپروز',
    'translated: the brittleness or hollowness of the bones',
  ],
  ['obesity', 'سمنة|السمنة|البدانة|بدانة', 'چاقی|فربهی', 'each language its own word'],
  [
    'anaemia|anemia',
    'فقر الدم|أنيميا|الأنيميا|أنيميا الدم',
    'کم‌خونی|کم خونی|آنمی',
    'translated: the poverty or the shortness of blood; not a kind of it',
  ],
  [
    'sickle cell anaemia|sickle cell disease|sickle cell anemia|sickle cell',
    'فقر الدم المنجلي|الأنيميا المنجلية|أنيميا الخلايا المنجلية|مرض الخلايا المنجلية|داء الكريات المنجلية|فقر الدم المنجلي الوراثي',
    'کم‌خونی داسی‌شکل|کم خونی داسی شکل|کم‌خونی داسی|آنمی داسی‌شکل|بیماری سلول داسی|بیماری سلول داسی‌شکل',
    'translated: the anaemia of the sickle-shaped cells; not anaemia at large',
  ],
  [
    'thalassaemia|thalassemia',
    'ثلاسيميا|الثلاسيميا|أنيميا البحر المتوسط|فقر دم البحر المتوسط|فقر الدم المتوسطي',
    'تالاسمی|تالاسمیا|کم‌خونی مدیترانه‌ای',
    'the Greek name (Persian by way of French), or the anaemia of the Mediterranean',
  ],
  [
    'haemophilia|hemophilia',
    'هيموفيليا|الهيموفيليا|الناعور|نزف الدم الوراثي',
    'هموفیلی|هموفیلیا',
    'the Greek name, or in Arabic الناعور, the waterwheel',
  ],
  ['cerebral palsy', 'شلل دماغي|الشلل الدماغي', 'فلج مغزی', 'translated: the paralysis of the brain'],
  [
    'kidney failure|renal failure',
    'فشل كلوي|الفشل الكلوي|القصور الكلوي',
    'نارسایی کلیه|نارسایی کلیوی|نارسایی کلیه‌ها',
    'translated: the failure of the kidneys',
  ],
  [
    'cirrhosis|liver cirrhosis',
    'تليف الكبد|تشمع الكبد|التليف الكبدي',
    'سیروز|سیروز کبدی|سیروز کبد',
    'Arabic translates (the fibrosis of the liver), Persian borrows the French',
  ],
  ['migraine', 'صداع نصفي|الصداع النصفي|شقيقة|الشقيقة', 'میگرن|سردرد میگرنی', 'Arabic the half headache, Persian the French migraine'],
  ['goitre|goiter', 'تضخم الغدة الدرقية|الدراق|دراق', 'گواتر|بزرگی تیروئید', 'Arabic the swollen thyroid, Persian the French goitre'],
  [
    'glaucoma',
    'زرق|الزرق|جلوكوما|الجلوكوما|المياه الزرقاء|الماء الأزرق',
    'آب سیاه|گلوکوم|گلوکوما',
    'Arabic calls it the blue water and Persian the black water; not cataract',
  ],
  [
    'cataract',
    'ساد|الساد|إعتام عدسة العين|المياه البيضاء|الماء الأبيض|الكاتاراكت',
    'آب مروارید|کاتاراکت',
    'Arabic the white water, Persian the pearl water; not glaucoma',
  ],
  [
    'Tourette syndrome|Tourette’s syndrome',
    'متلازمة توريت|متلازمة جيل دي لا توريت|متلازمة توريه',
    'سندرم توره|سندرم تورت|سندرم توره‌ت|نشانگان توره',
    'named after Gilles de la Tourette: Persian says it as French does, the t unsaid',
  ],
  ['rickets', 'كساح|الكساح|لين العظام', 'راشیتیسم|نرمی استخوان', 'Arabic its own word, Persian the French rachitisme'],
  ['scurvy', 'إسقربوط|الإسقربوط|داء الحفر', 'اسکوربوت|کمبود ویتامین ث', 'borrowed from the Latin scorbutus, or the lack of vitamin C'],
];
