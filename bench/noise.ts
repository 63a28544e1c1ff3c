/**
 * What a reviewer sees, on professional translations the project was not written with: compare() on every
 * clean document pair of `../shared/data/ntrex-dev` and `../shared/data/tico19-dev` (Arabic against Iranian
 * Persian and against Dari), and on copies with one discrepancy planted on either side.
 *
 * - Clean pairs: conflicts and warnings per 50 beads (targets ≤ 0.5 and ≤ 2), with the rules that raise them.
 * - Planted, each on side a for one document and side b for the next: a number changed (its last digit), a month
 *   moved (Gregorian, or Solar Hijri when the side writes one), a country swapped for another, a person swapped
 *   for another, a person respelled into a different person (one consonant of another sound), one sentence
 *   dropped. A plant counts as caught when a warning or a conflict covers the planted words (for a dropped
 *   sentence: an omission covering its counterpart). Target: ≥ 0.95 for every kind.
 *
 * Each plant is made only where the fact is in both line-aligned translations (the number with the same value
 * in the counterpart line, the country or person named there too), so that a plant is a real discrepancy. The
 * documents are compared as `../shared/eval/noise_eval.mjs` does: lines trimmed and joined with newlines, no
 * language and no publication date given.
 *
 *   npx tsx bench/noise.ts [--data ntrex|tico] [--target fas|prs] [--docs N] [--kinds number,month,…] [--show]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare, compareNames, extractDates, extractNumbers, findNames, type ComparisonReport, type Finding } from '../src/index.js';
import { SHARED } from './corpus.js';

type Side = 'a' | 'b';
type Target = 'fas' | 'prs';
const KINDS = ['number', 'month', 'country', 'person', 'respelled', 'dropped'] as const;
type PlantKind = (typeof KINDS)[number];
const DATA_SETS = { ntrex: 'ntrex-dev', tico: 'tico19-dev' } as const;
type DataSet = keyof typeof DATA_SETS;

interface Doc {
  readonly id: string;
  readonly a: readonly string[];
  readonly b: readonly string[];
}

/** A planted copy: the changed text of one side, where the change is, and where its counterpart is. */
interface Plant {
  readonly kind: PlantKind;
  readonly side: Side;
  readonly text: string;
  /** The planted words (on `side`), or for a dropped sentence its counterpart (on the other side). */
  readonly start: number;
  readonly end: number;
  readonly what: string;
}

function readDocs(set: DataSet, target: Target): Doc[] {
  const dir = join(SHARED, 'data', DATA_SETS[set]);
  const read = (f: string): string[] => readFileSync(join(dir, f), 'utf8').replace(/\r/g, '').replace(/\n$/, '').split('\n');
  const ids = read('docs.tsv');
  const a = read('arb.txt');
  const b = read(`${target}.txt`);
  const docs: { id: string; a: string[]; b: string[] }[] = [];
  ids.forEach((id, i) => {
    let d = docs[docs.length - 1];
    if (!d || d.id !== id) docs.push((d = { id, a: [], b: [] }));
    d.a.push((a[i] ?? '').trim());
    d.b.push((b[i] ?? '').trim());
  });
  return docs;
}

const join_ = (lines: readonly string[]): string => lines.join('\n');
const lineStart = (lines: readonly string[], i: number): number => lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
const languageOf = (side: Side, target: Target): 'ar' | 'fa' => (side === 'a' ? 'ar' : target === 'prs' ? 'fa' : 'fa');
const other = (side: Side): Side => (side === 'a' ? 'b' : 'a');

/** Lines in an order that starts somewhere different for each document, so plants do not all sit at the top. */
function rotated(n: number, seed: number): number[] {
  const start = n ? (seed * 7) % n : 0;
  return Array.from({ length: n }, (_, k) => (start + k) % n);
}

