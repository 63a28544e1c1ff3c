/**
 * Results belong to the caller: editing anything a public function returned, however deep, changes no later
 * answer of any public function. Every probe below runs, then the result of one is edited throughout (every
 * number, string, boolean and typed array, every array grown) and the probe runs again and must give what it
 * gave before; at the end, with every result edited, every probe must still give what it gave. A cache that hands out its own objects (an alignment's steps, a known entity, a date's
 * yearless range) fails here.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as lib from '../src/index.js';
import { hardText } from './support/arbitraries.js';

const AR =
  'التقى الرئيس إمام علي رحمن في دوشنبه وزير الدفاع تاسماغامبيتوف في مطلع ديسمبر الماضي، وبحثا التعاون مع الصين وروسيا. وشارك 12 ألف جندي.';
const FA =
  'امامعلی رحمان در اوایل ماه قوس در دوشنبه با تاسماگامبتوف وزیر دفاع دیدار کرد و درباره همکاری با چین و روسیه گفت‌وگو کرد. ۱۴ هزار سرباز شرکت کردند.';
const FA_IR = 'وزیر دفاع در اوایل آذر ۱۴۰۳ به تهران رفت. ۱۲ هزار سرباز در این تمرین شرکت کردند.';

/** Every public function, each called on inputs that reach its caches. */
function probes(): Record<string, () => unknown> {
  const [dateA] = lib.extractDates(AR, { referenceDate: '2025-01-15' });
  const [dateB] = lib.extractDates(FA);
  const report = lib.compare({ text: AR, publishedAt: '2025-01-15' }, { text: FA, publishedAt: '2025-01-15' });
  const many = lib.compareMany([AR, FA, FA_IR]);
  const mentions = [
    ...lib.findNames(AR).map((m) => ({ ...m, document: 'ar' })),
    ...lib.findNames(FA).map((m) => ({ ...m, document: 'fa' })),
  ];
  return {
    normalize: () => lib.normalize(AR),
    toSourceSpan: () => lib.toSourceSpan(lib.normalize(FA), 3, 12),
    detectLanguage: () => lib.detectLanguage(FA),
    tokenize: () => lib.tokenize(FA),
    segment: () => lib.segment(AR),
    findBoilerplate: () => lib.findBoilerplate(`${AR}\nشاركها.\nالصورة: وكالة الأنباء`),
    alignSentences: () =>
      lib.alignSentences(
        lib.segment(AR).map((s) => s.text),
        lib.segment(FA).map((s) => s.text),
        { explain: true },
      ),
    matchClaims: () =>
      lib.matchClaims(
        lib.segment(AR).map((s) => s.text),
        lib.segment(FA).map((s) => s.text),
      ),
    alignTexts: () => lib.alignTexts(AR, FA),
    compareNames: () => lib.compareNames('تاسماغامبيتوف', 'تاسماگامبتوف'),
    compareNamesEntity: () => lib.compareNames('الصين', 'چین'),
    findNames: () => lib.findNames(AR),
    clusterNames: () => lib.clusterNames(mentions),
    extractDates: () => lib.extractDates(FA),
    extractDatesArabic: () => lib.extractDates(AR, { referenceDate: '2025-01-15' }),
    relateDates: () => lib.relateDates(dateA!, dateB!),
    extractNumbers: () => lib.extractNumbers(AR),
    compare: () => lib.compare({ text: AR, publishedAt: '2025-01-15' }, { text: FA, publishedAt: '2025-01-15' }),
    compareSameLanguage: () => lib.compare(FA, FA_IR),
    compareMany: () => lib.compareMany([AR, FA, FA_IR]),
    renderMarkdown: () => lib.renderMarkdown(report, { sentences: true }),
    renderHtml: () => lib.renderHtml(report),
    renderMultiMarkdown: () => lib.renderMultiMarkdown(many),
    renderMultiHtml: () => lib.renderMultiHtml(many),
  };
}

/** Edits every value reachable from `root`, innermost first; frozen parts are left as they are. */
function vandalise(root: unknown): void {
  const seen = new Set<object>();
  const objects: object[] = [];
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (!ArrayBuffer.isView(value)) for (const key of Reflect.ownKeys(value)) walk((value as Record<PropertyKey, unknown>)[key]);
    objects.push(value);
  };
  walk(root);
  for (const object of objects) {
    if (ArrayBuffer.isView(object)) {
      if (object instanceof Uint32Array || object instanceof Uint16Array || object instanceof Int32Array) object.fill(7);
      continue;
    }
    for (const key of Reflect.ownKeys(object)) {
      const v = (object as Record<PropertyKey, unknown>)[key];
      const edited = typeof v === 'number' ? v + 1000 : typeof v === 'string' ? `${v}✗` : typeof v === 'boolean' ? !v : v;
      if (edited !== v) Reflect.set(object, key, edited);
    }
    if (Array.isArray(object)) Reflect.apply(Array.prototype.push, object, ['✗']);
  }
}

/** Every probe's answer, as data (structuredClone keeps typed arrays and drops nothing the tests compare). */
function answers(all: Record<string, () => unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(all).map(([name, run]) => [name, structuredClone(run())]));
}

describe('results belong to the caller', () => {
  const all = probes();
  const before = answers(all);

  test('every public function has a probe', () => {
    const functions = Object.entries(lib)
      .filter(([name, v]) => typeof v === 'function' && !/^[A-Z]/.test(name) && name !== 'isMuqabalaError')
      .map(([name]) => name);
    // compareAsync answers with a promise: its probe is the test below.
    expect(functions.filter((name) => !(name in all) && name !== 'compareAsync')).toEqual([]);
  });

  test('editing what compareAsync returned changes no later answer of it, nor of compare()', async () => {
    const call = (): Promise<unknown> => lib.compareAsync({ text: AR, publishedAt: '2025-01-15' }, { text: FA, publishedAt: '2025-01-15' });
    const first = await call();
    expect(structuredClone(first)).toEqual(before.compare);
    vandalise(first);
    expect(structuredClone(await call())).toEqual(before.compare);
    expect(structuredClone((all.compare as () => unknown)())).toEqual(before.compare);
  });

  test.each(Object.keys(all))('editing what %s returned changes no later answer of it', (name) => {
    const call = all[name] as () => unknown;
    vandalise(call());
    expect(structuredClone(call())).toEqual(before[name]);
  });

  test('nor of any other function (a date from extractDates edited, compare() answers the same)', () => {
    for (const call of Object.values(all)) vandalise(call());
    expect(answers(all)).toEqual(before);
  });

  test('nor does editing the result of any call on arbitrary text', () => {
    fc.assert(
      fc.property(hardText, (text) => {
        const calls = [
          () => lib.extractDates(text),
          () => lib.extractNumbers(text),
          () => lib.findNames(text),
          () => lib.segment(text),
          () => lib.normalize(text),
          () => lib.detectLanguage(text),
        ];
        const first = calls.map((call) => structuredClone(call()));
        for (const call of calls) vandalise(call());
        expect(calls.map((call) => structuredClone(call()))).toEqual(first);
      }),
      { numRuns: 30 },
    );
  });
});
