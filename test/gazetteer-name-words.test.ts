import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entityKey, nameWords } from '../src/names/gazetteer.js';
import { allPlaces } from '../src/lexicon/places.js';
import { allOrganizations } from '../src/lexicon/organizations.js';
import { foldText } from '../src/text/normalize.js';

// The gazetteer keys its names in one pass over the folded name (nameWords); it must give what keying each word of
// the folded name, cut where a regular expression cuts it, gives.
const byWord = (name: string): string[] =>
  foldText(name)
    .split(/[\s\-–]+/u)
    .map((w) => entityKey(w))
    .filter((w) => w.length > 0);

describe('the words of a name, as the gazetteer keys them', () => {
  it('are those of keying each word, for every name of every place and organisation', () => {
    const names = [...allPlaces(), ...allOrganizations()].flatMap((e) => [...e.ar, ...e.fa]);
    expect(names.length).toBeGreaterThan(10_000);
    for (const name of names) expect(nameWords(name)).toEqual(byWord(name));
  });

  it('are those of keying each word, for any text of letters, marks, digits, spaces and dashes', () => {
    // Arabic and Persian letters, harakat, tatweel, ZWNJ, the digits of three scripts, spaces a regular expression
    // knows or not (NEL, the byte-order mark), dashes, Latin letters and a presentation form that expands (ﻻ).
    const alphabet = [
      ...'اأإآبتةثيىیكکهۀوؤئءپچژگلمنعغ\u064e\u0651\u0640\u200c\u200d0123456789٠١٢٣۴۵۶ \t\n\u00a0\u2009\u0085\ufeff-–—_.،aZ\ufefb',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }), (chars) => {
        const text = chars.join('');
        expect(nameWords(text)).toEqual(byWord(text));
      }),
      { numRuns: 2000 },
    );
  });
});
