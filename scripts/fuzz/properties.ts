/**
 * One fast-check property per public function of muqabala: arbitrary input (see arbitraries.ts) and
 * options — valid, and as careless or hostile callers write them (see `hostile` and `orNot`) — the output's
 * invariants checked (see invariants.ts), and the only errors allowed the documented ones: a
 * MuqabalaTypeError or MuqabalaRangeError that names the function.
 */
import fc from 'fast-check';
import * as api from '../../src/index.js';
import type { ComparisonReport, DateMention, MultiReport, NameMention } from '../../src/index.js';
import { arbitraryReport, harmlessTwin } from '../../test/support/report-arbitrary.js';
import { SCRIPT } from '../../src/report/html-script.js';
import { anyText, hostile, newsText, orNot, referenceDate, sentences, shortText } from './arbitraries.js';
import {
  beadsCover,
  ensure,
  markup,
  multiValid,
  probability,
  reportValid,
  sentencesValid,
  spansInOrder,
} from '../../test/support/invariants.js';

/** A property of one public function. */
export interface Property {
  /** Calls per run of the fuzzer at full strength (`--runs` scales them). */
  readonly runs: number;
  /** The property: an arbitrary of the input, and what must hold of a call on it. */
  readonly arbitrary: fc.Arbitrary<unknown>;
  readonly check: (input: never) => void | Promise<void>;
  /** Errors the function documents (by default its MuqabalaTypeError and MuqabalaRangeError); any other throw is a failure. */
  readonly allowed?: (error: unknown, input: never) => boolean;
}

/** The longest one call of a property may take, in seconds, before the run counts as failed (the inputs are short). */
export const PROPERTY_CALL_BOUND = 5;

/** The errors every public function documents: muqabala's own refusal of bad input, made by the function itself. */
export function documented(name: string): (error: unknown) => boolean {
  return (error) => api.isMuqabalaError(error) && error.function === name && error.message.startsWith(`muqabala.${name}: `);
}

const isDate = (s: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

const language = fc.option(fc.constantFrom('ar' as const, 'fa' as const, 'fa-AF' as const, 'FA-ir' as 'fa-IR', 'prs' as const), {
  nil: undefined,
});
/** The keys that are set (a hostile value that is no object passes as it is). */
const defined = <T>(o: T): T =>
  typeof o === 'object' && o !== null && !Array.isArray(o)
    ? (Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T)
    : o;

const normalizeOptions = fc.record(
  {
    yeh: fc.boolean(),
    kaf: fc.boolean(),
    alef: fc.boolean(),
    hamza: fc.boolean(),
    tehMarbuta: fc.boolean(),
    tatweel: fc.boolean(),
    diacritics: fc.boolean(),
    zeroWidth: fc.constantFrom('remove' as const, 'space' as const, 'keep' as const),
    digits: fc.boolean(),
    presentationForms: fc.boolean(),
    controls: fc.boolean(),
    whitespace: fc.boolean(),
    lowercase: fc.boolean(),
  },
  { requiredKeys: [] },
);

const NORMALIZE_KEYS = [
  'yeh',
  'kaf',
  'alef',
  'hamza',
  'tehMarbuta',
  'tatweel',
  'diacritics',
  'zeroWidth',
  'digits',
  'presentationForms',
  'controls',
  'whitespace',
  'lowercase',
];
const SEGMENT_KEYS = ['lineBreaks', 'semicolons', 'quotations', 'abbreviations'];
const COMPARE_KEYS = [
  'mode',
  'boilerplate',
  'kinds',
  'minSeverity',
  'lowConfidence',
  'reportEqualNumbers',
  'islamic',
  'segment',
  'align',
  'claims',
];
const INPUT_KEYS = ['language', 'variant', 'title', 'publishedAt'];

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
    if (d.interval)
      ensure(
        isDate(d.interval.start) && isDate(d.interval.end) && d.interval.start <= d.interval.end,
        `date interval ${JSON.stringify(d.interval)}`,
      );
    ensure(['gregorian', 'persian', 'islamic'].includes(d.calendar), `calendar ${d.calendar}`);
  }
}

