/**
 * One fast-check property per public function of muqabala: arbitrary input (see arbitraries.ts) and
 * options, the output's invariants checked (see invariants.ts), and the only errors allowed the typed ones
 * the function documents.
 */
import fc from 'fast-check';
import * as api from '../../src/index.js';
import type { ComparisonReport, DateMention, MultiReport, NameMention } from '../../src/index.js';
import { arbitraryReport, harmlessTwin } from '../../test/support/report-arbitrary.js';
import { anyText, newsText, referenceDate, sentences, shortText } from './arbitraries.js';
import { beadsCover, ensure, markup, multiValid, probability, reportValid, sentencesValid, spansInOrder } from './invariants.js';

/** A property of one public function. */
export interface Property {
  /** Calls per run of the fuzzer at full strength (`--runs` scales them). */
  readonly runs: number;
  /** The property: an arbitrary of the input, and what must hold of a call on it. */
  readonly arbitrary: fc.Arbitrary<unknown>;
  readonly check: (input: never) => void | Promise<void>;
  /** Errors the function documents; any other throw is a failure. */
  readonly allowed?: (error: unknown, input: never) => boolean;
}

/** The longest one call of a property may take, in seconds, before the run counts as failed (the inputs are short). */
export const PROPERTY_CALL_BOUND = 5;

/** `extractDates`, `relateDates` and `compare` throw this RangeError for a reference or publication date that is not YYYY-MM-DD. */
const badReferenceDate = (error: unknown): boolean =>
  error instanceof RangeError && error.message.startsWith('muqabala: referenceDate must be a date written YYYY-MM-DD');

const isDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

const language = fc.option(fc.constantFrom('ar' as const, 'fa' as const), { nil: undefined });
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const normalizeOptions = fc
  .record(
    {
      yeh: fc.boolean(), kaf: fc.boolean(), alef: fc.boolean(), hamza: fc.boolean(), tehMarbuta: fc.boolean(),
      tatweel: fc.boolean(), diacritics: fc.boolean(), zeroWidth: fc.constantFrom('remove' as const, 'space' as const, 'keep' as const),
      digits: fc.boolean(), presentationForms: fc.boolean(), controls: fc.boolean(), whitespace: fc.boolean(), lowercase: fc.boolean(),
    },
    { requiredKeys: [] },
  );

