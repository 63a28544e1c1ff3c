// Two names compared as spellings: their words aligned one to one (or joined), each pair as a part, the score
// and the partial matches (a surname alone, a name without its patronymic).

import { identityKey, foldName, alignSpellings, spellingWeight } from './phonetic.js';
import { elementAt } from '../contract/element-at.js';
import { isFatherParticle, sonOfInOneOnly } from './latin-patronymic.js';
import { comparePart, isTranslatedOrdinal, type PartResult } from './spelling-parts.js';
import { alignGroups } from './group-alignment.js';
import { knownByPart } from './known-by.js';
import { sameForeignParticle } from './foreign-particles.js';
import { splitCompoundGiven, theophoricShortened } from './compound-given.js';
import { describeDifferences } from './describe.js';
import { letterFormsDetail } from './letter-forms.js';
import { placeQualifier } from './place-qualifiers.js';
import { isRoleApposition } from './role-apposition.js';
import { compoundFirstOnly } from './compound-first.js';
import { isDynastyNisba } from './dynasty-nisba.js';
import { isTitleWord } from './titles.js';
import { fullNameCut } from './name-cut.js';
import { digitGroups } from './latin-words.js';
import { languageOfSpelling, lookupAdjective, lookupEntries } from './gazetteer.js';
import { type NameMatch, different, type NamePartMatch, round } from './name-match.js';
import {
  COMPOUND_SECONDS,
  HONORIFICS,
  MAX_LETTERS,
  MAX_WORDS,
  PARTICLES,
  PATRONYMIC,
  eastAsianSurnameSet,
  isGivenName,
  isOrdinary,
  lowerFirst,
  tokensOf,
  upperFirst,
} from './name-words.js';

// The most words of one name read as one word of the other.
export const MAX_GROUP = 3;
export interface TokenAlignment {
  readonly parts: readonly PartResult[];
  readonly unmatchedA: readonly number[];
  readonly unmatchedB: readonly number[];
  readonly cost: number;
}
/** Aligns the words of two names, letting up to three words on either side match as one. */
export function alignTokens(a: readonly string[], b: readonly string[], threshold: number): TokenAlignment {
  const { steps, cost } = alignGroups(a.map(spellingWeight), b.map(spellingWeight), MAX_GROUP, MAX_GROUP, (i, k, j, l) => {
    // Words match one to one, or several on one side as one word on the other (إمام علي / امامعلی).
    if (k === l && k > 1) return undefined;
    const part = comparePart(a.slice(i, i + k), b.slice(j, j + l), threshold);
    return 'alignment' in part ? { cost: part.cost, part } : undefined;
  });
  const parts: PartResult[] = [];
  const unmatchedA: number[] = [];
  const unmatchedB: number[] = [];
  for (const step of steps) {
    if (step.part) parts.push(step.part);
    else if (step.from[0] < step.to[0]) unmatchedA.push(step.from[0]);
    else unmatchedB.push(step.from[1]);
  }
  return { parts, unmatchedA, unmatchedB, cost };
}
/** Compares two names by their letters alone (no lexicon of places). */

export function compareSpellings(a: string, b: string, threshold: number): NameMatch {
  const m = compareWords(a, b, threshold);
  if (m.same) return m;
  // A given name joined to the honorific سید or to محمد, against the name without it (سیدعلی / علی, محمدیونس / یونس).
  const split = splitCompoundGiven(tokensOf(a), tokensOf(b));
  const retry = split ? compareWords(split.a, split.b, threshold) : undefined;
  if (!split || !retry?.same) return theophoricRetry(a, b, threshold) ?? m;
  const detail = `${split.joined} is ${split.apart} written as one word, and ${split.why}; ${lowerFirst(retry.reason.detail)}`;
  return { ...retry, reason: { ...retry.reason, kind: retry.reason.kind === 'identical' ? 'convention' : retry.reason.kind, detail } };
}

