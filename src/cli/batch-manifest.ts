import { dirname, isAbsolute, resolve } from 'node:path';
import type { CompareInput, CompareOptions, Language } from '../index.js';

/**
 * One line of a batch manifest: a pair of documents to compare, each a file (relative to the manifest's
 * folder) or a text, with what is known of it; an id to find its report by (default its line number).
 *
 *     {"id": "kabul-1", "a": "ar/kabul-1.txt", "b": "fa/kabul-1.txt"}
 *     {"id": "herat", "a": {"file": "ar/herat.txt", "language": "ar"}, "b": {"text": "…", "publishedAt": "2025-01-29"}, "options": {"mode": "parallel"}}
 */
export interface BatchPair {
  readonly id: string;
  /** The line of the manifest it comes from, 1-based. */
  readonly line: number;
  readonly a: BatchDocument;
  readonly b: BatchDocument;
  readonly options: CompareOptions;
}

/** A document of a pair: a file to read or a text, with what the caller knows of it. */
export interface BatchDocument extends Omit<CompareInput, 'text'> {
  readonly file?: string;
  readonly text?: string;
}

/** A manifest line that cannot be compared, with the reason. */
export interface BatchLineError {
  readonly id: string;
  readonly line: number;
  readonly error: string;
}

const LANGUAGES: readonly string[] = ['ar', 'fa'];
const MODES: readonly string[] = ['auto', 'parallel', 'comparable'];
const SEVERITIES: readonly string[] = ['info', 'warning', 'conflict'];
const KINDS: readonly string[] = ['name', 'date', 'number', 'omission'];

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function documentOf(x: unknown, side: string, base: string): BatchDocument {
  if (typeof x === 'string') return { file: isAbsolute(x) ? x : resolve(base, x) };
  if (!isObject(x)) throw new Error(`"${side}" must be a file name or an object with "file" or "text"`);
  const { file, text, language, variant, title, publishedAt } = x;
  if ((file === undefined) === (text === undefined)) throw new Error(`"${side}" needs either "file" or "text"`);
  if (file !== undefined && typeof file !== 'string') throw new Error(`"${side}.file" must be a string`);
  if (text !== undefined && typeof text !== 'string') throw new Error(`"${side}.text" must be a string`);
  if (language !== undefined && !LANGUAGES.includes(language as string)) throw new Error(`"${side}.language" must be ar or fa`);
  if (variant !== undefined && variant !== 'fa-IR' && variant !== 'fa-AF') throw new Error(`"${side}.variant" must be fa-IR or fa-AF`);
  if (title !== undefined && typeof title !== 'string') throw new Error(`"${side}.title" must be a string`);
  if (publishedAt !== undefined && (typeof publishedAt !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(publishedAt))) {
    throw new Error(`"${side}.publishedAt" must be a date YYYY-MM-DD`);
  }
  return {
    ...(typeof file === 'string' ? { file: isAbsolute(file) ? file : resolve(base, file) } : {}),
    ...(typeof text === 'string' ? { text } : {}),
    ...(language !== undefined ? { language: language as Language } : {}),
    ...(variant !== undefined ? { variant: variant } : {}),
    ...(title !== undefined ? { title: title } : {}),
    ...(publishedAt !== undefined ? { publishedAt: publishedAt } : {}),
  };
}

function optionsOf(x: unknown): CompareOptions {
  if (x === undefined) return {};
  if (!isObject(x)) throw new Error('"options" must be an object');
  const { mode, minSeverity, kinds, boilerplate, reportEqualNumbers, islamic, ...rest } = x;
  const unknown = Object.keys(rest);
  if (unknown.length)
    throw new Error(
      `unknown option ${unknown.map((k) => `"${k}"`).join(', ')} (batch takes mode, minSeverity, kinds, boilerplate, reportEqualNumbers, islamic)`,
    );
  if (mode !== undefined && !MODES.includes(mode as string)) throw new Error('"options.mode" must be auto, parallel or comparable');
  if (minSeverity !== undefined && !SEVERITIES.includes(minSeverity as string))
    throw new Error('"options.minSeverity" must be info, warning or conflict');
  if (kinds !== undefined && !(Array.isArray(kinds) && kinds.every((k) => KINDS.includes(k as string))))
    throw new Error('"options.kinds" must be a list of name, date, number, omission');
  if (boilerplate !== undefined && typeof boilerplate !== 'boolean') throw new Error('"options.boilerplate" must be true or false');
  if (reportEqualNumbers !== undefined && typeof reportEqualNumbers !== 'boolean')
    throw new Error('"options.reportEqualNumbers" must be true or false');
  if (islamic !== undefined && islamic !== 'umalqura' && islamic !== 'civil')
    throw new Error('"options.islamic" must be umalqura or civil');
  return x;
}

/**
 * Reads a manifest: one JSON object per line (blank lines and lines starting with `#` are skipped). A line
 * that is not a valid pair becomes a {@link BatchLineError}, so that one bad line does not stop the batch.
 * Ids must be unique: a repeated id is an error on its second line.
 */
export function parseManifest(text: string, manifestPath: string): (BatchPair | BatchLineError)[] {
  const base = dirname(resolve(manifestPath));
  const seen = new Set<string>();
  const out: (BatchPair | BatchLineError)[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    let id = `line ${line}`;
    try {
      const value: unknown = JSON.parse(trimmed);
      if (!isObject(value)) throw new Error('a manifest line must be a JSON object');
      if (value.id !== undefined) {
        if (typeof value.id !== 'string' || value.id === '') throw new Error('"id" must be a non-empty string');
        id = value.id;
      }
      if (seen.has(id)) throw new Error(`the id "${id}" is already used by an earlier line`);
      seen.add(id);
      out.push({ id, line, a: documentOf(value.a, 'a', base), b: documentOf(value.b, 'b', base), options: optionsOf(value.options) });
    } catch (error) {
      out.push({ id, line, error: `manifest line ${line}: ${(error as Error).message}` });
    }
  });
  return out;
}