export const PROPERTIES: Record<string, Property> = {
  normalize: {
    runs: 10_000,
    arbitrary: fc.tuple(orNot(anyText), hostile(normalizeOptions, NORMALIZE_KEYS)),
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
    arbitrary: fc.tuple(anyText, orNot(fc.nat()), orNot(fc.nat())),
    check: ([text, x, y]: [string, number, number]) => {
      const n = api.normalize(text);
      if (typeof x !== 'number' || typeof y !== 'number' || Number.isNaN(x) || Number.isNaN(y)) {
        api.toSourceSpan(n, x, y);
        return;
      }
      const start = Math.min(x, y) % (n.text.length + 1);
      const end = start + (Math.max(x, y) % (n.text.length + 1 - start));
      const span = api.toSourceSpan(n, start, end);
      spansInOrder('toSourceSpan', text, [span]);
      ensure(span.start <= (n.offsets[start] ?? text.length), 'the span starts after the folded start');
    },
  },
  detectLanguage: {
    runs: 10_000,
    arbitrary: fc.tuple(
      orNot(anyText),
      hostile(fc.record({ sampleSize: fc.integer({ min: 0, max: 100_000 }) }, { requiredKeys: [] }), ['sampleSize']),
    ),
    check: ([text, options]: [string, api.DetectLanguageOptions]) => {
      const g = api.detectLanguage(text, options);
      ensure(['ar', 'fa', 'unknown'].includes(g.language), `language ${g.language}`);
      ensure(g.tag === (g.variant ?? (g.language === 'unknown' ? 'und' : g.language)), `tag ${g.tag} for ${g.language}/${g.variant}`);
      probability('confidence', g.confidence);
    },
  },
  tokenize: {
    runs: 10_000,
    arbitrary: orNot(anyText),
    check: (text: string) => {
      const tokens = api.tokenize(text);
      spansInOrder('tokens', text, tokens, { disjoint: true, nonEmpty: true });
      for (const t of tokens) ensure(['word', 'number', 'punctuation', 'symbol'].includes(t.kind), `kind ${t.kind}`);
    },
  },
  segment: {
    runs: 10_000,
    arbitrary: fc.tuple(orNot(anyText), hostile(segmentOptions, SEGMENT_KEYS)),
    check: ([text, options]: [string, api.SegmentOptions]) => {
      const list = api.segment(text, options);
      sentencesValid('sentences', text, list);
      list.forEach((s, i) => {
        ensure(s.index === i, `sentence ${i} has index ${s.index}`);
      });
    },
  },
  alignSentences: {
    runs: 10_000,
    arbitrary: fc.tuple(
      orNot(sentences),
      orNot(sentences),
      hostile(
        fc.record(
          {
            sourceLanguage: fc.constantFrom('ar' as const, 'fa' as const, 'fa-AF' as const),
            targetLanguage: fc.constantFrom('ar' as const, 'fa' as const, 'prs' as const),
            // Rare: a caller dictionary costs ~160 ms a call (the whole bilingual lexicon is indexed again with it).
            dictionary: fc.oneof(
              { weight: 49, arbitrary: fc.constant(undefined) },
              {
                weight: 1,
                arbitrary: fc.array(fc.tuple(shortText, fc.oneof(shortText, fc.array(shortText, { maxLength: 3 }))), { maxLength: 3 }),
              },
            ),
            similarity: fc.option(fc.double(), { nil: undefined }).map((x) => () => x),
            similarityWeight: fc.double({ min: 0, max: 10, noNaN: true }),
            explain: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
        ['sourceLanguage', 'targetLanguage', 'dictionary', 'similarity', 'similarityWeight', 'explain'],
      ),
    ),
    check: ([source, target, options]: [string[], string[], api.AlignOptions]) => {
      const a = api.alignSentences(source, target, defined(options));
      beadsCover('beads', a.beads, source.length, target.length);
      a.beads.forEach((b, i) => {
        probability(`beads[${i}].confidence`, b.confidence);
      });
    },
  },
  alignTexts: {
    runs: 10_000,
    arbitrary: fc.tuple(
      orNot(anyText),
      anyText,
      hostile(
        fc.record(
          { segment: hostile(segmentOptions, SEGMENT_KEYS), sourceLanguage: fc.constantFrom('ar' as const, 'fa' as const) },
          { requiredKeys: [] },
        ),
        ['segment', 'sourceLanguage', 'targetLanguage'],
      ),
    ),
    check: ([source, target, options]: [string, string, api.AlignTextsOptions]) => {
      const a = api.alignTexts(source, target, options);
      sentencesValid('sourceSentences', source, a.sourceSentences);
      sentencesValid('targetSentences', target, a.targetSentences);
      beadsCover('beads', a.beads, a.sourceSentences.length, a.targetSentences.length);
      a.beads.forEach((b, i) => {
        probability(`beads[${i}].confidence`, b.confidence);
      });
    },
  },
  compareNames: {
    runs: 10_000,
    arbitrary: fc.tuple(
      orNot(anyText),
      orNot(anyText),
      hostile(fc.record({ threshold: fc.double({ min: 0, max: 1, noNaN: true }) }, { requiredKeys: [] }), ['threshold']),
    ),
    check: ([a, b, options]: [string, string, api.CompareNamesOptions]) => {
      const m = api.compareNames(a, b, options);
      probability('score', m.score);
      ensure(typeof m.same === 'boolean', 'same is not a boolean');
      ensure(['identical', 'convention', 'transliteration', 'partial', 'different'].includes(m.reason.kind), `kind ${m.reason.kind}`);
      ensure(typeof m.reason.detail === 'string' && m.reason.detail.length > 0, 'no detail');
    },
  },
  findNames: {
    runs: 10_000,
    arbitrary: fc.tuple(
      orNot(anyText),
      hostile(fc.record({ language, adjectives: fc.boolean() }, { requiredKeys: [] }), ['language', 'adjectives']),
    ),
    check: ([text, options]: [string, api.FindNamesOptions]) => {
      const names = api.findNames(text, defined(options));
      spansInOrder('names', text, names, { disjoint: true, nonEmpty: true });
      for (const n of names) ensure(['person', 'place', 'organization', 'unknown'].includes(n.type), `type ${n.type}`);
    },
  },
  clusterNames: {
    runs: 10_000,
    arbitrary: fc.tuple(
      fc.array(anyText, { maxLength: 3 }),
      hostile(fc.record({ threshold: fc.double({ min: 0, max: 1, noNaN: true }) }, { requiredKeys: [] }), ['threshold']),
      fc.boolean(),
    ),
    check: ([texts, options, broken]: [string[], api.ClusterNamesOptions, boolean]) => {
      const mentions = texts.flatMap((text, i) => namesOf(text, `d${i}`));
      // Now and then a mention as a careless caller hands it over: without its document, or with a number for its text.
      if (broken && mentions[0])
        mentions[0] = { ...mentions[0], ...(mentions.length % 2 ? { text: 42 } : { document: undefined }) } as never;
      const clusters = api.clusterNames(mentions, options);
      // Every mention is in exactly one cluster, at its place (under the spelling it folds to, as first written).
      const placed = clusters.flatMap((c) => c.spellings.flatMap((s) => s.occurrences.map((o) => `${o.document}:${o.start}:${o.end}`)));
      const given = mentions.map((m) => `${m.document}:${m.start}:${m.end}`);
      ensure(
        placed.length === given.length && new Set(placed).size === placed.length,
        `${given.length} mentions placed ${placed.length} times`,
      );
      for (const g of given) ensure(placed.includes(g), `mention ${g} in no cluster`);
    },
  },
  extractDates: {
    runs: 10_000,
    arbitrary: fc.tuple(
      orNot(fc.oneof(anyText, newsText)),
      hostile(
        fc.record({ language, referenceDate, islamic: fc.constantFrom('umalqura' as const, 'civil' as const) }, { requiredKeys: [] }),
        ['language', 'referenceDate', 'islamic'],
      ),
    ),
    check: ([text, options]: [string, api.ExtractDatesOptions]) => {
      datesValid(text, api.extractDates(text, defined(options)));
    },
  },
  relateDates: {
    runs: 10_000,
    arbitrary: fc.tuple(newsText, newsText, hostile(fc.record({ referenceDate }, { requiredKeys: [] }), ['referenceDate']), fc.boolean()),
    check: ([x, y, options, broken]: [string, string, api.RelateDatesOptions, boolean]) => {
      const a = api.extractDates(x);
      const b = api.extractDates(y, { language: 'fa' });
      for (const m of a.slice(0, 3)) {
        for (const n of b.slice(0, 3)) {
          // Now and then a date as a careless caller hands it over: its calendar or fields lost or mistyped.
          const other = broken ? ({ ...n, ...(x.length % 2 ? { calendar: 'julian' } : { fields: null }) } as never) : n;
          const r = api.relateDates(m, other, options);
          ensure(['equal', 'contains', 'within', 'overlaps', 'disjoint', 'unknown'].includes(r.relation), `relation ${r.relation}`);
          for (const days of [r.overlapDays, r.minOverlapDays, r.gapDays])
            ensure(days === undefined || (Number.isInteger(days) && days >= 0), `days ${days}`);
        }
      }
    },
  },
  extractNumbers: {
    runs: 10_000,
    arbitrary: fc.tuple(
      orNot(fc.oneof(anyText, newsText)),
      hostile(fc.record({ language, includeDates: fc.boolean() }, { requiredKeys: [] }), ['language', 'includeDates']),
    ),
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
      hostile(
        fc.record({ language, publishedAt: fc.option(referenceDate, { nil: undefined }), title: shortText }, { requiredKeys: [] }),
        INPUT_KEYS,
      ),
      hostile(
        fc.record(
          {
            kinds: fc.subarray(['name', 'date', 'number', 'omission'] as const),
            minSeverity: fc.constantFrom('info' as const, 'warning' as const, 'conflict' as const),
            lowConfidence: fc.double({ min: 0, max: 1, noNaN: true }),
            reportEqualNumbers: fc.boolean(),
            islamic: fc.constantFrom('umalqura' as const, 'civil' as const),
            segment: segmentOptions,
            claims: fc.record(
              { minSurprise: fc.double({ min: -5, max: 10, noNaN: true }), minOverlap: fc.double({ min: 0, max: 1, noNaN: true }) },
              { requiredKeys: [] },
            ),
          },
          { requiredKeys: [] },
        ),
        COMPARE_KEYS,
      ),
      orNot(fc.constant(undefined)),
    ),
    check: ([a, b, meta, options, second]: [string, string, Omit<api.CompareInput, 'text'>, api.CompareOptions, unknown]) => {
      // The first document with its fields (or in place of them a hostile value), the second a text, or now and then no text at all.
      const first = typeof meta === 'object' && meta !== null && !Array.isArray(meta) ? { text: a, ...defined(meta) } : meta;
      const other = second === undefined ? b : second;
      const report = api.compare(first as api.CompareInput, other as string, options);
      reportValid(report, typeof first === 'string' ? first : a, other as string);
    },
  },
  compareAsync: {
    // Each call compares twice (asynchronously and synchronously), so fewer runs than compare's.
    runs: 2_000,
    arbitrary: fc.tuple(
      fc.oneof(shortText, newsText),
      fc.oneof(shortText, newsText),
      fc.constantFrom('auto' as const, 'parallel' as const, 'comparable' as const),
    ),
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
      orNot(fc.array(orNot(fc.oneof(shortText, newsText)), { maxLength: 4 })),
      hostile(
        fc.record(
          {
            mode: fc.constantFrom('auto' as const, 'parallel' as const, 'comparable' as const),
            kinds: fc.subarray(['name', 'date', 'number', 'omission'] as const),
            minSeverity: fc.constantFrom('info' as const, 'warning' as const, 'conflict' as const),
            boilerplate: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
        COMPARE_KEYS,
      ),
      fc.option(referenceDate, { nil: undefined }),
    ),
    check: ([texts, options, publishedAt]: [string[], api.CompareOptions, string | undefined]) => {
      const documents = Array.isArray(texts)
        ? texts.map((text) => ({ text, ...(publishedAt === undefined ? {} : { publishedAt }) }))
        : texts;
      multiValid(api.compareMany(documents, options), texts);
    },
  },
  matchClaims: {
    runs: 10_000,
    arbitrary: fc.tuple(
      orNot(sentences),
      sentences,
      hostile(
        fc.record(
          {
            sourceLanguage: fc.constantFrom('ar' as const, 'fa' as const),
            targetLanguage: fc.constantFrom('ar' as const, 'fa' as const),
            minSurprise: fc.double({ min: -5, max: 10, noNaN: true }),
            minOverlap: fc.double({ min: 0, max: 1, noNaN: true }),
            skip: hostile(
              fc.record(
                { source: fc.array(fc.nat(10), { maxLength: 3 }), target: fc.array(fc.nat(10), { maxLength: 3 }) },
                { requiredKeys: [] },
              ),
              ['source', 'target'],
            ),
          },
          { requiredKeys: [] },
        ),
        ['sourceLanguage', 'targetLanguage', 'skip', 'minSurprise', 'minOverlap', 'dictionary'],
      ),
    ),
    check: ([source, target, options]: [string[], string[], api.MatchClaimsOptions]) => {
      const seen = { source: new Set<number>(), target: new Set<number>() };
      for (const m of api.matchClaims(source, target, options)) {
        probability('confidence', m.confidence);
        for (const side of ['source', 'target'] as const) {
          const length = side === 'source' ? source.length : target.length;
          const skipped = new Set(options?.skip?.[side] ?? []);
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
    arbitrary: fc.tuple(
      orNot(fc.oneof(anyText, newsText)),
      hostile(fc.record({ language, segment: hostile(segmentOptions, SEGMENT_KEYS) }, { requiredKeys: [] }), [
        'language',
        'segment',
        'sentences',
      ]),
    ),
    check: ([text, options]: [string, api.FindBoilerplateOptions]) => {
      const found = api.findBoilerplate(text, defined(options));
      spansInOrder('boilerplate', text, found, { disjoint: true, nonEmpty: true });
      const sentences = api.segment(text, options?.segment);
      for (const b of found) ensure(sentences[b.sentence]?.text === b.text, `boilerplate ${b.sentence} is not that sentence`);
    },
  },
  renderMultiMarkdown: {
    runs: 10_000,
    arbitrary: fc.tuple(
      fc.array(fc.oneof(shortText, newsText), { minLength: 1, maxLength: 3 }),
      fc.boolean(),
      fc.boolean(),
      orNot(fc.constant(undefined)),
    ),
    check: ([texts, isolates, singles, broken]: [string[], boolean, boolean, unknown]) => {
      const report = api.compareMany(texts);
      // Now and then no report at all, or one of another version.
      if (broken !== undefined)
        api.renderMultiMarkdown((typeof broken === 'object' && broken !== null ? { ...report, version: 2 } : broken) as MultiReport);
      const md = api.renderMultiMarkdown(report, { isolates, singles });
      const twin = api.renderMultiMarkdown(harmlessTwin(report as never) as unknown as MultiReport, { isolates, singles });
      ensure(md.split('\n').length === twin.split('\n').length, 'the text changed the number of lines');
      const structure = (s: string): string[] => s.split('\n').map((line) => line.slice(0, 2).replace(/[^#|\-*>]/g, ' '));
      ensure(JSON.stringify(structure(md)) === JSON.stringify(structure(twin)), 'the text changed how lines start');
    },
  },
  renderMultiHtml: {
    runs: 10_000,
    arbitrary: fc.tuple(
      fc.array(fc.oneof(shortText, newsText), { minLength: 1, maxLength: 3 }),
      hostile(fc.record({ singles: fc.boolean(), title: shortText }, { requiredKeys: [] }), ['singles', 'title', 'labels']),
    ),
    check: ([texts, options]: [string[], api.RenderMultiHtmlOptions]) => {
      const report = api.compareMany(texts);
      const html = api.renderMultiHtml(report, options);
      const singles = typeof options === 'object' && options !== null ? options.singles : undefined;
      const title = typeof options === 'object' && options !== null ? options.title : undefined;
      const twin = api.renderMultiHtml(harmlessTwin(report as never) as unknown as MultiReport, {
        ...(singles === undefined ? {} : { singles }),
        ...(typeof title === 'string' ? { title: 'x'.repeat(title.length) } : {}),
      });
      ensure(JSON.stringify(markup(html)) === JSON.stringify(markup(twin)), 'the text changed the markup (tags or attributes)');
      // The page's one script is the library's own (allowed by its hash); no other may appear.
      ensure(
        !/<script|href="\s*javascript:/i.test(html.replace(`<script>${SCRIPT}</script>`, '')),
        'a script or a javascript: link in the page',
      );
    },
  },
  renderMarkdown: {
    runs: 10_000,
    arbitrary: fc.tuple(
      orNot(arbitraryReport),
      fc.boolean(),
      fc.boolean(),
      hostile(fc.record({ a: shortText, b: shortText }, { requiredKeys: [] }), ['a', 'b']),
    ),
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
  isMuqabalaError: {
    runs: 10_000,
    arbitrary: fc.oneof(
      anyText.map((text) => new RangeError(text)),
      anyText,
      fc.anything(),
    ),
    check: (value: unknown) => {
      const thrown = (() => {
        try {
          api.segment(value as string);
        } catch (error) {
          return error;
        }
        return undefined;
      })();
      ensure(!api.isMuqabalaError(value), 'a value that is no error of muqabala passes as one');
      ensure(api.isMuqabalaError(thrown) === (typeof value !== 'string'), `segment(${typeof value}) threw ${String(thrown)}`);
    },
  },
  renderHtml: {
    runs: 10_000,
    arbitrary: fc.tuple(
      orNot(
        fc.oneof(
          arbitraryReport,
          fc.tuple(shortText, shortText).map(([a, b]) => api.compare(a, b)),
        ),
      ),
      hostile(
        fc.record(
          {
            title: shortText,
            labels: fc.record({ a: shortText, b: shortText }, { requiredKeys: [] }),
            lowConfidence: fc.double({ min: 0, max: 1, noNaN: true }),
          },
          { requiredKeys: [] },
        ),
        ['title', 'labels', 'lowConfidence'],
      ),
    ),
    check: ([report, options]: [ComparisonReport, api.RenderHtmlOptions]) => {
      const html = api.renderHtml(report, options);
      const given = typeof options === 'object' && options !== null ? options : {};
      const twinOptions = {
        ...given,
        ...(typeof given.title === 'string' ? { title: 'x'.repeat(given.title.length) } : {}),
        ...(given.labels ? { labels: harmlessTwin(given.labels as never) } : {}),
      };
      const twin = api.renderHtml(harmlessTwin(report), twinOptions as api.RenderHtmlOptions);
      ensure(JSON.stringify(markup(html)) === JSON.stringify(markup(twin)), 'the text changed the markup (tags or attributes)');
      // Text escapes '<', so a script element can only come from the renderer, which writes none.
      // The page's one script is the library's own (allowed by its hash); no other may appear.
      ensure(
        !/<script|href="\s*javascript:/i.test(html.replace(`<script>${SCRIPT}</script>`, '')),
        'a script or a javascript: link in the page',
      );
    },
  },
};
