import { describe, expect, it } from 'vitest';
import { normalize } from '../src/text/normalize.js';
import { BUILTIN_DOMAINS } from '../src/lexicon/bilingual/index.js';
import { parseLine, type ParsedEntry } from '../src/lexicon/bilingual/entry.js';

interface Located extends ParsedEntry {
  readonly domain: string;
  readonly line: string;
}

const entries: Located[] = BUILTIN_DOMAINS.flatMap((domain) =>
  domain
    .entries()
    .split('\n')
    .flatMap((line) => {
      const entry = parseLine(line);
      return entry ? [{ ...entry, domain: domain.name, line: line.trim() }] : [];
    }),
);

const fold = (s: string): string => normalize(s).text.replace(/\s+/gu, ' ').trim();

// Letters only Persian uses, and letters Persian spelling does not use (Arabic yeh, kaf, alef maksura, teh marbuta).
const PERSIAN_ONLY = /[پچژگکی]/u;
const ARABIC_ONLY = /[يكىة]/u;
// The classes hold combining marks (harakat, hamza above) on purpose: a letter of the form may carry them.
// eslint-disable-next-line no-misleading-character-class
const ARABIC_FORM = /^[\u0621-\u064a\u064b-\u0652\u0670 ]+$/u;
// Dari official terms borrow Pashto ځ and څ (پوهنځی faculty, څارنوال prosecutor).
// eslint-disable-next-line no-misleading-character-class
const PERSIAN_FORM = /^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0654\u0670\u067e\u0681\u0685\u0686\u0698\u06a9\u06af\u06c0\u06cc\u200c ()]+$/u;

describe('built-in lexicon data', () => {
  it('has at least 3,000 entries spread over the domains', () => {
    expect(entries.length).toBeGreaterThanOrEqual(3000);
    for (const domain of BUILTIN_DOMAINS) {
      expect(entries.filter((e) => e.domain === domain.name).length, domain.name).toBeGreaterThan(10);
    }
  });

  it('writes Arabic forms in Arabic letters and Persian forms in Persian letters', () => {
    const wrong: string[] = [];
    for (const e of entries) {
      for (const f of e.arabic) if (!ARABIC_FORM.test(f) || PERSIAN_ONLY.test(f)) wrong.push(`ar ${f} — ${e.line}`);
      for (const f of e.persian) if (!PERSIAN_FORM.test(f) || ARABIC_ONLY.test(f)) wrong.push(`fa ${f} — ${e.line}`);
    }
    expect(wrong).toEqual([]);
  });

  it('writes Persian verbs as an infinitive with its present stem: گفتن (گو)', () => {
    const wrong = entries.flatMap((e) =>
      e.persian.filter((f) => f.includes('(') && !/^\S+ن \(\S+\)$/u.test(f)).map((f) => `${f} — ${e.line}`),
    );
    expect(wrong).toEqual([]);
  });

  it('gives no meaning to a light verb alone (کرد, شد, داد …), which every compound verb contains', () => {
    const light = new Set(['کرد', 'نمود', 'شد', 'گشت', 'گردید', 'داد', 'داشت', 'گرفت', 'زد', 'یافت', 'بود'].map(fold));
    const wrong = entries.flatMap((e) =>
      e.persian
        .map((f) => fold(f.replace(/\s*\(.*\)$/u, '')))
        .filter((f) => light.has(f) || (f.endsWith('ن') && light.has(f.slice(0, -1))))
        .map((f) => `${f} — ${e.line}`),
    );
    expect(wrong).toEqual([]);
  });

  it('has no form that folds to nothing or to a single letter, and no form twice on a line', () => {
    const wrong: string[] = [];
    for (const e of entries) {
      for (const side of [e.arabic, e.persian]) {
        const folded = side.map((f) => fold(f.replace(/\s*\(.*\)$/u, '')));
        if (folded.some((f) => f.length < 2)) wrong.push(`short: ${e.line}`);
        if (new Set(folded).size !== folded.length) wrong.push(`repeated: ${e.line}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no entry that another entry already contains (same or fewer forms on both sides)', () => {
    const folded = entries.map((e) => ({
      line: e.line,
      arabic: new Set(e.arabic.map(fold)),
      persian: new Set(e.persian.map((f) => fold(f.replace(/\s*\(.*\)$/u, '')))),
    }));
    const byArabic = new Map<string, number[]>();
    folded.forEach((e, i) => { e.arabic.forEach((a) => byArabic.set(a, [...(byArabic.get(a) ?? []), i])); });
    const within = (small: ReadonlySet<string>, big: ReadonlySet<string>): boolean => [...small].every((x) => big.has(x));
    const redundant: string[] = [];
    folded.forEach((e, i) => {
      const first = [...e.arabic][0] as string;
      for (const j of byArabic.get(first) ?? []) {
        const other = folded[j] as (typeof folded)[number];
        if (j !== i && within(e.arabic, other.arabic) && within(e.persian, other.persian)) {
          redundant.push(`«${e.line}» is inside «${other.line}»`);
        }
      }
    });
    expect(redundant).toEqual([]);
  });
});