/** Two names of which one shortens a theophoric given name to the name of God (عبدالکریم / کریم), compared so. */
function theophoricRetry(a: string, b: string, threshold: number): NameMatch | undefined {
  const short = theophoricShortened(tokensOf(a), tokensOf(b));
  const m = short ? compareWords(short.a, short.b, threshold) : undefined;
  if (!short || !m?.same || m.reason.kind === 'partial') return undefined;
  return {
    ...m,
    score: round(m.score * 0.9),
    reason: { ...m.reason, kind: 'convention', detail: `${upperFirst(short.detail)}; ${lowerFirst(m.reason.detail)}` },
  };
}

/**
 * What links two spellings of the same letters: the letter forms they are written in, words run together,
 * an honorific (سید, السيد) that one puts before the name.
 */
function identicalDetail(a: string, b: string, together: boolean): string {
  const honorificA = honorificOf(a);
  const honorificB = honorificOf(b);
  const bare = (name: string, honorific: string | undefined): string => (honorific ? name.trim().slice(honorific.length) : name);
  const detail =
    letterFormsDetail(bare(a, honorificA), bare(b, honorificB)) ??
    (together ? 'The same letters, written as one word on one side and apart on the other.' : 'The same name, spelled alike.');
  const honorific = honorificA ?? honorificB;
  return honorific ? `${honorific} is an honorific, no part of the name; ${lowerFirst(detail)}` : detail;
}

/** The honorific the comparison takes off the front of a name (سید in سید ابراهیم رئیسی), as written. */
function honorificOf(name: string): string | undefined {
  const first = name.trim().split(/\s+/u)[0];
  if (!first || first === name.trim() || !HONORIFICS.has(foldName(first))) return undefined;
  return tokensOf(name)[0] === foldName(first) ? undefined : first;
}

