/**
 * Viruses, bacteria, parasites and their carriers as health writing in Arabic and Persian names them. English fuses a
 * virus's name with its head (norovirus); Arabic writes the head apart and first (فيروس نورو) or translates the name
 * (الفيروس العجلي, the wheel virus), Persian fuses it as English does or writes it apart (روتاویروس, ویروس روتا).
 * Bacteria and parasites keep their Latin genus in Persian and are translated in Arabic (المكورات العنقودية,
 * staphylococci: the cluster-shaped cocci). Row format and rules as in diseases.ts; a virus named after its disease
 * is in the disease's row (poliovirus, Ebola).
 */
import type { DiseaseRow } from './diseases.js';

export const PATHOGEN_ROWS: readonly DiseaseRow[] = [
  [
    'norovirus|noroviruses|Norwalk virus',
    'فيروس نورو|نوروفيروس|فيروس النورو|فيروسات نورو|فيروس نوروالك',
    'نوروویروس|ویروس نورو|نورو ویروس|ویروس نوروالک',
    'English fuses the head, Arabic writes it apart and first',
  ],
  [
    'rotavirus|rotaviruses',
    'فيروس روتا|الفيروس العجلي|فيروس الروتا|روتا فيروس|فيروسات روتا|الفيروسات العجلية',
    'روتاویروس|ویروس روتا|روتا ویروس',
    'English fuses the head; Arabic writes it apart or translates: the wheel virus',
  ],
  [
    'adenovirus|adenoviruses',
    'الفيروس الغدي|فيروس أدينو|الفيروسات الغدية|فيروس غدي|أدينوفيروس',
    'آدنوویروس|ویروس آدنو|آدنو ویروس',
    'Arabic translates: the gland virus',
  ],
  [
    'enterovirus|enteroviruses',
    'الفيروس المعوي|فيروس معوي|الفيروسات المعوية|إنتيروفيروس',
    'انتروویروس|ویروس روده‌ای|انترو ویروس',
    'Arabic translates: the intestinal virus',
  ],
  [
    'rhinovirus|rhinoviruses',
    'الفيروس الأنفي|فيروس أنفي|الفيروسات الأنفية|راينوفيروس',
    'رینوویروس|ویروس رینو|رینو ویروس',
    'Arabic translates: the nose virus',
  ],
  [
    'metapneumovirus|human metapneumovirus|HMPV',
    'الفيروس الرئوي البشري|فيروس الميتانيموفيروس|الفيروس المتاپنوموني البشري',
    'متاپنوموویروس|متاپنوموویروس انسانی|ویروس متاپنومو',
    'Arabic translates: the human lung virus',
  ],
  [
    'hantavirus|hantaviruses',
    'فيروس هانتا|هانتا فيروس|فيروسات هانتا',
    'هانتاویروس|ویروس هانتا',
    'English fuses the head, Arabic writes it apart and first',
  ],
  [
    'E. coli|E coli|Escherichia coli',
    'إشريكية قولونية|الإشريكية القولونية|الإشريكيات القولونية|إي كولاي|بكتيريا إي كولاي|الإيشيريشيا القولونية',
    'اشرشیا کلی|اشریشیا کلی|ای‌کولای|ای کولای|باکتری ای کولای|باکتری ای‌کولای',
    'Arabic translates (the colon bacterium of Escherich), Persian keeps the Latin or the English letters',
  ],
  [
    'staphylococcus|staphylococci|Staphylococcus aureus|staph',
    'المكورات العنقودية|مكورات عنقودية|العنقوديات|المكورات العنقودية الذهبية|العنقودية الذهبية',
    'استافیلوکوک|استافیلوکوکوس|استافیلوکوک طلایی|استافیلوکوک اورئوس|استافیلوکوکوس اورئوس',
    'Arabic translates (the cluster-shaped cocci), Persian keeps the Latin; not streptococci',
  ],
  [
    'MRSA|methicillin-resistant Staphylococcus aureus',
    'المكورات العنقودية الذهبية المقاومة للميثيسيلين|العنقودية الذهبية المقاومة للميثيسيلين|المكورات العنقودية المقاومة للميثيسلين',
    'استافیلوکوک طلایی مقاوم به متی‌سیلین|استافیلوکوک اورئوس مقاوم به متی‌سیلین|استافیلوکوک مقاوم به متی‌سیلین',
    'translated: the golden staphylococcus resisting methicillin; a kind kept as its own',
  ],
  [
    'streptococcus|streptococci|strep',
    'المكورات العقدية|مكورات عقدية|العقديات|المكورات السبحية',
    'استرپتوکوک|استرپتوکوکوس',
    'Arabic translates (the chain-shaped cocci), Persian keeps the Latin; not staphylococci',
  ],
  [
    'Vibrio cholerae|cholera bacterium',
    'ضمة الكوليرا|ضمات الكوليرا|الضمة الكوليرية|بكتيريا الكوليرا',
    'ویبریو کلرا|ویبریو کلره|باکتری وبا',
    'the bacterium of cholera; not the disease',
  ],
  [
    'Mycobacterium tuberculosis|tubercle bacillus',
    'المتفطرة السلية|المتفطرة الدرنية|عصية السل|بكتيريا السل',
    'مایکوباکتریوم توبرکلوزیس|باسیل سل|باکتری سل|باسیل کخ',
    'the bacterium of tuberculosis (Persian also Koch’s bacillus); not the disease',
  ],
  [
    'Plasmodium|malaria parasite',
    'المتصورة|البلازموديوم|بلازموديوم|طفيلي الملاريا|المتصورة المنجلية',
    'پلاسمودیوم|انگل مالاریا|پلاسمودیوم فالسیپاروم',
    'Arabic translates the genus (the shaped one), Persian keeps it; the parasite, not malaria',
  ],
  [
    'Aedes aegypti|Aedes|Aedes mosquito|yellow fever mosquito',
    'الزاعجة المصرية|بعوضة الزاعجة المصرية|بعوض الزاعجة|الزاعجة|بعوضة الزاعجة|بعوضة الحمى الصفراء',
    'پشه آئدس|پشه آئدس اجیپتی|آئدس اجیپتی|پشه ایدس|پشه آئدس مصری|آئدس',
    'Arabic translates the genus (the troublesome one), Persian keeps the Latin; the carrier of dengue and Zika',
  ],
  [
    'Anopheles|Anopheles mosquito',
    'الأنوفيلة|بعوضة الأنوفيلة|الأنوفيليس|بعوض الأنوفيليس|بعوضة الأنوفيلس',
    'آنوفل|پشه آنوفل|پشه آنوفلس|آنوفلس',
    'the Greek genus, in Arabic with its ending; the carrier of malaria',
  ],
  [
    'tsetse fly|tsetse',
    'ذبابة تسي تسي|ذباب تسي تسي|ذبابة التسي تسي',
    'مگس تسه‌تسه|مگس تسه تسه|مگس تسی‌تسی',
    'the Tswana name with the head fly; the carrier of sleeping sickness',
  ],
  [
    'sandfly|sand fly|phlebotomus',
    'ذبابة الرمل|ذباب الرمل|الفاصدة',
    'پشه خاکی|پشه‌خاکی|فلبوتوموس',
    'translated: the sand fly, Persian the earth gnat; the carrier of leishmaniasis',
  ],
];
