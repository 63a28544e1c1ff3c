// The Arabic article ال in a name written in Latin letters. Romanisations write it as it is said: al- or el-
// before most letters (al-Houthi), assimilated before the "sun letters" (ash-Sharaa, ad-Din), and inside a
// compound given name joined to the word before it, its vowel taken from the case ending: Abdul-Malik
// (عبد الملك), Sirajuddin (سراج الدين), Zabihullah (ذبيح الله), Ruhollah (روح الله), the ة of the first word
// said t before it (Hibatullah / هبة الله). This file says where a Latin word may hold the article; the reader
// (latin.ts) aligns it.

import { UNITS } from '../lexicon/latin-sounds.js';

/** One way to read Latin letters at a position as the article (or the ة said before it). */
export interface ArticleReading {
  readonly length: number;
  readonly latin: string;
  readonly arabic: string;
  readonly cost: number;
}

const VOWELS = 'aeiou';
// The consonants the article's l is said as (the Arabic sun letters), as Latin units, longest first.
const SUN_UNITS = ['sh', 'th', 'dh', 'zh', 't', 'd', 'r', 'z', 's', 'n', 'l'];
const COST = 0.05;
// The article left unsaid between عبد and the name it joins (Abdikarim): a little dearer than one said.
const UNSAID = 0.1;

/** The sun letter that is written twice from position i of a folded Latin word (uddin → d), or undefined. */
function doubledSunLetter(latin: string, i: number): string | undefined {
  return SUN_UNITS.find((u) => latin.startsWith(u + u, i));
}

/**
 * How many Latin letters from position i are the article: a vowel and the sun letter it is said as (ud before
 * din, ash before sh), or a vowel and l inside a word (ul before malik); 0 when none.
 */
function articleAt(latin: string, i: number): number {
  const v = latin[i];
  if (v === undefined || !VOWELS.includes(v)) return 0;
  // At the start of a word only al-/el- and their assimilated forms are the article (as-Sabah), not any vowel.
  if (i === 0 && v !== 'a' && v !== 'e') return 0;
  const sun = doubledSunLetter(latin, i + 1);
  // Inside a word, the article follows a consonant: the end of the first word of a compound (Abd-ul). After a first
  // word that ends in a vowel (Safi, Mohi, Alaa) only the article said as a doubled sun letter, whose vowel is then
  // written beside the word's own (Safieddine / صفي الدين, Alaeddine / علاء الدين).
  // After a first word in -a (ضياء, ثناء, its hamza unwritten) the article's u stands beside it (Ziaul Haq, Sanaullah).
  const afterA = latin[i - 1] === 'a' && v === 'u';
  if (i > 0 && VOWELS.includes(latin[i - 1] ?? 'a') && !afterA && !(sun && latin.length > i + 1 + 2 * sun.length)) return 0;
  if (sun) return 1 + sun.length;
  // The l itself, inside a word only (at the start, al- reads letter for letter).
  if (i > 0 && latin[i + 1] === 'l' && latin.length > i + 3) return 2;
  return 0;
}

/**
 * The readings of Latin letters at position i of a folded Latin word as the Arabic article ال: a vowel and the
 * sound the article's l is said as (ud before din, ul before lah, ash before sh), and the ending -at of a first
 * word said before it, which Arabic writes ة (Hibat-ullah).
 */