function compareWords(a: string, b: string, threshold: number): NameMatch {
  const ta = tokensOf(a);
  const tb = tokensOf(b);
  // The rest of two headed names may be a number alone (کانال 5 / کانال ۵): the same figures in any digits are one.
  const digits = digitGroups(a).join(' ');
  if (ta.length === 0 && tb.length === 0 && digits && digits === digitGroups(b).join(' ')) {
    const detail = 'The same number, in figures.';
    return { same: true, score: 1, reason: { kind: 'identical', detail, parts: [], unmatched: { a: [], b: [] }, differences: [] } };
  }
  if (ta.length === 0 || tb.length === 0) return different('One of the names has no Arabic-script letters.');
  if (Math.max(ta.length, tb.length) > MAX_WORDS || Math.max(ta.join('').length, tb.join('').length) > MAX_LETTERS) {
    const same = identityKey(ta.join('')) === identityKey(tb.join(''));
    const detail = `Too long for a name (over ${MAX_WORDS} words or ${MAX_LETTERS} letters): compared letter for letter only.`;
    return same
      ? { same, score: 1, reason: { kind: 'identical', detail, parts: [], unmatched: { a: [], b: [] }, differences: [] } }
      : different(detail);
  }
  if (identityKey(ta.join('')) === identityKey(tb.join(''))) {
    const together = ta.length !== tb.length;
    const alignment = alignSpellings(ta.join(''), tb.join(''));
    return {
      same: true,
      score: 1,
      reason: {
        kind: 'identical',
        detail: identicalDetail(a, b, together),
        parts: [{ a: ta.join(' '), b: tb.join(' '), score: 1, alignment }],
        unmatched: { a: [], b: [] },
        differences: [],
      },
    };
  }
  const aligned = alignTokens(ta, tb, threshold);
  const weightA = ta.reduce((s, t) => s + spellingWeight(t), 0);
  const weightB = tb.reduce((s, t) => s + spellingWeight(t), 0);
  const parts: NamePartMatch[] = aligned.parts.map((p) => ({ a: p.a, b: p.b, score: round(p.score), alignment: p.alignment }));
  const differences = aligned.parts.flatMap((p) => p.alignment.steps.filter((s) => s.kind !== 'same'));
  const unmatched = { a: aligned.unmatchedA.map((i) => elementAt(ta, i)), b: aligned.unmatchedB.map((i) => elementAt(tb, i)) };
  const score = round(Math.max(0, 1 - aligned.cost / Math.max(weightA, weightB)));
  if (parts.length === 0) {
    if (ta.length === 1 && tb.length === 1) {
      const failed = comparePart(ta, tb, threshold);
      if (!('alignment' in failed)) return different(failed.failure, { unmatched }, round(failed.score));
    }
    return different('The names share no part that could be one spelling of the other.', { unmatched }, score);
  }
  const joined = aligned.parts.some((p) => p.a.includes(' ') !== p.b.includes(' ') && !isTranslatedOrdinal(p));
  // The mean score of the linked parts, which a match of one name with part of the other is weighed from.
  const partScore = aligned.parts.reduce((s, p) => s + p.score, 0) / aligned.parts.length;
  const partial = (weight: number, detail: string): NameMatch => ({
    same: true,
    score: round(partScore * weight),
    reason: { kind: 'partial', detail, parts, unmatched, differences },
  });
  if (unmatched.a.length === 0 && unmatched.b.length === 0) {
    const detail = describeDifferences(differences, joined);
    return { same: true, score, reason: { kind: 'transliteration', detail, parts, unmatched, differences } };
  }
  if (unmatched.a.length > 0 && unmatched.b.length > 0) {
    const particle = sameForeignParticle(ta, aligned.unmatchedA, tb, aligned.unmatchedB);
    if (particle) {
      const detail = `${particle}; ${lowerFirst(describeDifferences(differences, joined))}`;
      return { same: true, score: round(partScore * 0.95), reason: { kind: 'convention', detail, parts, unmatched, differences } };
    }
    return different(
      `The names differ: ${unmatched.a.join(' ')} against ${unmatched.b.join(' ')}.`,
      { parts, unmatched, differences },
      score,
    );
  }
  // One name is part of the other. The surname alone identifies a person (رحمون for إمام علي رحمون); a
  // given name alone (محمد against محمد بن زايد) or a name without its last part (داود against داود أوغلو) does not.
  const [longer, missing] = unmatched.a.length > 0 ? [ta, aligned.unmatchedA] : [tb, aligned.unmatchedB];
  // A chain cut after the father (محمد بن سلمان for محمد بن سلمان بن عبد العزيز) or without the family name
  // (تميم بن حمد for تميم بن حمد آل ثاني) names the same person.
  const tail =
    missing.length > 0 &&
    missing.every((i, k) => i === elementAt(missing, 0) + k) &&
    elementAt(missing, missing.length - 1) === longer.length - 1;
  const cut = missing[0] ?? 0;
  const chainEnd =
    tail &&
    (((PATRONYMIC.has(elementAt(longer, cut)) || longer[cut] === foldName('آل')) && longer.slice(0, cut).some((w) => PATRONYMIC.has(w))) ||
      // Gulf chains write the fathers with the article and no بن (مشعل الأحمد الجابر الصباح): cut after a father.
      (cut >= 2 &&
        fatherWithArticle(elementAt(longer, cut - 1)) &&
        (fatherWithArticle(elementAt(longer, cut)) || longer[cut] === foldName('آل'))));
  if (chainEnd)
    return partial(
      0.9,
      `One name is part of the other: the chain of fathers or the family name (${missing.map((i) => longer[i]).join(' ')}) is left out.`,
    );
  // A chain of three given names cut after the father (آبي أحمد علي / آبي أحمد, محمد عثمان حسن / محمد عثمان): the
  // grandfather's name, which Arab, Sudanese, Somali and Ethiopian names carry and news leaves out.
  const plainGiven = (w: string): boolean => isGivenName(w) && !COMPOUND_SECONDS.has(w) && !PATRONYMIC.has(w);
  // The father's name may be a compound of عبد, two words (جمال عبد الناصر حسين / جمال عبد الناصر).
  const fatherOfAbd = cut >= 3 && longer[cut - 2] === foldName('عبد');
  const grandfather =
    tail &&
    missing.length === 1 &&
    cut >= 2 &&
    (longer.slice(cut - 1, cut + 1).every(plainGiven) || (fatherOfAbd && plainGiven(elementAt(longer, cut))));
  if (grandfather)
    return partial(
      0.85,
      `One name is part of the other: the chain of given names is cut after the father, the grandfather's name ${elementAt(longer, cut)} left out.`,
    );
  // An office after the name (رئيس البرلمان الإيراني, سخنگوی طالبان) describes the person the shorter name names.
  if (tail && isRoleApposition(cut, longer.slice(cut)))
    return partial(
      0.9,
      `One name is part of the other: ${missing.map((i) => longer[i]).join(' ')} after it is the person's office, not his name.`,
    );
  const knownBy = knownByPart(longer, missing);
  if (knownBy) return partial(0.9, knownBy);
  const father = fatherInChain(longer, missing);
  if (father) return different(father, { parts, unmatched, differences }, score);
  // A Chinese, Korean or Vietnamese given name is two syllables written apart: with one of them gone it is
  // another person's (لي كه تشيانغ / لي تشيانغ), though the surname alone may stand for the person.
  if (eastAsianSurnameSet().has(elementAt(longer, 0)) && !missing.includes(0) && missing.length < longer.length - 1) {
    return different(
      `${longer.join(' ')} has the given name ${longer.slice(1).join(' ')}, written in syllables; without ${missing.map((i) => longer[i]).join(' ')} it is another person's.`,
      { parts, unmatched, differences },
      score,
    );
  }
  const compound = compoundFirstOnly(longer, missing);
  if (compound)
    return different(
      `${compound} is one compound given name; ${elementAt(longer, 0)} alone before the same family name is another person's.`,
      { parts, unmatched, differences },
      score,
    );
  // "Son of" written in one name only, between two names both write (محمد بن عبد الوهاب / محمد عبد الوهاب, محمد ولد عبد
  // العزيز / محمد عبد العزيز): with it the name after it is a father's, without it a family name: two people.
  const sonOf = missing.length > 0 && missing.every((i) => i > 0 && i < longer.length - 1 && isFatherParticle(elementAt(longer, i)));
  if (sonOf)
    return different(sonOfInOneOnly(missing.map((i) => longer[i]).join(' '), longer.join(' ')), { parts, unmatched, differences }, score);
  const keepsSurname = !missing.includes(lastNonParticle(longer));
  const substantive = missing.filter((i) => !PARTICLES.has(elementAt(longer, i)));
  // A place named with new, lower, north … is another place than the one without it (نوفا كاخوفكا / كاخوفكا).
  const qualifier = placeQualifier(missing.map((i) => elementAt(longer, i)));
  if (qualifier)
    return different(`${qualifier} makes another place of the same name: ${longer.join(' ')} is not the place without it.`, {
      parts,
      unmatched,
      differences,
    });
  if (substantive.length === 0 || keepsSurname) {
    const coverage = shorterWeight(longer, missing) / Math.max(weightA, weightB);
    const omitted = missing.map((i) => longer[i]).join(' ');
    const last = missing.length === 1 && missing[0] === longer.length - 1;
    const tribal =
      last && isTribalName(omitted)
        ? ', a Pashtun tribal name often left out,'
        : last && isDynastyNisba(omitted)
          ? ", the ruler's dynasty, often left out,"
          : '';
    return partial(
      0.6 + 0.4 * coverage,
      `One name is part of the other: ${omitted}${tribal} is missing from the ${unmatched.a.length > 0 ? 'second' : 'first'}.`,
    );
  }
  // A person's family name of a nisba with a second family name after it (فائزه هاشمی / فائزه هاشمی رفسنجانی).
  const family = secondFamilyName(longer, missing);
  if (family)
    return partial(
      0.9,
      `One name is part of the other: ${family.added}, a second family name after the family name ${family.family}, is left out of one, as news often writes a person.`,
    );
  // A person's full name against the same with further names after it (مريم نواز / مريم نواز شريف).
  const fullName = fullNameCut(longer, missing, unmatched.a.length > 0 ? tb : ta);
  if (fullName) return partial(0.85, fullName);
  // Said of what is shared, not what it is: a person's given name, or the head and first word of a body (بنیاد شهید).
  const shared = longer.filter((_, i) => !missing.includes(i)).join(' ');
  return different(
    `Only ${shared} is shared; ${unmatched.a.length > 0 ? unmatched.a.join(' ') : unmatched.b.join(' ')} has no counterpart.`,
    { parts, unmatched, differences },
    score,
  );
}

