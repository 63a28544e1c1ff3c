/**
 * The contract at the door of every public function: a wrong type is a MuqabalaTypeError, a value outside
 * those allowed a MuqabalaRangeError naming the option, the value and the values allowed; null and undefined
 * options mean the defaults everywhere; language tags are BCP 47 in any case; a text in no language the
 * library reads is said so in the report.
 */
import { describe, expect, test } from 'vitest';
import * as lib from '../src/index.js';
import {
  compare,
  compareMany,
  detectLanguage,
  extractDates,
  extractNumbers,
  findNames,
  isMuqabalaError,
  MuqabalaRangeError,
  MuqabalaTypeError,
  normalize,
  renderHtml,
  renderMarkdown,
  segment,
  type ComparisonReport,
} from '../src/index.js';

const AR = 'وصل وزير الدفاع إلى بشكيك في مطلع ديسمبر الماضي، وشارك في التدريبات 12 شاحنة.';
const FA = 'وزیر دفاع در اوایل ماه قوس به بیشکک رسید و در این تمرین‌ها ۱۴ موتر شرکت کرد.';

function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('it did not throw');
}

const loose = (value: unknown): never => value as never;

/** What a call threw, or what the promise it returned was rejected with (compareAsync refuses by rejecting). */
async function failure(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('it did not fail');
}