function replaceIn(lines: readonly string[], i: number, from: number, to: number, by: string): { text: string; start: number; end: number } {
  const line = lines[i] as string;
  const changed = lines.map((l, k) => (k === i ? line.slice(0, from) + by + line.slice(to) : l));
  const at = lineStart(lines, i) + from;
  return { text: join_(changed), start: at, end: at + by.length };
}

// ── numbers ────────────────────────────────────────────────────────────────────────────────────────────────
const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

function plantNumber(doc: Doc, side: Side, target: Target, seed: number): Plant | undefined {
  const lines = doc[side];
  const others = doc[other(side)];
  for (const i of rotated(lines.length, seed)) {
    const here = extractNumbers(lines[i] as string, { language: languageOf(side, target) });
    const there = new Set(extractNumbers(others[i] as string, { language: languageOf(other(side), target) }).map((n) => n.value));
    const n = here.find((m) => m.form === 'digits' && /^\d+$/.test(m.value) && Number(m.value) > 2 && !(Number(m.value) >= 1900 && Number(m.value) <= 2100) && there.has(m.value));
    if (!n) continue;
    // The last digit changes, so that the number keeps its grouping and its digit script.
    let last = -1;
    for (let k = n.text.length - 1; k >= 0 && last < 0; k--) if (/[0-9۰-۹٠-٩]/.test(n.text[k] as string)) last = k;
    const old = n.text[last] as string;
    const value = /[0-9]/.test(old) ? Number(old) : Math.max(PERSIAN_DIGITS.indexOf(old), ARABIC_DIGITS.indexOf(old));
    const digit = (value + 7) % 10;
    const by = /[۰-۹]/.test(old) ? (PERSIAN_DIGITS[digit] as string) : /[٠-٩]/.test(old) ? (ARABIC_DIGITS[digit] as string) : String(digit);
    const r = replaceIn(lines, i, n.start + last, n.start + last + 1, by);
    return { kind: 'number', side, text: r.text, start: lineStart(lines, i) + n.start, end: lineStart(lines, i) + n.end, what: `${n.text} → last digit ${by}` };
  }
  return undefined;
}

// ── months ─────────────────────────────────────────────────────────────────────────────────────────────────
/** Month names as ICU writes them, one list per naming system, longest names first when matching. */
function monthLists(language: 'ar' | 'fa'): { calendar: string; names: string[] }[] {
  const locales =
    language === 'ar'
      ? [['ar-EG', 'gregory'], ['ar-SY', 'gregory'], ['ar-SA', 'islamic-umalqura']]
      : [['fa-IR', 'gregory'], ['fa-AF', 'gregory'], ['fa-IR', 'persian'], ['fa-AF', 'persian']];
  return locales.map(([locale, calendar]) => {
    const f = new Intl.DateTimeFormat(`${locale}-u-ca-${calendar}`, { month: 'long', timeZone: 'UTC' });
    const names: string[] = [];
    // Mid-month days of one year of that calendar, read month by month.
    for (let d = Date.UTC(2020, 0, 15); names.length < 12 && d < Date.UTC(2022, 0, 1); d += 86400000) {
      const name = f.format(d);
      if (!names.includes(name)) names.push(name);
    }
    return { calendar: calendar as string, names };
  });
}

function plantMonth(doc: Doc, side: Side, target: Target, seed: number): Plant | undefined {
  const language = languageOf(side, target);
  const lists = monthLists(language);
  const lines = doc[side];
  const others = doc[other(side)];
  for (const i of rotated(lines.length, seed)) {
    const there = extractDates(others[i] as string, { language: languageOf(other(side), target) }).filter((d) => d.fields.month !== undefined);
    if (!there.length) continue;
    for (const d of extractDates(lines[i] as string, { language })) {
      if (d.fields.month === undefined) continue;
      for (const { calendar, names } of lists) {
        const byLength = [...names].sort((x, y) => y.length - x.length);
        const name = byLength.find((m) => d.text.includes(m));
        if (!name) continue;
        const k = names.indexOf(name);
        const by = names[(k + 5) % 12] as string;
        const at = d.start + d.text.indexOf(name);
        const r = replaceIn(lines, i, at, at + name.length, by);
        return { kind: 'month', side, text: r.text, start: r.start, end: r.end, what: `${name} → ${by} (${calendar})` };
      }
    }
  }
  return undefined;
}

