/**
 * A decimal string as an English reader writes it: the integer part grouped in thousands (40000000 →
 * 40,000,000; 1344.5 → 1,344.5; -12000 → -12,000), from the string itself, so that no value loses digits
 * to a float. Numbers of four digits keep no comma (1344, and a year stays 2025). Anything that is not a
 * plain decimal is returned as it is.
 */
export function groupDigits(value: string): string {
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(value);
  if (!match) return value;
  const [, sign, whole = '', fraction = ''] = match;
  if (whole.length <= 4) return value;
  let grouped = '';
  for (let end = whole.length; end > 0; end -= 3) grouped = whole.slice(Math.max(0, end - 3), end) + (grouped ? `,${grouped}` : '');
  return `${sign}${grouped}${fraction}`;
}
