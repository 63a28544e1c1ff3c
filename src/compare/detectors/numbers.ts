import { extractNumbers, type NumberMention } from '../../extract/numbers.js';
import type { NumberFinding, NumberValue, Side } from '../../report/types.js';
import type { ComparisonContext, ContextDocument, Detector } from '../context.js';
import { mentionsBySentence, sentencesOf } from '../mentions.js';
import { pairMentions, type Pairing } from '../pairing.js';

/** Options of the number detector. */
export interface NumberDetectorOptions {
  /** Also report equal values written differently (digits of another script, words). Default `false`. */
  readonly reportEqual: boolean;
}

/** A number, and whether it is part of a date (the 2025 of عام 2025), where the date detector speaks for it. */
export interface Num extends NumberMention {
  readonly inDate: boolean;
}

/**
 * The numbers of a document, those inside dates included: one side may write a year as a date (في عام 2020)
 * where the other writes it bare (انتخابات ۲۰۲۰), and they must still pair.
 */
function numbers(doc: ContextDocument): Num[][] {
  const language = doc.language === 'unknown' ? undefined : doc.language;
  const plain = new Set(extractNumbers(doc.text, language ? { language } : {}).map((m) => m.start));
  const all = extractNumbers(doc.text, { ...(language ? { language } : {}), includeDates: true });
  return mentionsBySentence(
    doc,
    all.map((m) => ({ ...m, inDate: !plain.has(m.start) })),
  );
}

/** A number as a report gives it. */
export function numberValue(m: NumberMention): NumberValue {
  return { text: m.text, value: m.value, ...(m.unit ? { unit: m.unit } : {}), ...(m.qualifier ? { qualifier: m.qualifier } : {}) };
}

const SAME = 3;
const DIFFERENT = 1;

/** Units that measure the same thing in different scales (or one side has none) may still be one number. */
function unitsAgree(x: NumberMention, y: NumberMention): boolean {
  return x.unit === undefined || y.unit === undefined || x.unit === y.unit;
}

/** A number that may be a year (of any calendar the reports use). */
function yearLike(m: Num): boolean {
  const n = Number(m.value);
  return Number.isInteger(n) && n >= 1300 && n <= 2100;
}

function score(x: Num, y: Num): number | undefined {
  if (!unitsAgree(x, y)) return undefined;
  if (x.value === y.value) return SAME + (x.unit === y.unit ? 0.5 : 0);
  // A part of a date stands against a bare number only as a year (عام 2020 against ۲۰۲۱), never as a day of
  // the month against a count (the ۲۵ of ۲۵ ثور against 23 people).
  if (x.inDate !== y.inDate && !(yearLike(x) && yearLike(y))) return undefined;
  return DIFFERENT + (x.unit !== undefined && x.unit === y.unit ? 0.5 : 0);
}

/**
 * A bound such as "more than 8" against a plain 9: compatible, so only a warning. The same bound on both
 * sides (more than 500 / more than 507, about 150,000 / about 150,007) is one statement with two values.
 */
function withinQualifier(x: NumberMention, y: NumberMention): boolean {
  if (x.qualifier !== undefined && x.qualifier === y.qualifier) return false;
  const a = Number(x.value);
  const b = Number(y.value);
  const fits = (q: NumberMention['qualifier'], bound: number, v: number): boolean =>
    q === 'more-than' ? v > bound : q === 'at-least' ? v >= bound : q === 'less-than' ? v < bound : q === 'at-most' ? v <= bound : q === 'about' ? Math.abs(v - bound) <= 0.1 * Math.abs(bound) : false;
  return fits(x.qualifier, a, b) || fits(y.qualifier, b, a);
}

/** Arabic says one and two with the singular and the dual (مصدران) where Persian writes یک and دو: no finding. */
function expressedByGrammar(m: Num): boolean {
  return m.form === 'words' && (m.value === '1' || m.value === '2') && m.unit === undefined;
}

/**
 * Between independent reports two different numbers are compared only when they measure the same thing in
 * the same unit (1344 km against 1300 km), never a count against a count of something else (the five killed
 * against the three phases of a plan) nor a year against a count.
 */
function scoreStrictly(x: Num, y: Num): number | undefined {
  if (x.value === y.value) return score(x, y);
  return x.unit !== undefined && x.unit === y.unit && x.inDate === y.inDate ? score(x, y) : undefined;
}

/** The numbers of the two documents (those in dates included), paired: the same quantity on both sides. */
export function pairNumbers(ctx: ComparisonContext): Pairing<Num> {
  return pairMentions(
    ctx,
    { a: numbers(ctx.a), b: numbers(ctx.b) },
    { score: ctx.mode === 'comparable' ? scoreStrictly : score, agree: (x, y) => x.value === y.value, neighbourScore: SAME, facts: true },
  );
}

/**
 * Numbers: different values in sentences that translate each other (`number/different`, conflict), values
 * that agree only within a bound such as "more than" (`number/approximate`), a number on one side only
 * (`number/unmatched`), and — when asked — equal values written differently (`number/form`).
 */
export function numberDetector(options: NumberDetectorOptions): Detector {
  return {
    kind: 'number',
    detect(ctx: ComparisonContext): NumberFinding[] {
      const { pairs, unmatched } = pairNumbers(ctx);
      const out: NumberFinding[] = [];
      for (const p of pairs) {
        // Two parts of dates: the date detector reports how the dates relate.
        if (p.a.inDate && p.b.inDate) continue;
        const base = {
          kind: 'number' as const,
          a: ctx.location('a', p.a.start, p.a.end),
          b: ctx.location('b', p.b.start, p.b.end),
          bead: p.bead,
          values: { a: numberValue(p.a), b: numberValue(p.b) },
        };
        if (p.a.value === p.b.value) {
          if (options.reportEqual && p.a.text !== p.b.text) {
            out.push({ ...base, rule: 'number/form', severity: 'info', confidence: 0.95, message: `The same number written two ways: ${p.a.text} in a and ${p.b.text} in b are both ${p.a.value}.` });
          }
        } else if (withinQualifier(p.a, p.b)) {
          out.push({ ...base, rule: 'number/approximate', severity: 'warning', confidence: 0.6, message: `The numbers agree only approximately: ${p.a.text} (${p.a.value}) in a and ${p.b.text} (${p.b.value}) in b.` });
        } else {
          out.push({ ...base, rule: 'number/different', severity: 'conflict', confidence: 0.8, message: `The numbers differ: ${p.a.text} is ${p.a.value} in a, but ${p.b.text} is ${p.b.value} in b.` });
        }
      }
      // Independent reports need not give the same numbers: one left out is no finding.
      for (const u of ctx.mode === 'parallel' ? unmatched : []) {
        const other: Side = u.side === 'a' ? 'b' : 'a';
        if (u.mention.inDate || sentencesOf(ctx.beads[u.bead]!, other).length === 0 || expressedByGrammar(u.mention)) continue;
        out.push({
          kind: 'number',
          rule: 'number/unmatched',
          severity: 'warning',
          confidence: 0.5,
          message: `Document ${u.side} gives the number ${u.mention.text} (${u.mention.value}); its counterpart in document ${other} has no such number.`,
          [u.side]: ctx.location(u.side, u.mention.start, u.mention.end),
          bead: u.bead,
          values: { [u.side]: numberValue(u.mention) },
        } as NumberFinding);
      }
      return out;
    },
  };
}
