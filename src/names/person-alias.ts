// A person named by another name than his own (a kunya, a nom de guerre, a title with the given name, the Greek,
// Latin or Arabic name of a figure of the past): the list in src/lexicon/person-aliases.ts, looked up by the folded
// name.

import { personAliases, regnalNames, TWO_PEOPLE, type AliasKind, type PersonAliases } from '../lexicon/person-aliases.js';
import { foldName, lettersOf } from './phonetic.js';
import { romanValue } from './latin-regnal.js';
import { ordinalAtEnd } from './regnal.js';
import { different, type NameMatch } from './name-match.js';
import { memoize } from '../text/memo.js';

/**
 * A name folded for lookup: Arabic-script letters without spaces or ZWNJ, or Latin letters in lower case. Remembered:
 * every comparison of names looks both up, several times.
 */
const key: (name: string) => string = /* @__PURE__ */ memoize((name: string): string =>
  /[A-Za-z]/u.test(name) ? name.toLowerCase().replace(/[^a-z]/gu, '') : lettersOf(foldName(name)).replace(/\s/gu, ''),
);

/** One listed form: the row it is in, and whether it is the row's other name or one of the person's own. */
interface Form {
  readonly row: PersonAliases;
  readonly alias: boolean;
}

let index: Map<string, Form[]> | undefined;
let regnalIndex: Map<string, Form[]> | undefined;

function build(rows: readonly PersonAliases[]): Map<string, Form[]> {
  const built = new Map<string, Form[]>();
  const put = (n: string, form: Form): void => {
    const k = key(n);
    built.set(k, [...(built.get(k) ?? []), form]);
  };
  for (const row of rows) {
    for (const n of row.names) put(n, { row, alias: false });
    for (const n of row.aliases) put(n, { row, alias: true });
  }
  return built;
}

function lookup(name: string): readonly Form[] {
  index ??= build(personAliases());
  return index.get(key(name)) ?? [];
}

/** The forms of a name that carried a regnal number: every person's, and the names of kings and popes. */
function lookupBeforeNumber(name: string): readonly Form[] {
  regnalIndex ??= build(regnalNames());
  return [...lookup(name), ...(regnalIndex.get(key(name)) ?? [])];
}

/** A name's regnal number (Roman numerals, or Arabic or Persian ordinal words) and the name before it; remembered. */
const regnal: (name: string) => Regnal | undefined = /* @__PURE__ */ memoize(regnalOnce);

interface Regnal {
  readonly rest: string;
  readonly value: string;
  readonly words: string;
}

function regnalOnce(name: string): Regnal | undefined {
  const words = name.trim().split(/\s+/u);
  if (words.length < 2) return undefined;
  const last = words[words.length - 1] ?? '';
  const roman = /^[IVXL]+$/u.test(last) ? romanValue(last) : undefined;
  if (roman !== undefined) return { rest: words.slice(0, -1).join(' '), value: String(roman), words: last };
  const ordinal = ordinalAtEnd(words);
  if (!ordinal || ordinal.from === 0) return undefined;
  return { rest: words.slice(0, ordinal.from).join(' '), value: ordinal.value, words: words.slice(ordinal.from).join(' ') };
}

/** The words that say what an other name is. */
function what(kind: AliasKind): string {
  if (kind === 'title and name') return 'a title and the given name';
  return kind === 'title and full name' ? 'a title and the full name' : `the ${kind}`;
}

/** Why two forms of one person go together, or undefined when they are no two names of one person. */
function explain(a: string, b: string, x: Form, y: Form): string | undefined {
  // Rows of one person begin with the same own name (the kunya and the Latin name of Ibn Sina are two rows).
  const person = x.row.names[0];
  if (person !== y.row.names[0]) return undefined;
  if (x.alias !== y.alias) {
    const [alias, own, row] = x.alias ? [a, b, x.row] : [b, a, y.row];
    return `${alias} is ${what(row.kind)} by which ${own} is known.`;
  }
  if (!x.alias) return `${a} and ${b} are two names of one person, ${x.row.reason}.`;
  if (x.row === y.row) return `${a} and ${b} are two forms of ${what(x.row.kind)} by which ${person} is known.`;
  return `${a} is ${what(x.row.kind)} and ${b} ${what(y.row.kind)} by which ${person} is known.`;
}

/** Whether the list of people's other names holds a name, as a person's own or as an alias (Xerxes, أبو مازن). */
export function hasListedForms(name: string): boolean {
  return lookup(name).length > 0;
}

/**
 * Two names of one listed person, at least one of them not his own name as the other language writes it (أبو مازن /
 * محمود عباس, Xerxes / خشایارشا), or undefined. Called when the letters have not matched the names.
 */
export function matchPersonAlias(a: string, b: string): NameMatch | undefined {
  if (key(a) === key(b)) return undefined;
  const whole = matchForms(a.trim(), b.trim(), lookup(a), lookup(b));
  if (whole) return matched(whole);
  // One regnal number on both (Darius II / داریوش دوم, Leo X / لاون العاشر): the names before it compared.
  const x = regnal(a);
  const y = x && regnal(b);
  if (!x || !y || x.value !== y.value) return undefined;
  const rest = matchForms(x.rest, y.rest, lookupBeforeNumber(x.rest), lookupBeforeNumber(y.rest));
  return rest ? matched(`${rest.replace(/\.$/u, '')}; both carry the regnal number ${x.value} (${x.words}, ${y.words}).`) : undefined;
}

/** Why two names go together through the forms listed for them, or undefined. */
function matchForms(a: string, b: string, forms: readonly Form[], others: readonly Form[]): string | undefined {
  if (key(a) === key(b)) return undefined;
  for (const x of forms) {
    for (const y of others) {
      const detail = explain(a, b, x, y);
      if (detail) return detail;
    }
  }
  return undefined;
}

function matched(detail: string): NameMatch {
  return { same: true, score: 1, reason: { kind: 'convention', detail, parts: [], unmatched: { a: [], b: [] }, differences: [] } };
}

let apart: Map<string, { readonly side: number; readonly reason: string; readonly row: number }> | undefined;

/**
 * Two listed people whose names the letters would take for one (ابن عربي / ابن العربي), as a finding that they are
 * two, or undefined.
 */
export function twoPeople(a: string, b: string): NameMatch | undefined {
  if (!apart) {
    apart = new Map();
    for (const [row, [one, other, reason]] of TWO_PEOPLE.entries()) {
      for (const n of one.split('|')) apart.set(key(n), { side: 0, reason, row });
      for (const n of other.split('|')) apart.set(key(n), { side: 1, reason, row });
    }
  }
  const x = apart.get(key(a));
  const y = x && apart.get(key(b));
  if (!x || !y || x.row !== y.row || x.side === y.side) return undefined;
  return different(`${a.trim()} and ${b.trim()} are two people: ${x.reason}.`);
}
