// Fifth pass: people, found by their context — a title or role before the name, a verb of saying next to it, a known
// given name, a surname's form — with the run of words that makes up the name.
import { ORDINAL_SUFFIXES } from '../../extract/number-labels.js';
import { isOrdinaryWord, isPersianVerbForm } from './ordinary-words.js';
import {
  Finder,
  type NameCue,
  QUOTES,
  SEPARATORS,
  SENTENCE_ENDS,
  MAX_NAME_WORDS,
  MAX_TITLE_COMPLEMENT,
  MAX_TITLE_REACH,
  MAX_SUBJECT_REACH,
  SIMPLE_PERSIAN_SPEECH,
} from './finder.js';
import { elementAt } from '../../contract/element-at.js';
import {
  endsPhrase,
  hasOwnEvidence,
  hasSurnameForm,
  isFutureVerb,
  isImperfectVerb,
  isOrganizationHead,
  nisbaName,
  surnameWord,
} from './person-words.js';

/** The words of a person's name starting at i, or undefined when none starts there. */
function nameRun(finder: Finder, i: number): { first: number; last: number } | undefined {
  const words = finder.words;
  let last: number;
  let given = false;
  const compound = finder.compoundAt(i);
  if (compound > 0) {
    last = i + compound - 1;
    given = true;
  } else if (finder.isGivenName(i)) {
    last = i;
    given = true;
  } else if (
    finder.isParticle(i) &&
    finder.isWord(i + 1) &&
    !elementAt(words, i + 1).newLine &&
    !finder.owner[i + 1] &&
    (finder.nameCapable(i + 1) || finder.isGivenName(i + 1))
  ) {
    // عبد الفتاح, أبو بكر: a particle and the word after it make a given name.
    last = i + 1;
    given = true;
  } else if (finder.nameCapable(i)) last = i;
  else return undefined;
  const joins = (j: number): boolean => finder.isWord(j) && !elementAt(words, j).newLine;
  let surnameSlot = given;
  // A given name that is also a word (حسن, نور, عمر) is a name only before a word that is no word itself.
  const ambiguous = given && compound === 0 && finder.isOrdinary(i);
  while (last - i + 1 < MAX_NAME_WORDS) {
    const j = last + 1;
    if (!joins(j)) break;
    // سراج الدين, نصر الله: الدين and الله end a name part though they carry the article.
    if (finder.v.nameSuffixes.has(elementAt(words, j).key) && !finder.owner[j]) {
      last = j;
      continue;
    }
    // A word with the conjunction و starts the next item of a list (محمد بن زايد وبوتين).
    if (finder.language === 'ar' && elementAt(words, j).key.startsWith('و') && !finder.isGivenName(j)) break;
    const next = compound > 0 || finder.isGivenName(j) ? 0 : finder.compoundAt(j);
    if (next > 0) {
      last = j + next - 1;
      continue;
    }
    if (finder.isParticle(j) && joins(j + 1)) {
      // فون دير لاين, فون در لاین: a second particle may follow the first.
      const second = joins(j + 2) && (finder.isParticle(j + 1) || finder.v.secondParticles.has(elementAt(words, j + 1).key)) ? 1 : 0;
      const k = j + 1 + second;
      if (joins(k) && (finder.nameCapable(k) || finder.isGivenName(k) || surnameWord(finder, k, ambiguous))) {
        last = k;
        surnameSlot = false;
        continue;
      }
    }
    if (
      finder.nameCapable(j, !ambiguous && finder.isGivenName(j - 1)) &&
      !endsPhrase(finder, j) &&
      !(ambiguous && isImperfectVerb(finder, j))
    ) {
      last = j;
      surnameSlot = false;
      continue;
    }
    // After a given name, a family name in the form of a nisba even if it is also a word (محمد أكرم نظري).
    if (!ambiguous && finder.isGivenName(j - 1) && nisbaName(finder, j)) {
      last = j;
      break;
    }
    // After a given name, one more word is its surname even if it is also a word (إمام علي رحمن).
    if (surnameSlot && surnameWord(finder, j, ambiguous) && !isFutureVerb(finder, j)) {
      last = j;
      surnameSlot = false;
      continue;
    }
    // A name that starts with a given name may end in a family name with the article (محمد شياع السوداني).
    if (given && finder.language === 'ar' && finder.isDefinite(j) && surnameWord(finder, j, ambiguous) && !finder.isCommonAt(j)) {
      last = j;
      break;
    }
    break;
  }
  return { first: i, last };
}