/** Whether words are a Gulf chain: a name, then fathers' given names with the article (صباح السالم, مشعل الأحمد الجابر). */
function gulfChain(words: readonly string[]): boolean {
  return words.length >= 2 && words.slice(1).every(fatherWithArticle);
}

/**
 * When the shorter of two names is the longer without its first words, it is often another person: Arabic
 * names chain a person's given name, his father's and his grandfather's, so علي عبد الله صالح is the father
 * of أحمد علي عبد الله صالح, and زايد is the father of طحنون بن زايد. A compound given name without its second
 * part (احمد مسعود for احمد شاه مسعود) is another person too; and so is a chain that leaves out the father and keeps
 * the grandfather (مكتوم بن راشد for مكتوم بن محمد بن راشد: a grandson is often named after his grandfather, and news
 * shortens a chain at its end, never in its middle). Returns why, or undefined.
 */
export function fatherInChain(longer: readonly string[], missing: readonly number[]): string | undefined {
  const kept = longer.map((_, i) => i).filter((i) => !missing.includes(i));
  const particle = longer.findIndex((w) => PATRONYMIC.has(w));
  // Titles before the chain (الإمام) name no one: the rest is the father's name when only they are kept before it
  // and the son's own name before the particle is left out (not سلطان, a title and a given name, in سلطان بن زايد).
  const sonLeftOut = missing.includes(particle - 1);
  const named = kept.filter((i) => !(sonLeftOut && i < particle && isTitleWord(elementAt(longer, i))));
  if (particle >= 0 && named.length > 0 && named.every((i) => i > particle)) {
    return `${named.map((i) => longer[i]).join(' ')} is the father's name in ${longer.join(' ')} (${longer[particle]}: son of): two people.`;
  }
  // The father left out of the middle of a chain, the grandfather kept after him.
  const father = particle + 1;
  if (particle >= 0 && kept.includes(particle - 1) && missing.includes(father)) {
    const grandfather = longer.findIndex((w, i) => i > father && PATRONYMIC.has(w));
    if (grandfather > father && kept.includes(grandfather + 1))
      return `${longer[father]}, the father in ${longer.join(' ')}, is left out and his father ${longer[grandfather + 1]} kept: a grandson named after his grandfather is another person.`;
  }
  // The Mauritanian ولد (son of) before a father's name kept whole, his given name and more (معاوية ولد سيدي أحمد الطايع /
  // سيدي أحمد الطايع): not the last word alone, which news gives the son as his family name (الغزواني), nor a title.
  const ould = longer.indexOf(foldName('ولد'));
  const afterOuld = kept.filter((i) => i > ould);
  if (ould > 0 && afterOuld.length >= 2 && afterOuld.length === kept.length && !elementAt(longer, elementAt(kept, 0)).startsWith('ال'))
    return `${kept.map((i) => longer[i]).join(' ')} is the father's name in ${longer.join(' ')} (${longer[ould]}: son of): two people.`;
  const prefix = missing.every((i, k) => i === k);
  const first = elementAt(longer, 0);
  // A given name at a word, or a compound one in two words that the list holds joined (عبد الملك, بدر الدين).
  const givenAt = (i: number): boolean => {
    const word = longer[i];
    const next = longer[i + 1];
    if (word === undefined) return false;
    if (isGivenName(word)) return true;
    const compound =
      word === foldName('عبد') ||
      word === foldName('ابو') ||
      (next !== undefined && next !== foldName('شاه') && COMPOUND_SECONDS.has(next));
    return compound && next !== undefined && isGivenName(word + next);
  };
  // محمد and علي often open a Persian compound name that news shortens (محمد جواد ظريف / جواد ظريف).
  // A compound of عبد or أبو (عبد الناصر) is one name: alone it is the surname the news uses.
  const oneCompound =
    kept.length === 2 && (longer[elementAt(kept, 0)] === foldName('عبد') || longer[elementAt(kept, 0)] === foldName('ابو'));
  // Gulf chains write the father's given name with the article (مشعل الأحمد الجابر): such a word after the first
  // says the first is a given name before a chain, whatever the first is.
  const nextWord = longer[kept[0] ?? -1] ?? '';
  const nextIsFatherWithArticle = nextWord.startsWith('ال') && isGivenName(nextWord.slice(2));
  // A given name after the first word says the first is a given name before a chain too, whatever the first is
  // (رمضان أحمد قديروف is أحمد قديروف's son, صدام خليفة حفتر خليفة حفتر's): not after a kunya (ابوالقاسم عارف قزوینی
  // is عارف قزوینی), a patronymic ابن or a word with the article, which is a title or an epithet (القائد, السير),
  // and not before سید, the honorific that opens a full name (پیر سید احمد گیلانی).
  const fatherGiven =
    givenAt(kept[0] ?? -1) &&
    !longer.slice(0, (kept[0] ?? 0) + 1).includes(foldName('سيد')) &&
    !first.startsWith('ال') &&
    // Nor after a title of two words or more (دولة الرئيس نواف سلام is نواف سلام): a title word between the first
    // word and the chain is no son's given name (but الملك after عبد is one: عبد الملك بدر الدين الحوثي).
    !longer.slice(1, kept[0] ?? 0).some((w, i) => isTitleWord(w) && longer[i] !== foldName('عبد')) &&
    !first.startsWith(foldName('ابو')) &&
    !first.startsWith(foldName('ابن'));
  if (
    prefix &&
    kept.length >= 2 &&
    !oneCompound &&
    // A chain kept whole after the first word (حمزة أسامة بن لادن / أسامة بن لادن): the son's given name before his
    // father's name with its own chain.
    (particle < 0 || (particle > (kept[0] ?? 0) && isGivenName(first) && isGivenName(nextWord))) &&
    (isGivenName(first) || nextIsFatherWithArticle || fatherGiven) &&
    // A Persian family name of nisbas (هاشمی رفسنجانی) after a given name is the person's own, shortened without
    // the given name: no father's name is a nisba.
    !kept.every((i) => isFamilyNisba(elementAt(longer, i))) &&
    // Nor is a Persian compound family name (مکارم شیرازی, مصباح یزدی): a word that is no given name before a nisba,
    // both without the article that an Arab's father's name may carry.
    !compoundFamilyName(kept.map((i) => elementAt(longer, i))) &&
    // محمد and علي open Persian compound given names (محمد جواد ظريف / جواد ظريف), not a Gulf chain, which writes the
    // fathers with the article (محمد صباح السالم: صباح السالم's son).
    ((first !== foldName('محمد') && first !== foldName('علي')) ||
      gulfChain(kept.map((i) => elementAt(longer, i))) ||
      // Unless the compound is left out whole (محمد باقر محسن الحكيم / محسن الحكيم): محسن opens the father's name.
      (missing.length === 2 && isGivenName(elementAt(longer, 1))))
  ) {
    return `${longer.join(' ')} carries ${kept.map((i) => longer[i]).join(' ')} as his father's name: two people.`;
  }
  // Its first part kept: with both left out (جلال الدين السيوطي / السيوطي) the family name alone is kept.
  const middle = missing.find(
    (i) => i > 0 && COMPOUND_SECONDS.has(elementAt(longer, i)) && isGivenName(elementAt(longer, i - 1)) && !missing.includes(i - 1),
  );
  if (middle !== undefined)
    return `${longer[middle - 1]} ${longer[middle]} is a compound given name; without ${longer[middle]} it names another person.`;
  return undefined;
}

