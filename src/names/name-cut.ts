// A person's name cut at its end (مريم نواز / مريم نواز شريف, إبراهيم رئيسي / إبراهيم رئيسي السادات): news names a
// person by the given name and the family name and leaves out the names after them, a second family name, a
// nisba, a mother's or a husband's name. The shorter name is the same person when it is itself a full name (a
// given name and a family name, or a title and given names), not a bare run of given names, which the names after
// it tell apart (محمد عمر, the given name and the father's, of many people).

import { elementAt } from '../contract/element-at.js';
import { foldName, identityKey } from './phonetic.js';
import { entityKey, lookupAdjective } from './gazetteer.js';
import { isTitleWord } from './titles.js';
import { compoundFirsts } from './compound-first.js';
import { townOfNisba } from './known-by.js';
import { COMPOUND_SECONDS, PATRONYMIC, PARTICLES, eastAsianSurnameSet, isFeminine, isGivenName, isOrdinary } from './name-words.js';
import { ordinalAtEnd } from './regnal.js';

// Words that open a compound given name with the word after them (عبد القادر, أبو بكر): the pair is one given name.
const COMPOUND_FIRSTS: ReadonlySet<string> = new Set(['عبد', 'ابو'].map((w) => foldName(w)));
const MUHAMMAD = foldName('محمد');

// Words after a name that make another person of the same name, or of the same family: a son or a father of the
// same name (جونيور, الابن), and the endings of Persian family names written apart (کرمانی زاده is another name than
// کرمانی). Written for the project.
const OTHER_PERSON = 'جونيور جونیور جونير سينيور سنیور سنيور الابن الاب الأب الحفيد الصغير الكبير ' + 'زاده پور نژاد فر نیا راد منش زادگان';
const OTHER_PERSON_KEYS: ReadonlySet<string> = new Set(OTHER_PERSON.split(' ').map((w) => foldName(w)));

/** A given name of one word, or one written as two given names joined (محمدرضا, امیرعلی). */
function isGivenWord(word: string): boolean {
  if (isGivenName(word)) return true;
  const key = entityKey(word);
  for (let i = 2; i <= key.length - 2; i++) if (isGivenName(key.slice(0, i)) && isGivenName(key.slice(i))) return true;
  return false;
}

/** Whether the words (folded) end in a given name: a given name alone, or the second part of a compound (عبد القادر, سيف الدين). */
function endsInGivenName(words: readonly string[]): boolean {
  const last = elementAt(words, words.length - 1);
  const before = words[words.length - 2] ?? '';
  return isGivenWord(last) || COMPOUND_SECONDS.has(last) || COMPOUND_FIRSTS.has(before) || COMPOUND_FIRSTS.has(last);
}

/**
 * Why the longer name (folded words), cut at its end by the words `missing` leaves out, names the same person as the
 * words it keeps, or undefined. The kept words must be a full name: a given name then a family name that is no given
 * name (مريم نواز, علي باقري), a chain with بن (الحجاج بن يوسف), or a title before two words or more of given names
 * (ملا محمد يعقوب). The words left out must make no other person: not junior, الابن or a regnal number, not a
 * family name's ending written apart, and not a chain of fathers opened by بن after a name that had none.
 */