/** Whether a given name at i starts a name: a name of God that is also an adjective (باطن اليد) only before another given name. */
function startsName(finder: Finder, i: number): boolean {
  if (joinsIntoWord(finder, i) || afterVerbParticle(finder, i) || isOrdinalEnding(finder, i)) return false;
  return !finder.v.theophoricNames.has(elementAt(finder.words, i).key) || finder.isGivenName(i + 1) || finder.compoundAt(i + 1) > 0;
}

/** Arabic: whether the word before i is one a verb follows (الدولة التي نشأت, قد أكرم), so i is a verb, not a given name. */
function afterVerbParticle(finder: Finder, i: number): boolean {
  const before = finder.words[i - 1];
  return !!before && before.kind === 'word' && !elementAt(finder.words, i).newLine && finder.v.verbParticles.has(before.key);
}

/**
 * Persian: whether word i is the ending of an ordinal written apart from its figure (47 امین, ۱۲ مین, ۴۷امین):
 * امین is a given name too, but not after a number.
 */
function isOrdinalEnding(finder: Finder, i: number): boolean {
  const before = finder.words[i - 1];
  return (
    finder.language === 'fa' &&
    !!before &&
    before.kind === 'other' &&
    /^[0-9]+$/u.test(before.char) &&
    ORDINAL_SUFFIXES.has(elementAt(finder.words, i).key)
  );
}

/**
 * Whether a Persian given name and the word after it are one word of the lexicon written apart, as Persian
 * often writes a compound with a space for its zero-width joiner (روان پریشی, psychosis; not Rowan Parishi).
 */
function joinsIntoWord(finder: Finder, i: number): boolean {
  const next = finder.words[i + 1];
  if (finder.language !== 'fa' || !next || next.kind !== 'word' || next.newLine) return false;
  return isOrdinaryWord(elementAt(finder.words, i).key + next.key, 'fa');
}

function person(finder: Finder, run: { first: number; last: number }, cue: NameCue): void {
  // A word of two letters alone is a particle or a glide written apart (Dari جاده یی), not a name.
  if (run.first === run.last && elementAt(finder.words, run.first).key.length <= 2 && !hasOwnEvidence(finder, run)) return;
  finder.add({ first: run.first, last: run.last, prefix: 0, type: 'person', cue });
}

export function findPersons(finder: Finder): void {
  const words = finder.words;
  for (let i = 0; i < words.length; i++) {
    const w = elementAt(words, i);
    if (w.kind !== 'word' || finder.owner[i]) continue;
    if (finder.isTitle(i)) {
      const run = afterTitle(finder, i);
      if (run) {
        person(finder, run, 'title');
        i = run.last;
      } else if (finder.language === 'fa') nameBeforeTitle(finder, i);
      continue;
    }
    if (finder.language === 'ar' && finder.isSpeechVerb(i)) {
      const run = finder.isTitle(i + 1) ? undefined : nameRun(finder, i + 1);
      if (run && !elementAt(words, i + 1).newLine && endsSubject(finder, run)) {
        person(finder, run, 'speech-verb');
        i = run.last;
      }
      continue;
    }
    if (finder.language === 'fa' && finder.isSpeechVerb(i)) {
      if (saysHere(finder, i)) nameBeforeVerb(finder, i);
      continue;
    }
    if (finder.compoundAt(i) > 0 || (finder.isGivenName(i) && !finder.isCommonAt(i) && startsName(finder, i))) {
      const run = nameRun(finder, i);
      if (run && run.last > run.first) {
        person(finder, run, 'given-name');
        i = run.last;
      }
      continue;
    }
    if (finder.nameCapable(i) && hasSurnameForm(finder, i)) {
      const run = nameRun(finder, i) as { first: number; last: number };
      // Persian: an unknown given name before the surname belongs to it (ولودیمیر زلنسکی). Not in Arabic,
      // where the word before a subject is most often its verb (يرأس ميرضيائيف).
      let first = run.first;
      while (
        finder.language === 'fa' &&
        first > 0 &&
        run.first - first < 2 &&
        !elementAt(words, first).newLine &&
        finder.nameCapable(first - 1) &&
        !finder.isCommonAt(first - 1)
      )
        first--;
      person(finder, { first, last: run.last }, 'surname-form');
      i = run.last;
    }
  }
}

/**
 * Whether a run after an Arabic verb of saying reads as its subject: it has a name's own evidence (a
 * given name, a surname's form, Persian letters), or what follows closes it — punctuation, a function
 * word (على, إن, في), the end of the text. A noun after the verb (يؤكد تسلل عملاء الموساد) is followed
 * by more of its phrase.
 */
