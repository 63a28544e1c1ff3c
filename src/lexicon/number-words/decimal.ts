import { elementAt } from '../../contract/element-at.js';
/**
 * Exact decimal values: `units × 10^-scale` with a bigint, so that 1.25 billion or a 15-digit sum is
 * kept to the last digit where a JS number would round.
 */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

export function decimal(n: bigint | number): Decimal {
  return { units: BigInt(n), scale: 0 };
}

/** A run of ASCII digits with at most one `.` between digits (`2.5`, `1344`); `undefined` for anything else. */
function parseDecimal(text: string): Decimal | undefined {
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : text.slice(0, dot);
  const fraction = dot < 0 ? '' : text.slice(dot + 1);
  if (!isDigitRun(whole) || (dot >= 0 && !isDigitRun(fraction))) return undefined;
  return { units: BigInt(whole + fraction), scale: fraction.length };
}

/**
 * Whether a word is `min` to `max` ASCII digits and nothing else. Words of `normalize`d text write every
 * digit in ASCII, whatever the script it was typed in.
 */
export function isDigitRun(word: string, min = 1, max = Number.POSITIVE_INFINITY): boolean {
  if (word.length < min || word.length > max) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Whether a word of `normalize`d text starts with a digit: a numeral (1344, 1,344, 2.5) or a date in digits. */
export function startsWithDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

export function add(a: Decimal, b: Decimal): Decimal {
  if (a.scale === b.scale) return { units: a.units + b.units, scale: a.scale };
  return a.scale > b.scale
    ? { units: a.units + b.units * 10n ** BigInt(a.scale - b.scale), scale: a.scale }
    : { units: a.units * 10n ** BigInt(b.scale - a.scale) + b.units, scale: b.scale };
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** The canonical decimal string: no exponent, no leading zeros, no trailing zeros after the point (`2500000`, `0.5`). */
export function toDecimalString(a: Decimal): string {
  let { units, scale } = a;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  const negative = units < 0n;
  let digits = (negative ? -units : units).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    digits = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  }
  return negative ? `-${digits}` : digits;
}

/**
 * A number written in ASCII digits as it comes out of `normalize` (which maps ٬ to `,` and ٫ to `.`):
 * `1344`, `1,344`, `2.5`, `1,234,567.5`, `1.234.567` and `150.000` (dots grouping thousands), `2,5` (decimal comma).
 * Anything else (`1,2,3`, `1.2.3`) is `undefined`: it is not one number.
 */
export function parseNumeral(text: string): Decimal | undefined {
  const commas = text.split(',');
  if (commas.length === 1) {
    const dots = text.split('.');
    // 150.000 is 150 thousand, as much Arabic text writes it; nobody writes 150 with three zero decimals.
    if (dots.length === 2 && dots[1] === '000' && isGrouped(dots)) return parseDecimal(dots.join(''));
    if (dots.length <= 2) return parseDecimal(text);
    return isGrouped(dots) ? parseDecimal(dots.join('')) : undefined;
  }
  if (commas.length === 2 && elementAt(commas, 1).length < 3 && !text.includes('.')) {
    return parseDecimal(`${commas[0]}.${commas[1]}`);
  }
  const last = elementAt(commas, commas.length - 1);
  const dot = last.indexOf('.');
  const groups = [...commas.slice(0, -1), dot < 0 ? last : last.slice(0, dot)];
  if (!isGrouped(groups)) return undefined;
  return parseDecimal(groups.join('') + (dot < 0 ? '' : last.slice(dot)));
}

/** 1–3 digits, then groups of exactly three. */
function isGrouped(groups: readonly string[]): boolean {
  const first = elementAt(groups, 0);
  if (first.length < 1 || first.length > 3) return false;
  for (let i = 1; i < groups.length; i++) if (elementAt(groups, i).length !== 3) return false;
  return true;
}