export function fullNameCut(longer: readonly string[], missing: readonly number[], shorter: readonly string[]): string | undefined {
  const cut = missing[0] ?? 0;
  if (cut < 1 || missing.some((i, k) => i !== cut + k) || elementAt(missing, missing.length - 1) !== longer.length - 1) return undefined;
  // The kept words as the shorter name writes them: a given name joined there may be two words (ناصرخسرو / ناصر خسرو).
  const cutWords = longer.slice(0, cut);
  const kept = shorter.length > cut && identityKey(shorter.join('')) === identityKey(cutWords.join('')) ? shorter : cutWords;
  const omitted = longer.slice(cut);
  if (omitted.some((w) => OTHER_PERSON_KEYS.has(w) || PATRONYMIC.has(w))) return undefined;
  // A regnal number left out (الثاني, دوم) tells one ruler or pope of the name from another.
  if ((ordinalAtEnd(longer)?.from ?? -1) >= cut) return undefined;
  // A particle, or "and" before a word (ومركز, والتكنولوجيا), opens no name: the longer is a phrase. So do two words
  // or more left out that are no compound name (مالك سلسلة ليودز فارمسي, "the owner of the Lloyds Pharmacy chain"): a
  // further name is one word, or one compound (عبد العزيز).
  const opening = elementAt(omitted, 0);
  if (PARTICLES.has(opening) || (opening.startsWith('و') && (opening.startsWith('وال') || isOrdinary(opening.slice(1))))) return undefined;
  if (omitted.length > 2 || (omitted.length === 2 && !endsInGivenName(omitted))) return undefined;
  // An ordinary word with the article left out (الوطني, الاقتصادية) qualifies a body named after a person (حزب علي
  // باقري الوطني), not the person; a nisba of a place or a family (الجزائري, الثقفي) is no ordinary word.
  if (omitted.some((w) => w.startsWith('ال') && isOrdinary(w))) return undefined;
  // Nor a person's: a word "for the …" (للرواية, a prize's field) or a feminine adjective with the article (الثانوية,
  // a school's level), which qualify a body named after the person the shorter name names.
  if (omitted.some((w) => w.startsWith('لل') || (w.startsWith('ال') && isFeminine(w)))) return undefined;
  let titles = 0;
  while (titles < kept.length && isTitleWord(elementAt(kept, titles))) titles++;
  const named = kept.slice(titles);
  if (named.length < 2 || eastAsianSurnameSet().has(elementAt(named, 0))) return undefined;
  const left = omitted.join(' ');
  const name = kept.join(' ');
  // A title before given names (ملا محمد يعقوب) names the person; a word with the article there, but the second of a
  // compound (عبد القادر, فصيح الدين), is an epithet or a description (الملك فيصل التخصصي).
  const described = named.some((w, i) => w.startsWith('ال') && !COMPOUND_SECONDS.has(w) && !COMPOUND_FIRSTS.has(named[i - 1] ?? ''));
  // After a title and given names, a word with the article left out is a person's only as the nisba of a place (الأمير
  // عبد القادر الجزائري); another (التخصصي, specialised) describes a body named after him (مستشفى الملك عبد العزيز).
  // (The words are folded, ئ to ء, where the gazetteer's keys write ي.)
  const placeNisba = (w: string): boolean =>
    townOfNisba(w) !== undefined || lookupAdjective(w) !== undefined || lookupAdjective(w.replace(/ء/gu, 'ي')) !== undefined;
  if (titles > 0)
    return described || omitted.some((w) => w.startsWith('ال') && !placeNisba(w))
      ? undefined
      : `One name is part of the other: ${left} after ${name}, a title and the person's given names, is left out, as news names a person by the title and the given names.`;
  // A chain of fathers kept whole: the nisba or family name after it is the person's.
  if (named.slice(1, -1).some((w) => PATRONYMIC.has(w)) && !isGivenWord(elementAt(omitted, 0)))
    return `One name is part of the other: ${left} after ${name}, the person's name and his father's, is left out, as news names a person by his chain of fathers.`;
  const first = elementAt(named, 0);
  const opensWithGiven = isGivenWord(first) || (COMPOUND_FIRSTS.has(first) && named.length >= 3);
  // محمد opens compound given names in Egypt, Iran and Afghanistan (محمد عبده, محمد داوود, محمد نبی): after it, a word
  // no list knows may be the second part of the given name, not a family name.
  const compoundOpening = first === MUHAMMAD && named.length === 2;
  // One of the commonest given names left out after them (حسن روحاني علي) opens another name or a chain of fathers:
  // the word before it may be a father's given name no list knows, and the whole another person's.
  const chainAfter = omitted.length === 1 && compoundFirsts().has(elementAt(omitted, 0));
  // A last kept word that is an ordinary word makes a phrase as often as a family name: taken for one only before the
  // nisba of a town (عمر خيام نيشابوري).
  const last = elementAt(named, named.length - 1);
  const phrase = isOrdinary(last) && !(omitted.length === 1 && townOfNisba(elementAt(omitted, 0)));
  if (!opensWithGiven || compoundOpening || chainAfter || phrase || endsInGivenName(named)) return undefined;
  return `One name is part of the other: ${left} after ${name}, a given name and a family name, is left out, as news names a person by the given name and the family name.`;
}