// ── countries ──────────────────────────────────────────────────────────────────────────────────────────────
const COUNTRY_CODES = ['FR', 'DE', 'IT', 'ES', 'CN', 'JP', 'IN', 'BR', 'GB', 'RU', 'TR', 'EG', 'IQ', 'SY', 'PK', 'AF', 'IR', 'CA', 'AU', 'MX', 'NG', 'KE', 'ZA', 'AR', 'GR', 'SE', 'NO', 'PL', 'UA', 'VN', 'TH', 'ID', 'US', 'SA', 'IL', 'KR', 'NL', 'CH', 'LB', 'JO'];
// Names newsrooms use beside CLDR's, for the counterpart check only.
const EXTRA: Record<'ar' | 'fa', Record<string, string[]>> = {
  ar: { US: ['أمريكا', 'أميركا', 'الولايات المتحدة'], GB: ['بريطانيا', 'المملكة المتحدة'] },
  fa: { US: ['آمریکا', 'امریکا', 'ایالات متحده'], GB: ['انگلیس', 'بریتانیا', 'انگلستان'], DE: ['جرمنی'], FR: ['فرانسه'] },
};
const SWAPS: Record<'ar' | 'fa', string[]> = {
  ar: ['بلجيكا', 'البرتغال', 'النمسا', 'الدنمارك', 'فنلندا', 'المجر', 'رومانيا', 'بلغاريا'],
  fa: ['بلژیک', 'پرتغال', 'اتریش', 'دانمارک', 'فنلاند', 'مجارستان', 'رومانی', 'بلغارستان'],
};

function countryNames(language: 'ar' | 'fa', target: Target): Map<string, string[]> {
  const locales = language === 'ar' ? ['ar'] : target === 'prs' ? ['fa-AF', 'fa'] : ['fa'];
  const out = new Map<string, string[]>();
  for (const code of COUNTRY_CODES) {
    const names = new Set(locales.map((l) => new Intl.DisplayNames([l], { type: 'region' }).of(code) as string));
    for (const e of EXTRA[language][code] ?? []) names.add(e);
    out.set(code, [...names]);
  }
  return out;
}

const CLITICS = { ar: '(?:و|ف|ب|ل)?', fa: '' };
const wordAt = (name: string, language: 'ar' | 'fa'): RegExp =>
  new RegExp(`(?<=^|[\\s«"(\u200c])${CLITICS[language]}(${name})(?=[\\s.,،؛:»")]|$)`, 'u');

function plantCountry(doc: Doc, side: Side, target: Target, seed: number): Plant | undefined {
  const language = languageOf(side, target);
  const otherLanguage = languageOf(other(side), target);
  const here = countryNames(language, target);
  const there = countryNames(otherLanguage, target);
  const lines = doc[side];
  const others = doc[other(side)];
  const pairText = join_(doc.a) + join_(doc.b);
  const swap = SWAPS[language].filter((s) => !pairText.includes(s.replace(/^ال/, '')));
  if (!swap.length) return undefined;
  for (const i of rotated(lines.length, seed)) {
    for (const [code, names] of here) {
      const counterpart = (there.get(code) ?? []).some((n) => (others[i] as string).includes(n.replace(/^ال/, '')));
      if (!counterpart) continue;
      for (const name of names) {
        const m = wordAt(name, language).exec(lines[i] as string);
        if (!m || m.index === undefined) continue;
        const to = m.index + m[0].length;
        let from = to - name.length;
        let by = swap[seed % swap.length] as string;
        // ل before the article is written لل: لبريطانيا becomes للنمسا, not لالنمسا.
        if (language === 'ar' && by.startsWith('ال') && from > m.index && (lines[i] as string)[from - 1] === 'ل') {
          from -= 1;
          by = 'لل' + by.slice(2);
        }
        const r = replaceIn(lines, i, from, to, by);
        return { kind: 'country', side, text: r.text, start: r.start, end: r.end, what: `${name} → ${by}` };
      }
    }
  }
  return undefined;
}

