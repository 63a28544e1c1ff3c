// Second and third passes: Latin acronyms (of a known organisation, or in parentheses after an organisation's name) and
// names quoted in Latin script (Pfizer, Johns Hopkins).
import { lookupAcronym, lookupEntries } from '../gazetteer.js';
import { Finder, LATIN_CAPITAL } from './finder.js';
import { elementAt } from '../../contract/element-at.js';

export function findAcronyms(finder: Finder): void {
  const words = finder.words;
  for (let i = 0; i < words.length; i++) {
    const w = elementAt(words, i);
    if (w.kind !== 'latin') continue;
    const inParentheses = words[i - 1]?.char === '(' && words[i + 1]?.char === ')';
    const before = inParentheses ? finder.owner[i - 2] : undefined;
    const known = lookupAcronym(w.key);
    if (before && before.type === 'organization' && before.form !== 'adjective') {
      before.acronym = w.key;
      finder.add({
        first: i,
        last: i,
        prefix: 0,
        type: 'organization',
        cue: 'acronym',
        ...(before.entity ? { entity: before.entity } : {}),
      });
    } else if (known) {
      // A known acronym names an organisation (NATO) or, in two capitals, a place (US, UK, DC).
      finder.add({ first: i, last: i, prefix: 0, type: known.entity.type, cue: 'acronym', entity: known.entity });
    } else if (inParentheses) {
      // An unknown acronym after a name that starts with an organisation's head word: both are one organisation.
      const head = organizationHeadBefore(finder, i - 1);
      if (head !== undefined) {
        finder.add({ first: head, last: i - 2, prefix: 0, type: 'organization', cue: 'acronym', acronym: w.key });
        finder.add({ first: i, last: i, prefix: 0, type: 'organization', cue: 'acronym' });
      }
    }
  }
}

// ——— names in Latin script: Pfizer, Johns Hopkins, COVID-19, SARS-CoV-2 ———

export function findLatinNames(finder: Finder): void {
  const words = finder.words;
  for (let i = 0; i < words.length; i++) {
    const w = elementAt(words, i);
    if (w.kind !== 'latin' || finder.owner[i] || !LATIN_CAPITAL.test(w.char)) continue;
    let last = i;
    // Latin words in a row, and what joins them: a hyphen, '&', digits (COVID-19, Johnson & Johnson).
    for (let j = i + 1; j < words.length; j++) {
      const next = elementAt(words, j);
      const before = elementAt(words, j - 1);
      if (next.newLine || finder.owner[j]) break;
      if (next.kind === 'latin' && LATIN_CAPITAL.test(next.char)) last = j;
      else if (next.kind === 'other' && /^[0-9]+$/u.test(next.char) && before.char === '-' && next.start === before.end) last = j;
      else if (!(
        (next.char === '-' || next.char === '&') &&
        (words[j + 1]?.kind === 'latin' || (next.char === '-' && /^[0-9]+$/u.test(words[j + 1]?.char ?? '')))
      ))
        break;
    }
    const text = words
      .slice(i, last + 1)
      .map((x) => x.char)
      .join(' ');
    const entry = lookupEntries(text)[0];
    finder.add({
      first: i,
      last,
      prefix: 0,
      type: entry ? entry.entity.type : 'unknown',
      cue: 'latin',
      ...(entry ? { entity: entry.entity } : {}),
    });
    i = last;
  }
}

function organizationHeadBefore(finder: Finder, paren: number): number | undefined {
  for (let j = paren - 1; j >= 0 && j >= paren - 6; j--) {
    const w = elementAt(finder.words, j);
    if (w.kind !== 'word' || finder.owner[j]) return undefined;
    if (
      finder.stems(w.key).some((s) => finder.v.organizationHeads.has(s.stem) || finder.v.organizationHeads.has(s.stem.replace(/^ال/u, '')))
    ) {
      return j;
    }
  }
  return undefined;
}

// ——— حركة "طالبان", وكالة أنباء … "إيلنا" ———
