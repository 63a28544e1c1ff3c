// The words of a sentence around a finding, cut to a length a reader takes in at a glance, for every renderer.

export const EXCERPT = 320;
export const CONTEXT = 110;
/**
 * The part of a long sentence to show around its highlights: the whole sentence up to 320 characters, else
 * about 110 characters either side of the highlighted words, cut at spaces; `before`/`after` say whether
 * something was cut there (for an ellipsis).
 */

export function excerpt(
  sentence: { readonly text: string; readonly start: number; readonly end: number },
  spans: readonly { readonly start: number; readonly end: number }[],
): { start: number; end: number; before: boolean; after: boolean } {
  const { start, end, text } = sentence;
  if (end - start <= EXCERPT) return { start, end, before: false, after: false };
  const inside = spans.filter((s) => s.end >= start && s.start <= end);
  let first = end;
  let last = start;
  for (const s of inside) {
    first = Math.min(first, s.start);
    last = Math.max(last, s.end);
  }
  first = inside.length ? Math.max(start, first) : start;
  last = inside.length ? Math.min(end, last) : start;
  let from = Math.max(start, first - CONTEXT);
  let to = Math.min(end, Math.max(last + CONTEXT, from + EXCERPT));
  if (last - first > EXCERPT) to = Math.min(end, first + EXCERPT);
  // Cut at spaces, never inside a word (nor a surrogate pair).
  if (from > start) {
    const space = text.indexOf(' ', from - start);
    if (space >= 0 && start + space < first) from = start + space + 1;
  }
  if (to < end) {
    const space = text.lastIndexOf(' ', to - start);
    if (space > 0 && start + space >= Math.max(from + 1, Math.min(last, to))) to = start + space;
  }
  const low = (at: number): boolean => (text.charCodeAt(at - start) & 0xfc00) === 0xdc00;
  if (from > start && from < end && low(from)) from++;
  if (to < end && to > from && low(to)) to--;
  return { start: from, end: to, before: from > start, after: to < end };
}