// ── persons ────────────────────────────────────────────────────────────────────────────────────────────────
// Well-known people, in each language's usual spelling, none of them likely in a 2019 news or health text.
const PERSONS: Record<'ar' | 'fa', { full: string; surname: string }[]> = {
  ar: [
    { full: 'جاسيندا أرديرن', surname: 'أرديرن' },
    { full: 'ستيفان لوفين', surname: 'لوفين' },
    { full: 'أندريه بلينكوف', surname: 'بلينكوف' },
    { full: 'ماتيو رينزي', surname: 'رينزي' },
  ],
  fa: [
    { full: 'جاسیندا آردرن', surname: 'آردرن' },
    { full: 'استفان لوفون', surname: 'لوفون' },
    { full: 'آندری بلینکوف', surname: 'بلینکوف' },
    { full: 'ماتئو رنتزی', surname: 'رنتزی' },
  ],
};

/** A person named in line `i` of `side` whose counterpart line names the same person. */
function sharedPerson(doc: Doc, side: Side, target: Target, i: number): { start: number; end: number; text: string } | undefined {
  const here = findNames(doc[side][i] as string, { language: languageOf(side, target) }).filter((n) => n.type === 'person');
  if (!here.length) return undefined;
  const there = findNames(doc[other(side)][i] as string, { language: languageOf(other(side), target) }).filter((n) => n.type === 'person');
  return here.find((p) => there.some((q) => compareNames(p.text, q.text).same));
}

function plantPerson(doc: Doc, side: Side, target: Target, seed: number): Plant | undefined {
  const lines = doc[side];
  const pairText = join_(doc.a) + join_(doc.b);
  for (const i of rotated(lines.length, seed)) {
    const p = sharedPerson(doc, side, target, i);
    if (!p) continue;
    const choices = PERSONS[languageOf(side, target)].filter((x) => !pairText.includes(x.surname));
    const choice = choices[seed % choices.length];
    if (!choice) return undefined;
    const by = p.text.includes(' ') ? choice.full : choice.surname;
    const r = replaceIn(lines, i, p.start, p.end, by);
    return { kind: 'person', side, text: r.text, start: r.start, end: r.end, what: `${p.text} → ${by}` };
  }
  return undefined;
}

// One consonant for another of a different sound, which no transliteration convention writes for it.
const RESPELL: Record<string, string> = {
  ب: 'ک', پ: 'ن', ت: 'م', د: 'ن', ر: 'م', ز: 'ک', س: 'ک', ش: 'ن', ف: 'ر', ک: 'ت', ك: 'ت', گ: 'ن', ل: 'ن', م: 'ر', ن: 'ل', ه: 'ر', ح: 'ن', خ: 'ر', ج: 'ن',
};

