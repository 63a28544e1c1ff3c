import type { NameMatch } from './name-match.js';

type MatchNames = (a: string, b: string, threshold: number) => NameMatch;

/** Heads of bodies whose names list what they are in charge of, which a short form cuts after the first item. */
const REMIT_KINDS: ReadonlySet<string> = new Set(['ministry', 'organisation']);

/**
 * Whether a ministry's or a state organisation's name is the other's with more of its remit after it, joined by
 * "and" or a comma (وزارت دفاع و پشتیبانی نیروهای مسلح / وزارت دفاع, وزارة الصحة والسكان / وزارة الصحة, سازمان میراث
 * فرهنگی، گردشگری و صنایع دستی / سازمان میراث فرهنگی): ministries gain and lose portfolios, and news names them by
 * the first. Only the remit's last items may be left out, never a word before them (وزارة التعليم is not وزارة
 * التعليم العالي والبحث العلمي), and only after "and": a party's name of two nouns is a name, not a list
 * (العدالة والتنمية), so parties, fronts and papers are no such heads. Takes the two rests after the heads and
 * returns the items the longer adds, or undefined.
 */
export function remitLeftOut(kind: string, x: string, y: string, threshold: number, matchNames: MatchNames): string | undefined {
  if (!REMIT_KINDS.has(kind)) return undefined;
  const [wx, wy] = [x.trim().split(/\s+/u), y.trim().split(/\s+/u)];
  const [longer, shorter] = wx.length > wy.length ? [wx, y] : [wy, x];
  const n = (wx.length > wy.length ? wy : wx).length;
  if (n === 0 || shorter.trim() === '' || longer.length <= n) return undefined;
  const last = longer[n - 1] ?? '';
  const next = longer[n] ?? '';
  const comma = /[،,]$/u.test(last);
  const and = next === 'و' || next === '،' || next === ',' || (next.startsWith('وال') && next.length >= 5);
  if (!comma && !and) return undefined;
  const prefix = [...longer.slice(0, n - 1), last.replace(/[،,]$/u, '')].join(' ');
  const m = matchNames(prefix, shorter, threshold);
  if (!m.same || m.reason.kind === 'partial') return undefined;
  return longer
    .slice(n)
    .join(' ')
    .replace(/^[،,]\s*/u, '');
}
