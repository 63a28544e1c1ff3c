import { elementAt } from '../../contract/element-at.js';
/** One line of a domain file: the Arabic and the Persian forms of one meaning, as written. */
export interface ParsedEntry {
  readonly arabic: readonly string[];
  readonly persian: readonly string[];
}

/**
 * Reads one line of a domain file: `Arabic forms | Persian forms`, forms separated by `/`, a form being
 * one or more words. Blank lines and lines starting with `#` are not entries.
 *
 * @throws Error when the line has no `|`, more than one, or an empty side: the data is broken.
 */
export function parseLine(line: string): ParsedEntry | undefined {
  const text = line.trim();
  if (text.length === 0 || text.startsWith('#')) return undefined;
  const sides = text.split('|');
  if (sides.length !== 2) throw new Error(`Lexicon line needs exactly one '|': ${text}`);
  const arabic = forms(elementAt(sides, 0));
  const persian = forms(elementAt(sides, 1));
  if (arabic.length === 0 || persian.length === 0) throw new Error(`Lexicon line has an empty side: ${text}`);
  return { arabic, persian };
}

function forms(side: string): string[] {
  return side
    .split('/')
    .map((f) => f.trim())
    .filter((f) => f.length > 0);
}