function plantRespelled(doc: Doc, side: Side, target: Target, seed: number): Plant | undefined {
  const lines = doc[side];
  for (const i of rotated(lines.length, seed)) {
    const p = sharedPerson(doc, side, target, i);
    if (!p) continue;
    // The longest word of the name; its consonant nearest the middle, neither first nor last.
    const words = p.text.split(' ');
    const word = words.reduce((x, y) => (y.length > x.length ? y : x));
    const wordAt = p.start + p.text.indexOf(word);
    const mid = Math.floor(word.length / 2);
    const order = Array.from({ length: word.length - 2 }, (_, k) => k + 1).sort((x, y) => Math.abs(x - mid) - Math.abs(y - mid));
    const k = order.find((j) => RESPELL[word[j] as string] !== undefined && RESPELL[word[j] as string] !== word[j + 1] && RESPELL[word[j] as string] !== word[j - 1]);
    if (k === undefined) continue;
    const by = RESPELL[word[k] as string] as string;
    const r = replaceIn(lines, i, wordAt + k, wordAt + k + 1, by);
    const respelled = word.slice(0, k) + by + word.slice(k + 1);
    return { kind: 'respelled', side, text: r.text, start: lineStart(lines, i) + wordAt, end: lineStart(lines, i) + wordAt + word.length, what: `${word} → ${respelled}` };
  }
  return undefined;
}

// ── a dropped sentence ─────────────────────────────────────────────────────────────────────────────────────
function plantDropped(doc: Doc, side: Side, _target: Target, seed: number): Plant | undefined {
  const lines = doc[side];
  const others = doc[other(side)];
  const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
  const candidates = rotated(lines.length, seed).filter((i) => i >= 1 && i < lines.length - 1 && words(lines[i] as string) >= 8 && words(others[i] as string) >= 8);
  const i = candidates[0];
  if (i === undefined) return undefined;
  const start = lineStart(others, i);
  return { kind: 'dropped', side, text: join_(lines.filter((_, k) => k !== i)), start, end: start + (others[i] as string).length, what: `line ${i + 1} dropped` };
}

const PLANTERS: Record<PlantKind, (doc: Doc, side: Side, target: Target, seed: number) => Plant | undefined> = {
  number: plantNumber,
  month: plantMonth,
  country: plantCountry,
  person: plantPerson,
  respelled: plantRespelled,
  dropped: plantDropped,
};

const high = (f: Finding): boolean => f.severity === 'warning' || f.severity === 'conflict';

function caught(report: ComparisonReport, plant: Plant): boolean {
  const where: Side = plant.kind === 'dropped' ? other(plant.side) : plant.side;
  return report.findings.some((f) => {
    if (!high(f) || (plant.kind === 'dropped' && f.kind !== 'omission')) return false;
    const loc = f[where];
    return loc !== undefined && loc.start < plant.end && plant.start < loc.end;
  });
}

export interface NoiseFigures {
  readonly label: string;
  readonly documents: number;
  readonly beads: number;
  readonly conflicts: number;
  readonly warnings: number;
  readonly byRule: Map<string, number>;
  readonly planted: Record<PlantKind, { hit: number; total: number }>;
}

export interface NoiseOptions {
  readonly docs?: number;
  readonly kinds?: readonly PlantKind[];
  readonly show?: boolean;
  readonly log?: (line: string) => void;
}