// Endings of Persian family names, written apart as often as joined (کرمانی زاده is کرمانی‌زاده, another name), and
// the junior and senior that tell a son from his father of the same name (جونيور, سينيور).
const FAMILY_SUFFIXES: ReadonlySet<string> = new Set(
  ['زاده', 'پور', 'نژاد', 'فر', 'نیا', 'راد', 'منش', 'زادگان', 'جونيور', 'جونیور', 'سينيور', 'سنیور', 'الابن', 'الاب'].map((w) =>
    foldName(w),
  ),
);

/**
 * A person's name that ends with a family name made as a nisba (هاشمی, کنعانی, سلیمی), against the same with one
 * name more after it that is no given name (رفسنجانی, a second family name or the nisba of a home town): the person
 * is one. A father adds his name after the son's given name, never after the family name, and a son adds his before
 * it. Not for bodies: no word may be an ordinary word, a known place or a place's adjective (الحزب الديمقراطي /
 * الحزب الديمقراطي الكردستاني), nor carry the article. Returns the family name and the name added, or undefined.
 */
function secondFamilyName(longer: readonly string[], missing: readonly number[]): { family: string; added: string } | undefined {
  const last = longer.length - 1;
  if (missing.length !== 1 || missing[0] !== last || last < 2) return undefined;
  const family = elementAt(longer, last - 1);
  const added = elementAt(longer, last);
  if (!isFamilyNisba(family) || isGivenName(added) || PARTICLES.has(added) || FAMILY_SUFFIXES.has(added)) return undefined;
  const plain = (w: string): boolean => !w.startsWith('ال') && !isOrdinary(w) && lookupEntries(w).length === 0;
  if (!longer.slice(0, last).every((w) => plain(w) && !lookupAdjective(w, languageOfSpelling(w)))) return undefined;
  if (!plain(added)) return undefined;
  return { family, added };
}

