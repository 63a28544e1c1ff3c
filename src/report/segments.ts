import { elementAt } from '../contract/element-at.js';
/** A span to highlight, tagged with what it belongs to (a finding's number). */
export interface TaggedSpan<T> {
  readonly start: number;
  readonly end: number;
  readonly tag: T;
}

/** A piece of a range with the tags of every span that covers all of it (none for plain text). */
export interface Segment<T> {
  readonly start: number;
  readonly end: number;
  readonly tags: readonly T[];
  /** Tags whose span starts here (so a link can target the first piece of a span). */
  readonly starting: readonly T[];
}

/**
 * Cuts `[start, end)` at every edge of the spans, so that overlapping and nested spans become a run of
 * segments each covered by a fixed set of spans. Spans are clamped to the range; empty spans become empty
 * segments at their offset. Segments are in order and tile the range exactly.
 */
export function splitAtSpans<T>(start: number, end: number, spans: readonly TaggedSpan<T>[]): Segment<T>[] {
  const inside = spans
    .filter((s) => (s.start < s.end ? s.start < end && s.end > start : s.start === s.end && s.start >= start && s.start <= end))
    .map((s) => ({ start: Math.max(start, s.start), end: Math.min(end, s.end), tag: s.tag }));
  const cuts = [...new Set([start, end, ...inside.flatMap((s) => [s.start, s.end])])].sort((x, y) => x - y);
  const out: Segment<T>[] = [];
  const points = (at: number): Segment<T> | undefined => {
    const here = inside.filter((s) => s.start === at && s.end === at).map((s) => s.tag);
    return here.length ? { start: at, end: at, tags: here, starting: here } : undefined;
  };
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = elementAt(cuts, i);
    const to = elementAt(cuts, i + 1);
    const point = points(from);
    if (point) out.push(point);
    const covering = inside.filter((s) => s.start <= from && s.end >= to);
    out.push({
      start: from,
      end: to,
      tags: covering.map((s) => s.tag),
      starting: covering.filter((s) => s.start === from).map((s) => s.tag),
    });
  }
  const last = points(end);
  if (last) out.push(last);
  return out;
}
