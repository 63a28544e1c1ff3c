/**
 * European given names in the forms of their languages, as Arabic and Persian newsrooms write them: one newsroom
 * writes a person's given name as his own language says it (the French Jean ژان, Édouard ادوار, Nicolas نیکولا; the
 * Italian Matteo ماتئو, Giuseppe جوزپه; the Portuguese José ژوزه; the Ukrainian Petro پترو) and another as English
 * reads it or by the English form of the name (جان, ادوارد, نیکولاس, متیو, جوزف, خوزه read as Spanish, پتر). Each row is
 * one name: its English label, then each language's forms (`Language:form/form`, rows apart by `|`). Two forms of one
 * row in two languages are one given name. Written for the project, from the usage of the two presses; forms that
 * are ordinary words or another common name of their own are left out (جین is Jane and Gene, ایوان a porch, پیر an
 * old man or a Sufi master), and so are names whose forms the letters already read as one (Robert, Daniel).
 */
export const GIVEN_NAME_COGNATES: readonly string[] = [
  'John|English:جون/جان|French:ژان|Spanish:خوان|Portuguese:ژوائو/جوآو/جواو/ژوآئو/جوائو|Italian:جووانی/جیووانی/جيوفاني/جوفاني/جيوفانی|German:یوهان/يوهان/یوهانس/يوهانس|Dutch:یان/يان',
  'Matthew|English:متیو/ماثيو/ماثیو|Italian:ماتئو/ماتيو|French:ماتیو/ماتيو',
  'Edward|English:ادوارد|French:ادوار|Spanish:ادواردو|Italian:ادوآردو',
  'Nicholas|English:نیکلاس/نیکولاس/نيكولاس|French:نیکولا/نيكولا',
  'Denis|English:دنیس/دينيس|French:دنی/دني',
  'Joseph|Arabic:یوسف/يوسف|Russian:یوسیف/يوسيف|English:جوزف/جوزيف|French:ژوزف|Spanish:خوسه/خوسیه/خوسيه/خوزه|Portuguese:ژوزه/جوزيه|Italian:جوزپه/جوزيبي/جوزپی|Croatian:یوسیپ/يوسيب|German:یوزف/يوزف',
  'Peter|English:پیتر/بيتر|Spanish:پدرو/بيدرو|Italian:پیترو/پیه‌ترو|Ukrainian:پترو/بيترو|Russian:پیوتر/بيوتر/پتر',
  'Philip|English:فیلیپ/فيليب|Spanish:فلیپه/فیلیپه/فيليبي/فليبي|Italian:فیلیپو/فيليبو',
  'James|English:جیمز/جيمس|Spanish:خایمه/خايمي/خامس/خاميس|French:ژاک/جاك',
  'Paul|English:پال/بول|French:پل/بول|Spanish:پابلو/بابلو|Italian:پائولو/باولو|Portuguese:پائولو/باولو',
  'Charles|English:چارلز/تشارلز|Spanish:کارلوس/كارلوس|Italian:کارلو/كارلو|German:کارل/كارل',
  'Louis|English:لوئیس/لويس|Spanish:لوئیس|Italian:لوئیجی/لويجي|German:لودویگ/لودفيغ',
  'Francis|English:فرانسیس/فرانسيس|French:فرانسوا|Spanish:فرانسیسکو/فرانسيسكو|Italian:فرانچسکو/فرانشيسكو|German:فرانتس/فرانز',
  'Anthony|English:آنتونی/أنتوني|French:آنتوان/أنطوان|Spanish:آنتونیو/أنطونيو|Portuguese:آنتونیو/أنطونيو',
  'Andrew|English:اندرو/أندرو|French:آندره/أندريه|Spanish:آندرس/أندريس|Italian:آندره‌آ/أندريا|German:آندریاس/أندرياس|Polish:آندژی/أندجي|Ukrainian:آندری/أندري',
  'Stephen|English:استیون/ستيفن|French:استفان/ستيفان|Spanish:استبان/إستيبان|Italian:استفانو/ستيفانو',
  'George|English:جورج|French:ژرژ/جورج|Spanish:خورخه/خورخي|Italian:جورجو/جورجيو|German:گئورگ/غيورغ',
  'Thomas|English:توماس|Italian:توماسو|Polish:توماش',
  'Alexander|English:الکساندر/ألكسندر|Spanish:آلخاندرو/أليخاندرو|Italian:آلساندرو/أليساندرو',
  'Mark|English:مارک/مارك|Italian:مارکو/ماركو|Spanish:مارکوس/ماركوس',
  'Luke|English:لوک/لوك|Italian:لوکا/لوكا|Spanish:لوکاس/لوكاس',
  'Vincent|English:وینسنت/فنسنت|French:ونسان/فانسان|Spanish:ویسنته/فيسنتي|Italian:وینچنزو/فينشنزو',
  'Lawrence|English:لارنس/لورنس|French:لوران/لوران|Italian:لورنزو/لورينزو|Spanish:لورنسو/لورينسو',
  'Frederick|English:فردریک/فريدريك|French:فردریک/فريديريك|Spanish:فدریکو/فيديريكو|Italian:فدریکو/فيديريكو|German:فریدریش/فريدريش',
  'Gregory|English:گریگوری/غريغوري|French:گرگوار/غريغوار|Spanish:گرگوریو/غريغوريو',
  'Julius|English:جولیوس/يوليوس|French:ژول/جول|Spanish:خولیو/خوليو|Italian:جولیو/جوليو',
  'Emmanuel|French:امانوئل/إيمانويل|Spanish:مانوئل/مانويل',
  'Dominic|English:دومینیک/دومينيك|Spanish:دومینگو/دومينغو',
  // Michael as Russian and German say it (Mikhail, Michael said Mi-kha-el) and as Arabic names the archangel (ميكائيل).
  'Michael|English:مایکل/مايكل|Russian:میخائیل/ميخائيل|German:میشائیل/ميشائيل|French:میشل/ميشيل/ميشال|Spanish:میگل/ميغيل|Arabic:میکائیل/ميكائيل',
  // William as German (Wilhelm), French (Guillaume) and Spanish (Guillermo) say it.
  'William|English:ویلیام/وليام|German:ویلهلم/فيلهلم|French:گیوم/غيوم/غليوم|Spanish:گیرمو/غييرمو',
];