export function articleReadings(latin: string, i: number): ArticleReading[] {
  const out: ArticleReading[] = [];
  const n = articleAt(latin, i);
  const sun = n > 0 ? doubledSunLetter(latin, i + 1) : undefined;
  // Before a sun letter written twice, the article and the letter are read together: the second letter of a
  // doubled consonant is otherwise the first's (Shell is شل), and here it is the name's own.
  if (sun) {
    for (const [option, cost] of UNITS[sun] ?? [])
      out.push({ length: n + sun.length, latin: latin.slice(i, i + n + sun.length), arabic: 'ال' + option, cost: COST + cost });
  } else if (n > 0) out.push({ length: n, latin: latin.slice(i, i + n), arabic: 'ال', cost: COST });
  if (i > 0 && latin.startsWith('at', i) && articleAt(latin, i + 2) > 0) out.push({ length: 2, latin: 'at', arabic: 'ة', cost: COST });
  // French romanisations write the article of -ad-Din with one d (Zinedine / زين الدين, Saladin / صلاح الدين).
  if (i > 0 && !VOWELS.includes(latin[i - 1] ?? 'a') && /^[aeiou]d(?:ine|in|een)$/u.test(latin.slice(i)))
    out.push({ length: 2, latin: latin.slice(i, i + 2), arabic: 'الد', cost: COST });
  // French romanisations of West Africa and the Maghreb write عبد and the article said as a sun letter with the case
  // vowel ou, or the e of Abdel, and the letter once (Abdourahmane / عبد الرحمن, Abdousalam / عبد السلام, Abdenour /
  // عبد النور, Abdeslam / عبد السلام said slam), as they write -ad-Din with one d.
  // Somali romanisations join them with i (Abdirahman, Abdirizak).
  if (i === 3 && latin.startsWith('abd') && /^(?:ou|u|e|i)[rsztdn][a-z]/u.test(latin.slice(i))) {
    const vowel = latin.startsWith('ou', i) ? 2 : 1;
    const sunLetter = latin.charAt(i + vowel);
    for (const [option, cost] of UNITS[sunLetter] ?? [])
      out.push({ length: vowel + 1, latin: latin.slice(i, i + vowel + 1), arabic: 'ال' + option, cost: COST + cost });
  }
  // Before any other letter the same romanisations write the article as French writes ou-l (Abdoulkarim, Abdoulaye),
  // or leave it unsaid between عبد and the name, its case vowel joining them: Somali Abdi- (Abdiqadir, Abdikarim), the
  // Abdu- of Central Asia and Hausa (Abdukarim, Abdulahi aside), the Abdou- of French West Africa (Abdoukarim).
  if (i === 3 && latin.startsWith('abd')) {
    if (latin.startsWith('oul', i) && latin.length > i + 4) out.push({ length: 3, latin: 'oul', arabic: 'ال', cost: COST });
    // Before the rest of الله, the article's l and the name's written once (Abdoulaye, Abdoulahi), as ad-Din's d.
    if (latin.startsWith('oul', i) && /^a(?:ye|hi?)$/u.test(latin.slice(i + 3)))
      out.push({ length: 3, latin: 'oul', arabic: 'الل', cost: COST });
    const vowel = /^(?:ou|u|i)/u.exec(latin.slice(i))?.[0];
    const next = vowel ? latin.charAt(i + vowel.length) : '';
    if (vowel && next && !VOWELS.includes(next) && next !== 'l' && next !== 'y' && latin.length > i + vowel.length + 2)
      out.push({ length: vowel.length, latin: vowel, arabic: 'ال', cost: UNSAID });
  }
  // The ending of الله in a compound as Wolof and Pulaar say it, -laye (Abdoulaye / عبد الله): its h unsaid, a final e.
  if (i > 3 && latin[i - 1] === 'l' && latin.slice(i) === 'aye' && latin.startsWith('ab'))
    out.push({ length: 3, latin: 'aye', arabic: 'ه', cost: COST });
  // French romanisations join the article to أبو as Aboul- (Aboul Gheit / أبو الغيط, Aboul Fotouh).
  if (i > 0 && latin.startsWith('oul', i) && !VOWELS.includes(latin[i - 1] ?? 'a') && latin.length > i + 4)
    out.push({ length: 3, latin: 'oul', arabic: 'وال', cost: COST });
  // English, South Asian and Persian romanisations write the kunya and the article as Abul- and Abol- (Abul Kalam /
  // أبو الكلام, Abolfazl / ابوالفضل): its u or o both أبو's and the article's vowel.
  if (i === 2 && latin.startsWith('ab') && /^[uo]l/u.test(latin.slice(i)) && latin.length > i + 3)
    out.push({ length: 2, latin: latin.slice(i, i + 2), arabic: 'وال', cost: COST });
  return out;
}

/** The phrase for a step that read the article, or undefined for any other step. */
export function describeArticleStep(latin: string, arabic: string): string | undefined {
  if (arabic === 'ة' && latin === 'at') return 'at as ة (said t before the article)';
  // A doubled a is a vowel beside ع (al-Sharaa / الشرع), a letter romanisations often leave unwritten.
  if (latin === 'aa' && arabic.includes('ع')) return `aa as ${arabic} (ع, which Latin letters do not write, beside the vowel)`;
  if (arabic === 'وال' && latin === 'oul') return 'oul as و and the article ال (Aboul / أبو ال)';
  if (latin === 'oul' && arabic === 'الل') return 'oul as الل, the article and the l of الله written once';
  if (latin === 'aye' && arabic === 'ه') return 'laye as لله, the end of الله as Wolof and Pulaar say it';
  if (arabic === 'وال') return `${latin} as و and the article ال (Ab${latin} / أبو ال), one vowel for both`;
  if (arabic === 'الد' && latin.length === 2) return `${latin} as الد (the article of ad-Din, written with one d)`;
  if (!arabic.startsWith('ال') || latin === 'al') return undefined;
  if (arabic === 'ال' && /^(?:ou|u|i)$/u.test(latin))
    return `Abd${latin} as عبد ال, the case vowel joining عبد to the name and the article unsaid, as Somali, Central Asian and West African romanisations write it`;
  if (arabic === 'ال') return `${latin} as the article ال of a compound name`;
  const consonants = latin.replace(/^[aeiou]+/u, '');
  const letter = consonants.slice(0, consonants.length / 2);
  if (letter === 'l') return `${latin} as ${arabic} (the article ال joined to a compound name)`;
  return consonants === letter + letter
    ? `${latin} as ${arabic} (the article, its l said ${letter} before ${arabic.slice(2)})`
    : `${latin} as ${arabic} (the article said as the letter after it, written once)`;
}

// Particles of a romanised Arabic name that are the article or end in it, written apart from the word they
// belong to: al-, el-, ash-, ad- … and the first word of a compound (Abdul-, Abdel-, Abol-).
const PARTICLE = /^(?:[ae]l|[uo]l|a[nrstdz]|a(?:sh|th|dh)|ud|ur|abd[aeiou][lnrstdz]|ab[aeiou]l|aboul)$/iu;

/**
 * Joins to the next word the Latin words that belong to it (the article al-, ash-, the first word of a
 * compound Abdul-), so that the pair reads as the one Arabic-script word or compound it spells.
 */
export function joinArticles(words: readonly string[]): string[] {
  const out: string[] = [];
  let carry = '';
  words.forEach((w, k) => {
    if (k < words.length - 1 && PARTICLE.test(w)) carry += w;
    else {
      out.push(carry + w);
      carry = '';
    }
  });
  return out;
}
