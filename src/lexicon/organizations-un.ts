/**
 * Bodies of the United Nations system (its funds, programmes, specialised agencies, commissions and missions) and
 * international courts and tribunals that organizations.ts and organizations-world.ts do not hold. Their names are
 * translated, not transliterated (منظمة الأمم المتحدة للتنمية الصناعية / سازمان توسعه صنعتی ملل متحد), or their
 * acronyms are read as words (اليونيدو / یونیدو), so no letter model finds them; written for the project, each row
 * with the reason it is kept by hand.
 *
 * Rows are as in organizations-world.ts: `[id, English name, Latin acronyms, Arabic names, Persian names, reason]`,
 * names separated by `|`. A name that is also an ordinary word, a place or a given name is kept only in a longer
 * form. A name that carries the UN's own (الأمم المتحدة, سازمان ملل, ملل متحد) makes the body part of the UN.
 */

import type { WorldOrganizationRow } from './organizations-world.js';

export const UN_SYSTEM_ROWS: readonly WorldOrganizationRow[] = [
  // Funds, programmes and agencies.
  [
    'UNIDO',
    'UN Industrial Development Organization',
    'UNIDO',
    'منظمة الأمم المتحدة للتنمية الصناعية|اليونيدو|يونيدو',
    'سازمان توسعه صنعتی ملل متحد|سازمان توسعه صنعتی سازمان ملل|یونیدو',
    'translated, or the acronym read as a word',
  ],
  [
    'UNHabitat',
    'UN-Habitat',
    '',
    'برنامج الأمم المتحدة للمستوطنات البشرية|موئل الأمم المتحدة',
    'برنامه اسکان بشر سازمان ملل|برنامه اسکان بشر ملل متحد',
    'translated',
  ],
  [
    'UNAIDS',
    'Joint UN Programme on HIV/AIDS',
    'UNAIDS',
    'برنامج الأمم المتحدة المشترك المعني بفيروس نقص المناعة البشرية|برنامج الأمم المتحدة المشترك لمكافحة الإيدز',
    'برنامه مشترک سازمان ملل برای مبارزه با ایدز|برنامه مشترک سازمان ملل متحد در زمینه اچ‌آی‌وی و ایدز',
    'translated',
  ],
  ['UNU', 'United Nations University', 'UNU', 'جامعة الأمم المتحدة', 'دانشگاه سازمان ملل|دانشگاه ملل متحد', 'translated'],
  ['UPU', 'Universal Postal Union', 'UPU', 'الاتحاد البريدي العالمي', 'اتحادیه جهانی پست', 'translated'],
  [
    'UNWTO',
    'UN Tourism (World Tourism Organization)',
    'UNWTO',
    'منظمة السياحة العالمية',
    'سازمان جهانی گردشگری|سازمان جهانی جهانگردی',
    'translated',
  ],
  [
    'IARC',
    'International Agency for Research on Cancer',
    'IARC',
    'الوكالة الدولية لأبحاث السرطان',
    'آژانس بین‌المللی تحقیقات سرطان|آژانس بین‌المللی پژوهش سرطان',
    'translated',
  ],
  [
    'CTBTO',
    'Comprehensive Nuclear-Test-Ban Treaty Organization',
    'CTBTO',
    'منظمة معاهدة الحظر الشامل للتجارب النووية',
    'سازمان پیمان منع جامع آزمایش‌های هسته‌ای|سازمان پیمان منع جامع آزمایش هسته‌ای',
    'translated',
  ],
  ['UNSecretariat', 'UN Secretariat', '', 'الأمانة العامة للأمم المتحدة', 'دبیرخانه سازمان ملل|دبیرخانه سازمان ملل متحد', 'translated'],
  [
    'UNPeacekeeping',
    'UN Peacekeeping',
    '',
    'قوات حفظ السلام التابعة للأمم المتحدة|قوات حفظ السلام الأممية',
    'نیروهای حافظ صلح سازمان ملل|نیروهای پاسدار صلح سازمان ملل',
    'translated',
  ],
  [
    'IPCC',
    'Intergovernmental Panel on Climate Change',
    'IPCC',
    'الهيئة الحكومية الدولية المعنية بتغير المناخ',
    'هیئت بین‌دولتی تغییرات اقلیمی|هیئت بین‌دولتی تغییر اقلیم|هیئت بین‌الدول تغییر اقلیم',
    'translated',
  ],
  [
    'UNFCCC',
    'UN Framework Convention on Climate Change',
    'UNFCCC',
    'اتفاقية الأمم المتحدة الإطارية بشأن تغير المناخ',
    'کنوانسیون چارچوب سازمان ملل درباره تغییرات آب‌وهوایی|کنوانسیون چارچوب سازمان ملل متحد در مورد تغییر اقلیم',
    'translated',
  ],
  // Regional commissions.
  [
    'ESCWA',
    'UN Economic and Social Commission for Western Asia',
    'ESCWA',
    'اللجنة الاقتصادية والاجتماعية لغربي آسيا|الإسكوا|إسكوا',
    'کمیسیون اقتصادی و اجتماعی سازمان ملل برای غرب آسیا|اسکوا',
    'translated, or the acronym read as a word',
  ],
  [
    'ESCAP',
    'UN Economic and Social Commission for Asia and the Pacific',
    'ESCAP',
    'اللجنة الاقتصادية والاجتماعية لآسيا والمحيط الهادئ|الإسكاب',
    'کمیسیون اقتصادی و اجتماعی آسیا و اقیانوسیه|اسکاپ',
    'translated, or the acronym read as a word',
  ],
  [
    'UNECA',
    'UN Economic Commission for Africa',
    'UNECA|ECA',
    'اللجنة الاقتصادية لأفريقيا',
    'کمیسیون اقتصادی آفریقا|کمیسیون اقتصادی سازمان ملل برای آفریقا',
    'translated',
  ],
  // Missions.
  [
    'UNSMIL',
    'UN Support Mission in Libya',
    'UNSMIL',
    'بعثة الأمم المتحدة للدعم في ليبيا|البعثة الأممية في ليبيا',
    'هیئت حمایتی سازمان ملل در لیبی|مأموریت سازمان ملل در لیبی',
    'translated',
  ],
  [
    'MINUSMA',
    'UN Multidimensional Integrated Stabilization Mission in Mali',
    'MINUSMA',
    'بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في مالي|مينوسما',
    'مأموریت سازمان ملل در مالی|مینوسما',
    'translated, or the French acronym read as a word',
  ],
  [
    'MONUSCO',
    'UN Organization Stabilization Mission in the DR Congo',
    'MONUSCO',
    'بعثة منظمة الأمم المتحدة لتحقيق الاستقرار في جمهورية الكونغو الديمقراطية|مونوسكو',
    'مأموریت سازمان ملل در کنگو|مونوسکو',
    'translated, or the French acronym read as a word',
  ],
  [
    'UNMISS',
    'UN Mission in South Sudan',
    'UNMISS',
    'بعثة الأمم المتحدة في جنوب السودان',
    'مأموریت سازمان ملل در سودان جنوبی|مأموریت سازمان ملل در جنوب سودان',
    'translated',
  ],
  // Courts and tribunals outside the UN's own two (organizations.ts holds the ICC and the ICJ).
  ['PCA', 'Permanent Court of Arbitration', 'PCA', 'محكمة التحكيم الدائمة', 'دیوان دائمی داوری|دادگاه دائمی داوری', 'translated'],
  [
    'ITLOS',
    'International Tribunal for the Law of the Sea',
    'ITLOS',
    'المحكمة الدولية لقانون البحار',
    'دادگاه بین‌المللی حقوق دریاها|دیوان بین‌المللی حقوق دریاها',
    'translated',
  ],
  [
    'ICTY',
    'International Criminal Tribunal for the former Yugoslavia',
    'ICTY',
    'المحكمة الجنائية الدولية ليوغوسلافيا السابقة',
    'دادگاه کیفری بین‌المللی یوگسلاوی سابق|دادگاه بین‌المللی جنایی یوگسلاوی سابق',
    'translated; another tribunal than the ICC',
  ],
  [
    'ICTR',
    'International Criminal Tribunal for Rwanda',
    'ICTR',
    'المحكمة الجنائية الدولية لرواندا',
    'دادگاه کیفری بین‌المللی رواندا|دادگاه بین‌المللی جنایی رواندا',
    'translated; another tribunal than the ICC',
  ],
  [
    'STL',
    'Special Tribunal for Lebanon',
    'STL',
    'المحكمة الخاصة بلبنان|المحكمة الدولية الخاصة بلبنان',
    'دادگاه ویژه لبنان|دادگاه بین‌المللی ویژه لبنان',
    'translated',
  ],
  [
    'IUSCT',
    'Iran–United States Claims Tribunal',
    '',
    'محكمة المطالبات الإيرانية الأمريكية|محكمة التحكيم الإيرانية الأمريكية',
    'دیوان داوری دعاوی ایران و آمریکا|دیوان داوری لاهه',
    'translated; Iranian news names it after The Hague, where it sits',
  ],
  [
    'CAS',
    'Court of Arbitration for Sport',
    'CAS|TAS',
    'محكمة التحكيم الرياضي|المحكمة الرياضية الدولية',
    'دادگاه حکمیت ورزش|دادگاه عالی ورزش|دادگاه بین‌المللی حکمیت ورزشی',
    'translated; Persian news often calls it the high court of sport',
  ],
  [
    'CJEU',
    'Court of Justice of the European Union',
    'CJEU|ECJ',
    'محكمة العدل الأوروبية|محكمة العدل التابعة للاتحاد الأوروبي',
    'دیوان دادگستری اتحادیه اروپا|دادگاه عدالت اروپا|دیوان دادگستری اروپا',
    'translated; another court than the European Court of Human Rights',
  ],
  // More commissions and missions.
  [
    'CSW',
    'UN Commission on the Status of Women',
    'CSW',
    'لجنة وضع المرأة التابعة للأمم المتحدة|لجنة الأمم المتحدة المعنية بوضع المرأة',
    'کمیسیون مقام زن سازمان ملل|کمیسیون مقام زن ملل متحد',
    'translated',
  ],
  [
    'FFMIran',
    'UN Fact-Finding Mission on Iran',
    '',
    'بعثة الأمم المتحدة لتقصي الحقائق بشأن إيران|بعثة تقصي الحقائق الأممية بشأن إيران',
    'کمیته حقیقت‌یاب سازمان ملل درباره ایران|هیئت حقیقت‌یاب سازمان ملل درباره ایران',
    'translated',
  ],
  [
    'ConferenceOnDisarmament',
    'Conference on Disarmament',
    '',
    'مؤتمر نزع السلاح|مؤتمر نزع السلاح في جنيف',
    'کنفرانس خلع سلاح|کنفرانس خلع سلاح ژنو',
    'translated',
  ],
];