/** Runs the benchmark on one data set and one Persian variety. */
export function measureNoise(set: DataSet, target: Target, options: NoiseOptions = {}): NoiseFigures {
  const log = options.log ?? ((line: string) => { console.log(line); });
  const docs = readDocs(set, target).slice(0, options.docs ?? Infinity);
  const kinds = options.kinds ?? KINDS;
  const figures: NoiseFigures = {
    label: `${DATA_SETS[set]} arb–${target}`,
    documents: docs.length,
    beads: 0,
    conflicts: 0,
    warnings: 0,
    byRule: new Map(),
    planted: Object.fromEntries(KINDS.map((k) => [k, { hit: 0, total: 0 }])) as NoiseFigures['planted'],
  };
  const counts = figures as { beads: number; conflicts: number; warnings: number };
  docs.forEach((doc, d) => {
    const a = join_(doc.a);
    const b = join_(doc.b);
    const clean = compare(a, b);
    counts.beads += clean.alignment.beads.length;
    for (const f of clean.findings.filter(high)) {
      if (f.severity === 'conflict') counts.conflicts++;
      else counts.warnings++;
      const key = `${f.severity} ${f.rule}`;
      figures.byRule.set(key, (figures.byRule.get(key) ?? 0) + 1);
      if (options.show) log(`CLEAN ${doc.id} ${key}: ${f.message}`);
    }
    kinds.forEach((kind, k) => {
      const side: Side = (d + k) % 2 === 0 ? 'b' : 'a';
      const plant = PLANTERS[kind](doc, side, target, d);
      if (!plant) return;
      const report = side === 'a' ? compare(plant.text, b) : compare(a, plant.text);
      const hit = caught(report, plant);
      figures.planted[kind].total++;
      if (hit) figures.planted[kind].hit++;
      else if (options.show) {
        const where = plant.kind === 'dropped' ? other(plant.side) : plant.side;
        const text = plant.kind === 'dropped' ? (where === 'a' ? a : b) : plant.text;
        log(`MISSED ${kind} in ${side} ${doc.id}: ${plant.what}: …${text.slice(Math.max(0, plant.start - 40), plant.end + 40).replace(/\n/g, ' ')}…`);
        for (const f of report.findings.filter((x) => x[where] && (x[where] as { start: number }).start < plant.end + 200 && plant.start - 200 < (x[where] as { end: number }).end)) {
          log(`    ${f.severity} ${f.rule}: ${f.message}`);
        }
      }
    });
  });
  return figures;
}

const per50 = (n: number, beads: number): string => ((50 * n) / Math.max(1, beads)).toFixed(2);
const share = ({ hit, total }: { hit: number; total: number }): string => (total ? `${(hit / total).toFixed(3)} (${hit}/${total})` : 'n/a');

/** The figures as lines: one per data set with its targets checked, then the rules behind the clean alarms. */
export function describeNoise(f: NoiseFigures): string[] {
  const conflicts = (50 * f.conflicts) / Math.max(1, f.beads);
  const warnings = (50 * f.warnings) / Math.max(1, f.beads);
  const mark = (ok: boolean): string => (ok ? '' : ' ✗');
  const lines = [
    `${f.label}: ${f.documents} documents, ${f.beads} beads; clean conflicts ${per50(f.conflicts, f.beads)}${mark(conflicts <= 0.5)} and warnings ${per50(f.warnings, f.beads)}${mark(warnings <= 2)} per 50 beads`,
    `  planted, caught at warning or conflict: ${KINDS.map((k) => {
      const p = f.planted[k];
      return `${k} ${share(p)}${p.total && p.hit / p.total < 0.95 ? ' ✗' : ''}`;
    }).join('; ')}`,
  ];
  const rules = [...f.byRule].sort((x, y) => y[1] - x[1]);
  if (rules.length) lines.push(`  clean alarms by rule: ${rules.map(([r, n]) => `${r} ${n}`).join(', ')}`);
  return lines;
}

/** Every data set and both Persian varieties (what `npm run bench -- noise` prints). */
export function benchNoise(options: NoiseOptions = {}): string[] {
  if (!existsSync(join(SHARED, 'data/tico19-dev/docs.tsv'))) return ['noise: ../shared/data not found, skipped'];
  const lines: string[] = [];
  for (const set of Object.keys(DATA_SETS) as DataSet[]) for (const target of ['fas', 'prs'] as const) lines.push(...describeNoise(measureNoise(set, target, options)));
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const value = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const sets = (value('--data') ? [value('--data')] : Object.keys(DATA_SETS)) as DataSet[];
  const targets = (value('--target') ? [value('--target')] : ['fas', 'prs']) as Target[];
  const options: NoiseOptions = {
    ...(value('--docs') ? { docs: Number(value('--docs')) } : {}),
    ...(value('--kinds') ? { kinds: (value('--kinds') as string).split(',') as PlantKind[] } : {}),
    show: args.includes('--show'),
  };
  for (const set of sets) for (const target of targets) for (const line of describeNoise(measureNoise(set, target, options))) console.log(line);
}