function endsSubject(finder: Finder, run: { first: number; last: number }): boolean {
  if (finder.isGivenName(run.first) || finder.compoundAt(run.first) > 0) return true;
  for (let k = run.first; k <= run.last; k++) if (hasSurnameForm(finder, k)) return true;
  const after = finder.words[run.last + 1];
  if (!after || after.newLine || after.kind === 'punctuation') return true;
  if (after.kind !== 'word') return false;
  // A preposition with the article opens a phrase after the subject: وصرح غروسي للصحفيين.
  if (/^(?:لل|بال|كال)/u.test(after.key)) return true;
  return after.maksura || finder.stemsAt(run.last + 1).some((s) => finder.v.stopwords.has(s.stem));
}

/** The name after a title and its complements: وزير الدفاع الروسي، أندريه بيلوسوف. */
function afterTitle(finder: Finder, i: number): { first: number; last: number } | undefined {
  const words = finder.words;
  let skipped = 0;
  // Ordinary words skipped on the way (not places, organisations or words of office): after two of them the
  // title governs a phrase (مدیر مؤسسه ملی X, مدیر مراکز کنترول), and only a name by its own evidence is taken.
  let ordinary = 0;
  for (let j = i + 1; j < words.length && skipped <= MAX_TITLE_COMPLEMENT && j - i <= MAX_TITLE_REACH; j++) {
    const w = elementAt(words, j);
    if (w.newLine) return undefined;
    if (w.kind === 'punctuation') {
      if (SEPARATORS.has(w.char)) continue;
      return undefined;
    }
    if (w.kind !== 'word') return undefined;
    const owner = finder.owner[j];
    if (owner) {
      if (owner.type === 'person') return undefined;
      j = owner.last;
      skipped++;
      continue;
    }
    // A word that is a title and a given name (سردار, أمير) is a given name when a name follows it.
    if (finder.isTitle(j) && !(finder.isGivenName(j) && (finder.nameCapable(j + 1) || finder.isGivenName(j + 1)))) continue;
    if (finder.language === 'fa' && finder.v.titleComplements.has(w.key) && !finder.isGivenName(j)) {
      skipped++;
      continue;
    }
    // Persian: a title's complement is a place, an organisation, an adjective or a few words of office
    // (وزیر امور خارجه روسیه); anything else after it is the sentence going on.
    if (finder.language === 'fa' && !(finder.compoundAt(j) > 0 || finder.isGivenName(j) || finder.nameCapable(j))) {
      // Words of office the lexicon knows (رئیس جمهور, مدیر اجرایی, مشاور ارشد) belong to the title; a verb
      // or a function word ends it.
      if (finder.isSpeechVerb(j) || finder.v.stopwords.has(w.key)) return undefined;
      if (!finder.v.titleComplements.has(w.key) && !finder.isOrdinary(j)) return undefined;
      // A word of a phrase of the lexicon (جمهور of رئیس جمهور) is part of the title, not a word governed by it.
      if (!finder.v.titleComplements.has(w.key) && finder.lexicon[j] !== 4) ordinary++;
      skipped++;
      continue;
    }
    if (finder.compoundAt(j) > 0 || finder.isGivenName(j) || finder.nameCapable(j)) {
      const run = nameRun(finder, j);
      if (!run) return undefined;
      // The name right after a company or an agency is the body's (مدير شركة نيشن وايد), not a person's.
      if (isOrganizationHead(finder, j - 1)) return undefined;
      // Arabic: unknown words after the title followed by a definite word are a construct (سائقي الشاحنات), not a name.
      const unknownStart = !finder.isGivenName(j) && finder.compoundAt(j) === 0;
      const after = words[run.last + 1];
      if (
        finder.language === 'ar' &&
        unknownStart &&
        after?.kind === 'word' &&
        !after.newLine &&
        finder.isDefinite(run.last + 1) &&
        !finder.adjective[run.last + 1]
      ) {
        return undefined;
      }
      // Persian, where a title heads a chain of genitives: a run with no evidence of its own must end where a
      // name would (مدیر پروژه X گفت, not مدیر کنترول پروژه), with no ordinary word between it and its title
      // but the words of office (مشاور مکالمات طبیعت is a field, not a name).
      if (finder.language === 'ar' && ordinary < 2) return run;
      return hasOwnEvidence(finder, run) || (ordinary === 0 && closedAfter(finder, run)) ? run : undefined;
    }
    // A function word ends the title's reach; an adjective with the article that the stopwords also hold
    // (السابق, الحالي) qualifies the title: الرئيس السابق X.
    const definiteAdjective = finder.language === 'ar' && w.key.startsWith('ال') && w.key.length >= 5;
    if (finder.isSpeechVerb(j) || (!definiteAdjective && finder.stemsAt(j).some((s) => finder.v.stopwords.has(s.stem)))) return undefined;
    if (!finder.adjective[j]) ordinary++;
    skipped++;
  }
  return undefined;
}