const segmentOptions = fc.record(
  {
    lineBreaks: fc.constantFrom('sentence' as const, 'space' as const),
    semicolons: fc.boolean(),
    quotations: fc.constantFrom('split' as const, 'keep' as const),
    abbreviations: fc.array(shortText, { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

function namesOf(text: string, document: string): (NameMention & { document: string })[] {
  return api.findNames(text).map((m) => ({ ...m, document }));
}

function datesValid(text: string, dates: readonly DateMention[]): void {
  spansInOrder('dates', text, dates, { nonEmpty: true });
  for (const d of dates) {
    if (d.interval) ensure(isDate(d.interval.start) && isDate(d.interval.end) && d.interval.start <= d.interval.end, `date interval ${JSON.stringify(d.interval)}`);
    ensure(['gregorian', 'persian', 'islamic'].includes(d.calendar), `calendar ${d.calendar}`);
  }
}

export const PROPERTIES: Record<string, Property> = {
  normalize: {
    runs: 10_000,
    arbitrary: fc.tuple(anyText, normalizeOptions),
    check: ([text, options]: [string, api.NormalizeOptions]) => {
      const n = api.normalize(text, options);
      ensure(n.source === text, 'source is not the input');
      ensure(n.offsets.length === n.text.length + 1, 'offsets length');
      ensure(n.offsets[n.text.length] === text.length, 'last offset is not the input length');
      for (let i = 1; i < n.offsets.length; i++) ensure((n.offsets[i - 1] ?? 0) <= (n.offsets[i] ?? 0), `offsets decrease at ${i}`);
      ensure(api.normalize(n.text, options).text === n.text, 'folding is not idempotent');
    },
  },
  toSourceSpan: {
    runs: 10_000,
    arbitrary: fc.tuple(anyText, fc.nat(), fc.nat()),
    check: ([text, x, y]: [string, number, number]) => {
      const n = api.normalize(text);
      const start = Math.min(x, y) % (n.text.length + 1);
      const end = start + (Math.max(x, y) % (n.text.length + 1 - start));
      const span = api.toSourceSpan(n, start, end);
      spansInOrder('toSourceSpan', text, [span]);
      ensure(span.start <= (n.offsets[start] ?? text.length), 'the span starts after the folded start');
    },
  },
  detectLanguage: {
    runs: 10_000,
    arbitrary: fc.tuple(anyText, fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined })),
    check: ([text, sampleSize]: [string, number | undefined]) => {
      const g = api.detectLanguage(text, sampleSize === undefined ? {} : { sampleSize });
      ensure(['ar', 'fa', 'unknown'].includes(g.language), `language ${g.language}`);
      ensure(g.tag === (g.variant ?? (g.language === 'unknown' ? 'und' : g.language)), `tag ${g.tag} for ${g.language}/${g.variant}`);
      probability('confidence', g.confidence);
    },
  },
  tokenize: {
    runs: 10_000,
    arbitrary: anyText,
    check: (text: string) => {
      const tokens = api.tokenize(text);
      spansInOrder('tokens', text, tokens, { disjoint: true, nonEmpty: true });
      for (const t of tokens) ensure(['word', 'number', 'punctuation', 'symbol'].includes(t.kind), `kind ${t.kind}`);
    },
  },
  segment: {
    runs: 10_000,
    arbitrary: fc.tuple(anyText, segmentOptions),
    check: ([text, options]: [string, api.SegmentOptions]) => {
      const list = api.segment(text, options);
      sentencesValid('sentences', text, list);
      list.forEach((s, i) => ensure(s.index === i, `sentence ${i} has index ${s.index}`));
    },
  },
  alignSentences: {
    runs: 10_000,
    arbitrary: fc.tuple(
      sentences,
      sentences,
      fc.record(
        {
          sourceLanguage: fc.constantFrom('ar' as const, 'fa' as const),
          targetLanguage: fc.constantFrom('ar' as const, 'fa' as const),
          // Rare: a caller dictionary costs ~160 ms a call (the whole bilingual lexicon is indexed again with it).
          dictionary: fc.oneof(
            { weight: 49, arbitrary: fc.constant(undefined) },
            { weight: 1, arbitrary: fc.array(fc.tuple(shortText, fc.oneof(shortText, fc.array(shortText, { maxLength: 3 }))), { maxLength: 3 }) },
          ),
          similarity: fc.option(fc.double(), { nil: undefined }).map((x) => () => x),
          similarityWeight: fc.double({ min: 0, max: 10, noNaN: true }),
          explain: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
    ),
    check: ([source, target, options]: [string[], string[], api.AlignOptions]) => {
      const a = api.alignSentences(source, target, defined(options));
      beadsCover('beads', a.beads, source.length, target.length);
      a.beads.forEach((b, i) => probability(`beads[${i}].score`, b.score));
    },
  },
  alignTexts: {
    runs: 10_000,
    arbitrary: fc.tuple(anyText, anyText, fc.record({ segment: segmentOptions, sourceLanguage: fc.constantFrom('ar' as const, 'fa' as const) }, { requiredKeys: [] })),
    check: ([source, target, options]: [string, string, api.AlignTextsOptions]) => {
      const a = api.alignTexts(source, target, options);
      sentencesValid('sourceSentences', source, a.sourceSentences);
      sentencesValid('targetSentences', target, a.targetSentences);
      beadsCover('beads', a.beads, a.sourceSentences.length, a.targetSentences.length);
      a.beads.forEach((b, i) => probability(`beads[${i}].score`, b.score));
    },
  },
  compareNames: {
    runs: 10_000,
    arbitrary: fc.tuple(anyText, anyText, fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined })),
    check: ([a, b, threshold]: [string, string, number | undefined]) => {
      const m = api.compareNames(a, b, threshold === undefined ? {} : { threshold });
      probability('score', m.score);
      ensure(typeof m.same === 'boolean', 'same is not a boolean');
      ensure(['identical', 'convention', 'transliteration', 'partial', 'different'].includes(m.reason.kind), `kind ${m.reason.kind}`);
      ensure(typeof m.reason.detail === 'string' && m.reason.detail.length > 0, 'no detail');
    },
  },
  findNames: {
    runs: 10_000,
    arbitrary: fc.tuple(anyText, fc.record({ language, adjectives: fc.boolean() }, { requiredKeys: [] })),
    check: ([text, options]: [string, api.FindNamesOptions]) => {
      const names = api.findNames(text, defined(options));
      spansInOrder('names', text, names, { disjoint: true, nonEmpty: true });
      for (const n of names) ensure(['person', 'place', 'organization', 'unknown'].includes(n.type), `type ${n.type}`);
    },
  },
  clusterNames: {
    runs: 10_000,
    arbitrary: fc.tuple(fc.array(anyText, { maxLength: 3 }), fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined })),
    check: ([texts, threshold]: [string[], number | undefined]) => {
      const mentions = texts.flatMap((text, i) => namesOf(text, `d${i}`));
      const clusters = api.clusterNames(mentions, threshold === undefined ? {} : { threshold });
      // Every mention is in exactly one cluster, at its place (under the spelling it folds to, as first written).
      const placed = clusters.flatMap((c) => c.spellings.flatMap((s) => s.occurrences.map((o) => `${o.document}:${o.start}:${o.end}`)));
      const given = mentions.map((m) => `${m.document}:${m.start}:${m.end}`);
      ensure(placed.length === given.length && new Set(placed).size === placed.length, `${given.length} mentions placed ${placed.length} times`);
      for (const g of given) ensure(placed.includes(g), `mention ${g} in no cluster`);
    },
  },
  extractDates: {
    runs: 10_000,
    arbitrary: fc.tuple(
      fc.oneof(anyText, newsText),
      fc.record({ language, referenceDate, islamic: fc.constantFrom('umalqura' as const, 'civil' as const) }, { requiredKeys: [] }),
    ),
    check: ([text, options]: [string, api.ExtractDatesOptions]) => datesValid(text, api.extractDates(text, defined(options))),
    allowed: badReferenceDate,
  },
  relateDates: {
    runs: 10_000,
    arbitrary: fc.tuple(newsText, newsText, fc.option(referenceDate, { nil: undefined })),
    check: ([x, y, referenceDate]: [string, string, string | undefined]) => {
      const a = api.extractDates(x);
      const b = api.extractDates(y, { language: 'fa' });
      for (const m of a.slice(0, 3)) {
        for (const n of b.slice(0, 3)) {
          const r = api.relateDates(m, n, referenceDate === undefined ? {} : { referenceDate });
          ensure(['equal', 'contains', 'within', 'overlaps', 'disjoint', 'unknown'].includes(r.relation), `relation ${r.relation}`);
          for (const days of [r.overlapDays, r.minOverlapDays, r.gapDays]) ensure(days === undefined || (Number.isInteger(days) && days >= 0), `days ${days}`);
        }
      }
    },
    allowed: badReferenceDate,
  },
  extractNumbers: {
    runs: 10_000,
    arbitrary: fc.tuple(fc.oneof(anyText, newsText), fc.record({ language, includeDates: fc.boolean() }, { requiredKeys: [] })),
    check: ([text, options]: [string, api.ExtractNumbersOptions]) => {
      const numbers = api.extractNumbers(text, defined(options));
      spansInOrder('numbers', text, numbers, { disjoint: true, nonEmpty: true });
      for (const n of numbers) ensure(/^-?\d+(\.\d+)?$/.test(n.value), `value ${JSON.stringify(n.value)} is not a decimal string`);
    },
  },
  compare: {
    runs: 10_000,
    arbitrary: fc.tuple(
      fc.oneof(shortText, newsText),
      fc.oneof(shortText, newsText),
      fc.record({ language, publishedAt: fc.option(referenceDate, { nil: undefined }), title: shortText }, { requiredKeys: [] }),
      fc.record(
        {
          kinds: fc.subarray(['name', 'date', 'number', 'omission'] as const),
          minSeverity: fc.constantFrom('info' as const, 'warning' as const, 'conflict' as const),
          lowConfidence: fc.double({ min: 0, max: 1, noNaN: true }),
          reportEqualNumbers: fc.boolean(),
          islamic: fc.constantFrom('umalqura' as const, 'civil' as const),
          segment: segmentOptions,
        },
        { requiredKeys: [] },
      ),
    ),
    check: ([a, b, meta, options]: [string, string, Omit<api.CompareInput, 'text'>, api.CompareOptions]) => {
      reportValid(api.compare({ text: a, ...defined(meta) }, b, options), a, b);
    },
    // compare() passes publishedAt on as the reference date of extractDates.
    allowed: badReferenceDate,
  },
  compareAsync: {
    // Each call compares twice (asynchronously and synchronously), so fewer runs than compare's.
    runs: 2_000,
    arbitrary: fc.tuple(fc.oneof(shortText, newsText), fc.oneof(shortText, newsText), fc.constantFrom('auto' as const, 'parallel' as const, 'comparable' as const)),
    check: async ([a, b, mode]: [string, string, 'auto' | 'parallel' | 'comparable']) => {
      let last = -1;
      let total = 0;
      const report = await api.compareAsync(a, b, {
        mode,
        onProgress: (p) => {
          ensure(p.done > last && p.done <= p.total, 'progress goes forward within its total');
          last = p.done;
          total = p.total;
        },
      });
      ensure(last === total, 'progress ends at its total');
      reportValid(report, a, b);
      ensure(JSON.stringify(report) === JSON.stringify(api.compare(a, b, { mode })), 'the report compare() gives');
    },
  },
  compareMany: {
    runs: 10_000,
    arbitrary: fc.tuple(
      fc.array(fc.oneof(shortText, newsText), { maxLength: 4 }),
      fc.record(
        {
          mode: fc.constantFrom('auto' as const, 'parallel' as const, 'comparable' as const),
          kinds: fc.subarray(['name', 'date', 'number', 'omission'] as const),
          minSeverity: fc.constantFrom('info' as const, 'warning' as const, 'conflict' as const),
          boilerplate: fc.boolean(),
          publishedAt: referenceDate,
        },
        { requiredKeys: [] },
      ),
    ),
    check: ([texts, { publishedAt, ...options }]: [string[], api.CompareOptions & { publishedAt?: string }]) => {
      multiValid(api.compareMany(texts.map((text) => ({ text, ...(publishedAt === undefined ? {} : { publishedAt }) })), options), texts);
    },
    allowed: badReferenceDate,
  },
  matchClaims: {
    runs: 10_000,
    arbitrary: fc.tuple(
      sentences,
      sentences,
      fc.record(
        {
          sourceLanguage: fc.constantFrom('ar' as const, 'fa' as const),
          targetLanguage: fc.constantFrom('ar' as const, 'fa' as const),
          minSurprise: fc.double({ min: -5, max: 10, noNaN: true }),
          minOverlap: fc.double({ min: 0, max: 1, noNaN: true }),
          skip: fc.record({ source: fc.array(fc.nat(10), { maxLength: 3 }), target: fc.array(fc.nat(10), { maxLength: 3 }) }, { requiredKeys: [] }),
        },
        { requiredKeys: [] },
      ),
    ),
    check: ([source, target, options]: [string[], string[], api.MatchClaimsOptions]) => {
      const seen = { source: new Set<number>(), target: new Set<number>() };
      for (const m of api.matchClaims(source, target, options)) {
        probability('confidence', m.confidence);
        for (const side of ['source', 'target'] as const) {
          const length = side === 'source' ? source.length : target.length;
          const skipped = new Set(options.skip?.[side] ?? []);
          ensure(m[side].length > 0, `a match with no ${side} sentence`);
          m[side].forEach((i, k) => {
            ensure(Number.isInteger(i) && i >= 0 && i < length && !skipped.has(i), `${side} sentence ${i}`);
            ensure(k === 0 || i === (m[side][k - 1] as number) + 1, `${side} sentences not consecutive`);
            ensure(!seen[side].has(i), `${side} sentence ${i} in two matches`);
            seen[side].add(i);
          });
        }
      }
    },
  },
  findBoilerplate: {
    runs: 10_000,
    arbitrary: fc.tuple(fc.oneof(anyText, newsText), fc.record({ language, segment: segmentOptions }, { requiredKeys: [] })),
    check: ([text, options]: [string, api.FindBoilerplateOptions]) => {
      const found = api.findBoilerplate(text, defined(options));
      spansInOrder('boilerplate', text, found, { disjoint: true, nonEmpty: true });
      const sentences = api.segment(text, options.segment);
      for (const b of found) ensure(sentences[b.sentence]?.text === b.text, `boilerplate ${b.sentence} is not that sentence`);
    },
  },
  renderMultiMarkdown: {
    runs: 10_000,
    arbitrary: fc.tuple(fc.array(fc.oneof(shortText, newsText), { minLength: 1, maxLength: 3 }), fc.boolean(), fc.boolean()),
    check: ([texts, isolates, singles]: [string[], boolean, boolean]) => {
      const report = api.compareMany(texts);
      const md = api.renderMultiMarkdown(report, { isolates, singles });
      const twin = api.renderMultiMarkdown(harmlessTwin(report as never) as unknown as MultiReport, { isolates, singles });
      ensure(md.split('\n').length === twin.split('\n').length, 'the text changed the number of lines');
      const structure = (s: string): string[] => s.split('\n').map((line) => line.slice(0, 2).replace(/[^#|\-*>]/g, ' '));
      ensure(JSON.stringify(structure(md)) === JSON.stringify(structure(twin)), 'the text changed how lines start');
    },
  },
  renderMultiHtml: {
    runs: 10_000,
    arbitrary: fc.tuple(fc.array(fc.oneof(shortText, newsText), { minLength: 1, maxLength: 3 }), fc.boolean()),
    check: ([texts, singles]: [string[], boolean]) => {
      const report = api.compareMany(texts);
      const html = api.renderMultiHtml(report, { singles });
      const twin = api.renderMultiHtml(harmlessTwin(report as never) as unknown as MultiReport, { singles });
      ensure(JSON.stringify(markup(html)) === JSON.stringify(markup(twin)), 'the text changed the markup (tags or attributes)');
      ensure(!/<script|href="\s*javascript:/i.test(html), 'a script or a javascript: link in the page');
    },
  },
  renderMarkdown: {
    runs: 10_000,
    arbitrary: fc.tuple(arbitraryReport, fc.boolean(), fc.boolean(), fc.record({ a: shortText, b: shortText }, { requiredKeys: [] })),
    check: ([report, sentences, isolates, labels]: [ComparisonReport, boolean, boolean, api.DocumentLabels]) => {
      const options = { sentences, isolates, labels };
      const md = api.renderMarkdown(report, options);
      const twin = api.renderMarkdown(harmlessTwin(report), options);
      // Text from the report never starts a line of its own, nor a heading or a table row.
      ensure(md.split('\n').length === twin.split('\n').length, 'the text changed the number of lines');
      const structure = (s: string): string[] => s.split('\n').map((line) => line.slice(0, 2).replace(/[^#|\-*>]/g, ' '));
      ensure(JSON.stringify(structure(md)) === JSON.stringify(structure(twin)), 'the text changed how lines start');
    },
  },
  renderHtml: {
    runs: 10_000,
    arbitrary: fc.tuple(
      fc.oneof(arbitraryReport, fc.tuple(shortText, shortText).map(([a, b]) => api.compare(a, b))),
      fc.record({ title: shortText, labels: fc.record({ a: shortText, b: shortText }, { requiredKeys: [] }), lowConfidence: fc.double({ min: 0, max: 1, noNaN: true }) }, { requiredKeys: [] }),
    ),
    check: ([report, options]: [ComparisonReport, api.RenderHtmlOptions]) => {
      const html = api.renderHtml(report, options);
      const twinOptions = { ...options, ...(options.title !== undefined ? { title: 'x'.repeat(options.title.length) } : {}), ...(options.labels ? { labels: harmlessTwin(options.labels as never) } : {}) };
      const twin = api.renderHtml(harmlessTwin(report), twinOptions as api.RenderHtmlOptions);
      ensure(JSON.stringify(markup(html)) === JSON.stringify(markup(twin)), 'the text changed the markup (tags or attributes)');
      // Text escapes '<', so a script element can only come from the renderer, which writes none.
      ensure(!/<script|href="\s*javascript:/i.test(html), 'a script or a javascript: link in the page');
    },
  },
};