/** A father's given name written with the article, as Gulf chains write it (الأحمد in مشعل الأحمد). */
function fatherWithArticle(word: string): boolean {
  return word.startsWith('ال') && word.length > 4 && isGivenName(word.slice(2));
}

/** A Persian compound family name: words that are no given names, the last a nisba, none with the article. */
function compoundFamilyName(words: readonly string[]): boolean {
  const last = elementAt(words, words.length - 1);
  return (
    words.length >= 2 && isFamilyNisba(last) && words.every((w) => !w.startsWith('ال')) && words.slice(0, -1).every((w) => !isGivenName(w))
  );
}

/** A word of a family name made with the adjective ending ي (هاشمي, رفسنجاني), which no given name is. */
function isFamilyNisba(word: string): boolean {
  return word.length >= 4 && word.endsWith('ي') && !isGivenName(word);
}
export function lastNonParticle(words: readonly string[]): number {
  for (let i = words.length - 1; i >= 0; i--) {
    const w = elementAt(words, i);
    // A Pashtun tribal name after a full name (اشرف غنی احمدزی), or a ruler's dynasty (یعقوب لیث صفاری), is often
    // left out, like a particle. The tribal name not after a given name (محمد عمر داوودزی), where it tells apart the
    // many people of that given name and father's name; a ruler's given names are his name, the dynasty after them.
    const last = i >= 2 && i === words.length - 1;
    const tribal = last && isTribalName(w) && !isGivenName(elementAt(words, i - 1));
    if (PARTICLES.has(w) || tribal || (last && isDynastyNisba(w))) continue;
    return i;
  }
  return words.length - 1;
}

/**
 * A Pashtun tribal name, -زی or -زای after a name that ends in a consonant (احمدزی, یوسفزی, پوپلزی), folded; not a
 * Persian family name that ends in زی after a vowel letter (عزیزی, فیروزی, نوروزی).
 */
function isTribalName(word: string): boolean {
  const stem = word.endsWith('زاي') ? word.slice(0, -3) : word.endsWith('زي') ? word.slice(0, -2) : '';
  return stem.length >= 3 && !'اويى'.includes(stem.charAt(stem.length - 1));
}

export function shorterWeight(words: readonly string[], missing: readonly number[]): number {
  let w = 0;
  words.forEach((t, i) => {
    if (!missing.includes(i)) w += spellingWeight(t);
  });
  return w;
}