describe('the cases of issue 14', () => {
  test.each([
    [{ minSeverity: 'warnings' }, 'options.minSeverity', ['info', 'warning', 'conflict'], '"warnings" (did you mean "warning"?)'],
    [{ kinds: ['dates'] }, 'options.kinds[0]', ['name', 'date', 'number', 'omission'], '"dates" (did you mean "date"?)'],
    [{ mode: 'paralel' }, 'options.mode', ['auto', 'parallel', 'comparable'], '"paralel" (did you mean "parallel"?)'],
  ])('compare(a, b, %j) is a RangeError naming the option, the value and the values allowed', (options, argument, allowed, shown) => {
    const error = thrown(() => compare(AR, FA, loose(options)));
    expect(error).toBeInstanceOf(RangeError);
    expect(error).toBeInstanceOf(MuqabalaRangeError);
    expect(error).toMatchObject({ code: 'ERR_INVALID_OPTION', function: 'compare', argument, allowed });
    expect((error as Error).message).toContain(`muqabala.compare: ${argument} must be one of`);
    expect((error as Error).message.endsWith(`not ${shown}`)).toBe(true);
  });

  test("kinds: 'nameless' is a TypeError: a string is no array of kinds, and is not matched by substring", () => {
    const error = thrown(() => compare(AR, FA, loose({ kinds: 'nameless' })));
    expect(error).toBeInstanceOf(MuqabalaTypeError);
    expect(error).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE', argument: 'options.kinds' });
    expect((error as Error).message).toBe('muqabala.compare: options.kinds must be an array of finding kinds, not a string ("nameless")');
  });

  test('segment(42), normalize({}) and compare(null, b) are TypeErrors naming the argument', () => {
    expect(thrown(() => segment(loose(42)))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE', function: 'segment', argument: 'text', value: 42 });
    expect(thrown(() => normalize(loose({})))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE', function: 'normalize', argument: 'text' });
    const error = thrown(() => compare(loose(null), FA));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('muqabala.compare: a must be a string or a document { text, … }, not null');
    expect(thrown(() => compare(AR, loose({ txt: FA })))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE', argument: 'b.txt' });
  });

  test('a bad publishedAt is reported under its own name, a bad referenceDate under its own', () => {
    const error = thrown(() => compare({ text: AR, publishedAt: '2025-13-01' }, FA));
    expect(error).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE', argument: 'a.publishedAt', value: '2025-13-01' });
    expect((error as Error).message).toBe('muqabala.compare: a.publishedAt must be a date written YYYY-MM-DD, not "2025-13-01"');
    expect(thrown(() => compareMany([AR, { text: FA, publishedAt: '2025-02-29' }]))).toMatchObject({ argument: 'documents[1].publishedAt' });
    expect(thrown(() => extractDates(AR, { referenceDate: '2025-02-30' }))).toMatchObject({ code: 'ERR_INVALID_OPTION', argument: 'options.referenceDate' });
  });

  test('null and undefined, as the options or as one option, mean the defaults, in every function', () => {
    const report = compare(AR, FA);
    expect(compare(AR, FA, loose(null))).toEqual(report);
    expect(compare(AR, FA, { minSeverity: loose(undefined), kinds: loose(null), segment: loose(null) })).toEqual(report);
    expect(segment(AR, loose(null))).toEqual(segment(AR));
    expect(normalize(FA, loose(null))).toEqual(normalize(FA));
    expect(extractDates(AR, loose(null))).toEqual(extractDates(AR));
    expect(extractNumbers(FA, { language: loose(null) })).toEqual(extractNumbers(FA));
    expect(findNames(AR, loose(null))).toEqual(findNames(AR));
    expect(detectLanguage(FA, loose(null))).toEqual(detectLanguage(FA));
    expect(renderMarkdown(report, loose(null))).toBe(renderMarkdown(report));
    expect(renderHtml(report, { title: loose(null) })).toBe(renderHtml(report));
    expect(thrown(() => segment(AR, loose('sentence')))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE', argument: 'options' });
  });

  test('an option the function does not have is refused, with the option it most likely meant', () => {
    const error = thrown(() => compare(AR, FA, loose({ minSeverty: 'warning' })));
    expect(error).toMatchObject({ code: 'ERR_UNKNOWN_OPTION', argument: 'options.minSeverty' });
    expect((error as Error).message).toMatch(/^muqabala\.compare: options has no option "minSeverty" \(did you mean "minSeverity"\?\); its options are mode, /);
    expect(thrown(() => compare(AR, FA, { segment: loose({ linebreaks: 'space' }) }))).toMatchObject({ argument: 'options.segment.linebreaks' });
  });
});

describe('languages are BCP 47 tags, in any case', () => {
  test.each([
    ['fa-AF', 'fa', 'fa-AF'],
    ['FA-ir', 'fa', 'fa-IR'],
    ['prs', 'fa', 'fa-AF'],
    ['fa', 'fa', undefined],
    ['AR', 'ar', undefined],
    ['ar-EG', 'ar', undefined],
  ])('%s is read as %s (variant %s), and a variant it names is fixed', (tag, language, variant) => {
    const document = compare(AR, { text: FA, language: loose(tag) }).documents.b;
    expect(document.language).toBe(language);
    expect(document.variant).toBe(variant ?? (language === 'fa' ? detectLanguage(FA).variant : undefined));
    expect(document.languageSource.detected).toBe(false);
    expect(extractDates(FA, { language: loose(tag) })).toEqual(extractDates(FA, { language: language as 'ar' | 'fa' }));
  });

  test("a caller forces Dari or Iranian Persian whatever the text suggests; 'en' is a clear RangeError, not a crash", () => {
    expect(compare(AR, { text: FA, language: 'fa-IR' }).documents.b.variant).toBe('fa-IR');
    expect(compare(AR, { text: FA, language: 'fa', variant: loose('FA-af') }).documents.b.variant).toBe('fa-AF');
    expect(thrown(() => compare(AR, { text: FA, language: 'fa-AF', variant: 'fa-IR' }))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE', argument: 'b.variant' });
    for (const call of [
      () => compare({ text: AR, language: loose('en') }, FA),
      () => extractDates(AR, { language: loose('en') }),
      () => findNames(AR, { language: loose('ps') }),
      () => lib.alignSentences([AR], [FA], { targetLanguage: loose('fa-TJ') }),
    ]) {
      const error = thrown(call);
      expect(error).toBeInstanceOf(MuqabalaRangeError);
      expect((error as Error).message).toMatch(/must be a BCP 47 tag of Arabic or Persian: ar, fa, fa-IR, fa-AF or prs \(any case\), not "/);
    }
  });
});

describe('a text in no language the library reads', () => {
  test('English against Persian: the report says so in a notice, and both renderers show it', () => {
    const report = compare('The defence minister arrived in Bishkek on Tuesday.', FA);
    expect(report.documents.a.language).toBe('unknown');
    expect(report.notices).toEqual([
      {
        rule: 'language/unsupported',
        side: 'a',
        message:
          'The first text does not read as Arabic or Persian (it is mostly in the Latin script): muqabala compares only those two languages, so this report may miss what differs; if it is in one of them, give its language.',
      },
    ]);
    expect(renderMarkdown(report)).toContain(`> **Notice:** ${report.notices?.[0]?.message}`);
    expect(renderHtml(report)).toContain(`<p class="notice"><strong>Notice:</strong> <bdi dir="ltr">${report.notices?.[0]?.message}</bdi></p>`);
  });

  test('no notice for texts in Arabic and Persian, nor when the caller gave the language', () => {
    expect(compare(AR, FA).notices).toBeUndefined();
    expect(compare({ text: 'The minister arrived.', language: 'ar' }, FA).notices).toBeUndefined();
    expect(compare('12345 67', 'ڼ ټ ډ ړ ږ ښ ګ ڼ ځ څ').notices?.map((n) => n.message.match(/\(([^)]*)\)/)?.[1])).toEqual([
      'it has no letters',
      'it has letters of Pashto or Urdu',
    ]);
  });
});

describe('every public function refuses a first argument of the wrong type, and options that are no object', () => {
  const report: ComparisonReport = compare(AR, FA);
  const functions = Object.entries(lib).filter(([name, v]) => typeof v === 'function' && !/^[A-Z]/.test(name) && name !== 'isMuqabalaError');

  test.each(functions.map(([name]) => name))('%s', async (name) => {
    const fn = (lib as unknown as Record<string, (...args: unknown[]) => unknown>)[name] as (...args: unknown[]) => unknown;
    const first = await failure(() => fn(42, 42, 42));
    expect(first, name).toBeInstanceOf(MuqabalaTypeError);
    expect(first).toMatchObject({ function: name });
    // A valid call of each, then the same with options that are no object.
    const valid: Record<string, unknown[]> = {
      normalize: [AR], toSourceSpan: [normalize(AR), 0, 3], detectLanguage: [AR], tokenize: [AR], segment: [AR], findBoilerplate: [AR],
      alignSentences: [[AR], [FA]], matchClaims: [[AR], [FA]], alignTexts: [AR, FA], compareNames: ['رحمن', 'رحمان'], findNames: [AR],
      clusterNames: [findNames(AR).map((m) => ({ ...m, document: 'a' }))], extractDates: [AR], relateDates: [extractDates(AR)[0], extractDates(FA)[0]],
      extractNumbers: [AR], compare: [AR, FA], compareAsync: [AR, FA], compareMany: [[AR, FA]], renderMarkdown: [report], renderHtml: [report],
      renderMultiMarkdown: [compareMany([AR, FA])], renderMultiHtml: [compareMany([AR, FA])],
    };
    const args = valid[name];
    expect(args, `a valid call of ${name}`).toBeDefined();
    await fn(...(args as unknown[]));
    if (name === 'tokenize' || name === 'toSourceSpan') return; // no options
    const options = await failure(() => fn(...(args as unknown[]), 'options'));
    expect(isMuqabalaError(options)).toBe(true);
    expect(options).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE', function: name, argument: 'options' });
  });

  test('a report of another version is refused by the renderers', () => {
    expect(thrown(() => renderMarkdown({ ...report, version: 2 as 1 }))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE', argument: 'report.version' });
    expect(thrown(() => lib.renderMultiHtml(loose({ ...compareMany([AR, FA]), version: 0 })))).toMatchObject({ argument: 'report.version' });
  });
});
