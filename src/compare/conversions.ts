import { UNIT_MEASURE, UNIT_ZERO, type Dimension, type QuantityUnit } from '../lexicon/quantity-words.js';

/** A quantity as the comparison weighs it: a value, its unit, and whether it is a fraction of a whole. */
export interface Quantity {
  readonly value: string;
  readonly unit?: QuantityUnit;
  readonly role?: string;
}

/** The dimension a quantity measures; a fraction of a whole is a share, as a percentage is. */
export function dimensionOf(q: Quantity): Dimension | undefined {
  if (q.role === 'fraction') return 'percent';
  return q.unit === undefined ? undefined : UNIT_MEASURE[q.unit].dimension;
}

/**
 * Whether two quantities may be the same one: the same unit, one without a unit, or units of one dimension
 * that convert (feet and metres); counts of people, cases and times go together.
 */
export function unitsCompatible(x: Quantity, y: Quantity): boolean {
  if (x.role === 'fraction' || y.role === 'fraction') {
    const other = x.role === 'fraction' ? y : x;
    return other.role === 'fraction' || other.unit === 'percent';
  }
  if (x.unit === undefined || y.unit === undefined || x.unit === y.unit) return true;
  const dx = UNIT_MEASURE[x.unit].dimension;
  return dx === UNIT_MEASURE[y.unit].dimension && dx !== 'currency';
}

/** `value` in `unit` expressed in its dimension's base unit, under each size the unit has. */
function toBase(value: number, q: Quantity): number[] {
  if (q.role === 'fraction') return [value * 100];
  if (q.unit === 'percent') return [value];
  const unit = q.unit as QuantityUnit;
  const sizes = UNIT_MEASURE[unit].sizes ?? [1];
  const zero = UNIT_ZERO[unit] ?? 0;
  return sizes.map((size) => (value - zero) * size);
}

/** `base` (a value in the base unit) expressed in `q`'s unit, under each size the unit has. */
function fromBase(base: number, q: Quantity): number[] {
  if (q.role === 'fraction') return [base / 100];
  if (q.unit === 'percent') return [base];
  const unit = q.unit as QuantityUnit;
  const sizes = UNIT_MEASURE[unit].sizes ?? [1];
  const zero = UNIT_ZERO[unit] ?? 0;
  return sizes.map((size) => base / size + zero);
}

/**
 * Whether `x` converted into `y`'s unit is `y` within the rounding a translator would use (550 lb is 249.5
 * kg, written 250; 20 ft is 6.1 m, written 6; 1–4 inches are 25–102 mm, written 25–100), or the other
 * way round. A share of a whole and a percentage convert too
 * (ثلثا, two thirds, is 67%). Units of different sizes only: the same unit is not a conversion.
 */
export function agreesAfterConversion(x: Quantity, y: Quantity): boolean {
  if (shareAgainstBare(x, y)) {
    const share = x.role === 'fraction' ? x : y;
    const bare = share === x ? y : x;
    return Math.abs(Number(share.value) * 100 - Number(bare.value)) <= RELATIVE_ROUNDING * Number(bare.value);
  }
  if (!isConversion(x, y)) return false;
  return within(x, y) || within(y, x);
}

/** Whether x and y are in units of one dimension that differ (or a share of a whole against a percentage). */
export function isConversion(x: Quantity, y: Quantity): boolean {
  const dx = dimensionOf(x);
  const dy = dimensionOf(y);
  if (dx === undefined || dx !== dy || dx === 'count' || dx === 'currency') return false;
  if (dx === 'percent') return (x.role === 'fraction') !== (y.role === 'fraction');
  return x.unit !== y.unit;
}

/** A share of a whole against a bare number, which may be its percentage without the unit (النصف / 50). */
function shareAgainstBare(x: Quantity, y: Quantity): boolean {
  return (
    (x.role === 'fraction' && y.unit === undefined && y.role === undefined) ||
    (y.role === 'fraction' && x.unit === undefined && x.role === undefined)
  );
}

/**
 * How far a translator's rounding of a conversion may go: 5% of the value (1.83 m written 1.8, 294.8 kg
 * written 290, 101.6 mm written 100), or 1.5 degrees of temperature, whose zero is arbitrary.
 */
const RELATIVE_ROUNDING = 0.05;
const DEGREES_ROUNDING = 1.5;

function within(from: Quantity, to: Quantity): boolean {
  const value = Number(from.value);
  const target = Number(to.value);
  if (!Number.isFinite(value) || !Number.isFinite(target)) return false;
  const limit = dimensionOf(to) === 'temperature' ? DEGREES_ROUNDING : RELATIVE_ROUNDING * Math.abs(target);
  return toBase(value, from).some((base) => fromBase(base, to).some((v) => Math.abs(v - target) <= limit + 1e-9));
}

/** `x` expressed in `y`'s unit, to four significant digits, for a message (20 ft → 6.096). */
export function convertedValue(x: Quantity, y: Quantity): string | undefined {
  if (!isConversion(x, y)) return undefined;
  const base = toBase(Number(x.value), x)[0];
  const v = base === undefined ? undefined : fromBase(base, y)[0];
  return v === undefined || !Number.isFinite(v) ? undefined : fourDigits(v);
}

/** A value for a message, to four significant digits (6.096, 74.56, 50). */
export function fourDigits(v: number): string {
  return String(Number(v.toPrecision(4)));
}
