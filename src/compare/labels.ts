// How findings' messages and the rendered reports name the two documents: by their title (a file name, an
// outlet, a headline), else by their language ("the Arabic text"), never as "a" and "b".
import type { Language, PersianVariant } from '../text/language.js';
import type { Side } from '../model/types.js';

/** What a document's label is made of: its title if it has one, else its language. */
export interface LabelSource {
  readonly title?: string | undefined;
  readonly language: Language | 'unknown';
  readonly variant?: PersianVariant | undefined;
}

/** A title longer than this is cut (with "…"): a headline given as a title would swamp every message. */
const MAX_TITLE = 48;

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** A title on one line, cut to {@link MAX_TITLE} characters (whole code points); undefined when blank. */
function shortTitle(title: string | undefined): string | undefined {
  if (title === undefined) return undefined;
  const line = title.replace(/\s+/gu, ' ').trim();
  if (!line) return undefined;
  const points = Array.from(line);
  return points.length <= MAX_TITLE ? line : `${points.slice(0, MAX_TITLE - 1).join('').trimEnd()}…`;
}

/** "Arabic", "Persian", "Dari" (Persian of Afghanistan), or "" for a document in no language the library reads. */
function languageName(source: LabelSource): string {
  if (source.language !== 'ar' && source.language !== 'fa') return '';
  return LANGUAGE_NAMES.of(source.language === 'fa' && source.variant === 'fa-AF' ? 'fa-AF' : source.language) ?? source.language;
}

/**
 * The labels of two documents: each one's title, else "the Arabic text", "the Dari text"…, or "the first text"
 * for one in no language the library reads; two that would be the same are told apart ("the first Arabic text"
 * and "the second Arabic text", or a title with "(first)").
 */
export function documentLabels(a: LabelSource, b: LabelSource): Readonly<Record<Side, string>> {
  const titles = { a: shortTitle(a.title), b: shortTitle(b.title) };
  const names = { a: languageName(a), b: languageName(b) };
  const label = (side: Side, order?: 'first' | 'second'): string => {
    const title = titles[side];
    if (title !== undefined) return order ? `${title} (${order})` : title;
    return ['the', order, names[side], 'text'].filter(Boolean).join(' ');
  };
  // A text in no language the library reads is told apart by its place: "the first text".
  const plain = { a: label('a', names.a || titles.a !== undefined ? undefined : 'first'), b: label('b', names.b || titles.b !== undefined ? undefined : 'second') };
  return plain.a === plain.b ? { a: label('a', 'first'), b: label('b', 'second') } : plain;
}

/** A label at the start of a sentence: "The Arabic text names …" (a title is left as written). */
export function atSentenceStart(label: string): string {
  return label.startsWith('the ') ? `T${label.slice(1)}` : label;
}
