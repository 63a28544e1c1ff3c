// A person named by another name than his own (a kunya, a nom de guerre, a title with the given name): the list
// in src/lexicon/person-aliases.ts, looked up by the folded name.

import { personAliases, type PersonAliases } from '../lexicon/person-aliases.js';
import { foldName, lettersOf } from './phonetic.js';
import type { NameMatch } from './name-match.js';

/** A name folded for lookup: Arabic-script letters without spaces or ZWNJ, or Latin letters in lower case. */
function key(name: string): string {
  return /[A-Za-z]/u.test(name) ? name.toLowerCase().replace(/[^a-z]/gu, '') : lettersOf(foldName(name)).replace(/\s/gu, '');
}

let index: Map<string, { readonly person: PersonAliases; readonly alias: boolean }> | undefined;

function lookup(name: string): { readonly person: PersonAliases; readonly alias: boolean } | undefined {
  if (!index) {
    index = new Map();
    for (const person of personAliases()) {
      for (const n of person.names) index.set(key(n), { person, alias: false });
      for (const n of person.aliases) index.set(key(n), { person, alias: true });
    }
  }
  return index.get(key(name));
}

/**
 * Two names of one listed person, one of them his other name (أبو مازن / محمود عباس), or undefined. Two forms of
 * the same name are left to the letters.
 */
export function matchPersonAlias(a: string, b: string): NameMatch | undefined {
  const x = lookup(a);
  const y = lookup(b);
  if (!x || !y || x.person !== y.person || x.alias === y.alias) return undefined;
  const [alias, own] = x.alias ? [a.trim(), b.trim()] : [b.trim(), a.trim()];
  const what = x.person.kind === 'title and name' ? 'a title and the given name' : `the ${x.person.kind}`;
  return {
    same: true,
    score: 1,
    reason: {
      kind: 'convention',
      detail: `${alias} is ${what} by which ${own} is known.`,
      parts: [],
      unmatched: { a: [], b: [] },
      differences: [],
    },
  };
}
