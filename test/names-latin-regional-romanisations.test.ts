import { describe, it } from 'vitest';
import { expectDifferentNames as apart, expectSameName as same } from './support/names.js';

// Names made up for these tests, or ordinary given names chosen for the convention they show.

describe('Arabic names as Somali, Central Asian and West African romanisations join عبد to the name', () => {
  it('reads Abdi-, Abdu- and Abdou- before a moon letter as عبد ال, the article unsaid', () => {
    same('Abdifatah Warsame', 'عبد الفتاح وارسمي', 'the case vowel joining عبد to the name and the article unsaid');
    same('Abdukodir Usmonov', 'عبدالقادر عثمانوف', 'Abdu as عبد ال');
    same('Abdoukarim Sall', 'عبد الكريم سال', 'Abdou as عبد ال');
    same('Abdirizak Farah', 'عبد الرزاق فارح', 'the article said as the letter after it');
  });

  it('reads Abdoulaye as عبد الله: the l written once and -laye, the Wolof and Pulaar end of الله', () => {
    same('Abdoulaye Sow', 'عبد الله سو', 'laye as لله');
    same('Abdoulkader Bah', 'عبد القادر باه', 'the article ال');
  });

  it('keeps two names of God apart, and عبدي, a name of its own', () => {
    apart('Abdiqani', 'عبد القادر');
    apart('Abdukarim', 'عبد الرحيم');
  });
});

describe('the final vowel and the unsaid ح of West African forms of Arabic names', () => {
  it('reads Mamadou and Amadou as محمد and أحمد, the ح left unsaid', () => {
    same('Mamadou Keita', 'محمد كيتا', 'ح unsaid, a sound West African languages lack');
    same('Amadou Toure', 'أحمد توري', 'the final ou a West African romanisation adds');
  });

  it('reads the -a of Ibrahima and Idrissa after a name of five letters or more', () => {
    same('Ibrahima Fall', 'إبراهيم فال', 'the final a a West African romanisation adds');
    same('Idrissa Gueye', 'إدريس غاي', 'the final a');
  });

  it('does not read a final -a off a short name: the feminine ends in it', () => {
    apart('Karima', 'كريم');
    apart('Salima', 'سليم');
    apart('Mamadou', 'محمود');
  });
});

describe('Indonesian and Malay sy', () => {
  it('reads sy before a vowel as ش', () => {
    same('Syarifuddin Hasan', 'شريف الدين حسن', 'sy as ش, as Indonesian, Malay and Japanese Kunrei romanisations spell it');
    same('Syamsul Bahri', 'شمس البحري', 'sy as ش');
  });

  it('keeps sy before a consonant an s and a vowel', () => {
    apart('Sydney', 'شدني');
  });
});

describe('the article as the L a Maghrebi romanisation joins to a name', () => {
  it('reads Lamine, Lakhdar and Larbi against the name with its article', () => {
    same('Lamine Bensaid', 'الأمين بن سعيد', 'l as the article ال, its vowel unsaid');
    same('Lakhdar Hamidi', 'الأخضر حميدي', 'the article ال');
    same('Larbi', 'العربي', 'l as the article ال');
  });
});

describe('English heads and words newsrooms translate', () => {
  it('reads a broadcaster’s TV as its channel, in Arabic and Persian', () => {
    same('Al Nahda TV', 'قناة النهضة', 'TV translated قناة');
    same('Omid TV', 'شبکه امید', 'TV / شبکه');
  });

  it('reads militia in both Arabic spellings and the Persian borrowing', () => {
    same('Sabireen militia', 'مليشيا الصابرين', 'translated (militia / مليشيا)');
    same('Sabireen militia', 'میلیشیای صابرین', 'militia translated');
  });

  it('reads a valley called a plain, plains, and a site', () => {
    same('Zarqa Valley', 'سهل الزرقاء', 'Valley translated سهل');
    same('Harran Plains', 'سهول حران', 'Plains translated');
    same('Saghand facility', 'منشأة ساغند', 'facility translated');
    same('Saghand site', 'سایت ساغند', 'site translated');
  });
});

describe('heads an Arabic-script name leaves out', () => {
  it('reads an island’s bare name when its list names it with an island’s head', () => {
    same('Qeshm island', 'قشم', 'The island’s head island is left out'.replace('’', "'"));
  });

  it('reads a channel or a militia by its bare name', () => {
    same('Ennahar TV', 'النهار', "The network's head TV is left out");
  });
});

describe('a place’s former name in Latin letters', () => {
  it('reads a Latin name that spells a listed former name as the place', () => {
    same('Shahsavar', 'تنکابن', 'a former name of Tonekabon');
    same('Nasratabad', 'زابل', 'is its name now');
  });

  it('does not read a former name loosely', () => {
    apart('Shahsavan', 'تنکابن');
  });
});

describe('a known body’s acronym against a translation of the name it stands for', () => {
  it('compares the full English name word by word when the lists do not hold the translation', () => {
    same('SIPRI', 'مؤسسه تحقیقاتی بین‌المللی صلح استکهلم', 'SIPRI stands for Stockholm International Peace Research Institute');
  });

  it('does not take a translation that leaves out a word of it', () => {
    apart('SIPRI', 'مؤسسه صلح بین‌المللی استکهلم');
  });
});