/**
 * Whether what follows a run closes it as a name does: the end of the text, a line break, punctuation, a
 * function word, a verb of saying, a title, another name or an adjective of a place, or (Arabic) a
 * preposition with the article (وصرح غروسي للصحفيين).
 */
function closedAfter(finder: Finder, run: { first: number; last: number }): boolean {
  const k = run.last + 1;
  const after = finder.words[k];
  if (!after || after.newLine || after.kind === 'punctuation') return true;
  if (after.kind !== 'word') return false;
  if (finder.owner[k] || finder.adjective[k] || after.maksura || finder.isSpeechVerb(k) || finder.isTitle(k)) return true;
  if (finder.language === 'ar' && /^(?:لل|بال|كال)/u.test(after.key)) return true;
  return finder.stemsAt(k).some((s) => finder.v.stopwords.has(s.stem));
}

/** Whether word i opens a clause: the text's or a line's start, punctuation or a function word before it. */
function opensClause(finder: Finder, i: number): boolean {
  const before = finder.words[i - 1];
  if (!before || elementAt(finder.words, i).newLine || before.kind === 'punctuation') return true;
  return before.kind === 'word' && finder.v.stopwords.has(before.key);
}

/**
 * Persian: whether the verb of saying at i says something here: a simple verb (گفت, افزود), or the
 * noun of a compound one with its light verb after it (هشدار داد, تاکید کرد) — not the noun alone
 * (زنگ هشدار).
 */
function saysHere(finder: Finder, i: number): boolean {
  const key = elementAt(finder.words, i).key;
  if (isPersianVerbForm(key) || SIMPLE_PERSIAN_SPEECH.has(key)) return true;
  const next = finder.words[i + 1];
  return !!next && next.kind === 'word' && !next.newLine && isPersianVerbForm(next.key);
}

/**
 * Persian: the subject of a verb of saying opens its sentence (تاسماگامبتوف با اشاره به … افزود,
 * ولادیمیر پوتین گفت): a name run at the start of the sentence, if there is one.
 */
function nameBeforeVerb(finder: Finder, verb: number): void {
  let start = verb;
  while (start > 0 && verb - start < MAX_SUBJECT_REACH) {
    const w = elementAt(finder.words, start - 1);
    if (w.kind === 'punctuation' && SENTENCE_ENDS.has(w.char)) break;
    if (elementAt(finder.words, start).newLine) break;
    start--;
  }
  if (start >= verb || finder.owner[start]) return;
  const run = nameRun(finder, start);
  if (run && run.last < verb && closesName(finder, run)) person(finder, run, 'speech-verb');
}

/** Persian: the name before a title in apposition (سرگئی لاوروف، وزیر امور خارجه روسیه، / دیمیتری پسکوف سخنگوی کرملین). */
function nameBeforeTitle(finder: Finder, title: number): void {
  let end = title - 1;
  // A word closing a quotation before the title («معذب» خانم X) is the quotation's, not a name in apposition.
  const quoted = finder.words[end]?.kind === 'punctuation' && QUOTES.has(elementAt(finder.words, end).char);
  if (finder.words[end]?.kind === 'punctuation' && SEPARATORS.has(elementAt(finder.words, end).char)) end--;
  if (end < 0 || !(finder.nameCapable(end) || finder.isGivenName(end)) || elementAt(finder.words, title).newLine) return;
  let first = end;
  while (
    first > 0 &&
    end - first + 1 < MAX_NAME_WORDS &&
    (finder.nameCapable(first - 1) || finder.isGivenName(first - 1)) &&
    !elementAt(finder.words, first).newLine
  )
    first--;
  const run = nameRun(finder, first);
  // Without evidence of its own, the name opens its clause: at the start, after punctuation or a function
  // word (با پسکوف، سخنگوی کرملین), not after a noun (گزارش خبری آنلاین، مدیر) or a number (۲۵ مارج، رئیس).
  if (run && run.last === end && (hasOwnEvidence(finder, run) || (!quoted && opensClause(finder, run.first)))) person(finder, run, 'title');
}

/** Whether the word after a Persian name run ends the subject: a preposition, a verb, a comma, a title. */
function closesName(finder: Finder, run: { first: number; last: number }): boolean {
  if (finder.isGivenName(run.first) || finder.compoundAt(run.first) > 0 || hasSurnameForm(finder, run.last)) return true;
  const after = finder.words[run.last + 1];
  if (!after || after.kind === 'punctuation') return true;
  return after.kind === 'word' && (finder.v.stopwords.has(after.key) || finder.isSpeechVerb(run.last + 1) || finder.isTitle(run.last + 1));
}

// ——— the same names again ———
