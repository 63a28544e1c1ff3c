import { describe, expect, it } from 'vitest';
import { lexiconFrom } from '../src/lexicon/bilingual-lexicon.js';
import { BUILTIN_DOMAINS } from '../src/lexicon/bilingual/index.js';
import { compileDomain, domainEntries, type CompiledDomain } from '../src/lexicon/bilingual-compile.js';
import { compiledDomains, compiledTables } from '../scripts/compile-tables.js';
import { COMPILED_MODULES } from '../scripts/compiled-modules.js';
import { compileRoots } from '../src/names/arabic-roots.js';
import { allPlaces, placesFrom, regionNamesFromIntl, type RegionNames } from '../src/lexicon/places.js';
import { entityKey } from '../src/names/gazetteer.js';
import {
  compileDictionary,
  englishGlosses,
  foldedHeadwords,
  isDictionaryWord,
  isLexiconPhraseWord,
  packWords,
  unpackWords,
} from '../src/names/lexicon-words.js';

// The build compiles the domain files into the lexicon's index and the library loads that (tsup.config.ts): the
// lexicon so loaded must be the one the domain files give when read at run time.
describe('the compiled lexicon', () => {
  // As the build hands it over: through JSON.
  const compiled = JSON.parse(JSON.stringify(compiledDomains())) as Record<string, CompiledDomain>;
  const loaded = lexiconFrom(compiled);
  const read = lexiconFrom(undefined);

  it('leaves out only the domains computed at run time', () => {
    expect(Object.keys(compiled).sort()).toEqual(
      BUILTIN_DOMAINS.filter((d) => !d.computed)
        .map((d) => d.name)
        .sort(),
    );
  });

  it('has every concept, as written and in its domain', () => {
    expect(loaded.conceptCount).toBe(read.conceptCount);
    for (let id = 0; id < read.conceptCount; id++) {
      expect(loaded.concept(id)).toEqual(read.concept(id));
      expect(loaded.domain(id)).toBe(read.domain(id));
    }
    expect(loaded.concept(read.conceptCount)).toBeUndefined();
  });

  it('gives every word of every entry, alone and in its phrase, the same concepts and stem', () => {
    let forms = 0;
    for (const domain of BUILTIN_DOMAINS) {
      for (const { folded } of domainEntries(domain.entries())) {
        for (const [language, list] of [
          ['ar', folded.arabic],
          ['fa', folded.persian],
        ] as const) {
          for (const form of list) {
            const words = form.split(' ').filter((w) => w.length > 0);
            const sentence = language === 'ar' ? (x: LexiconType) => x.arabicSentence(words) : (x: LexiconType) => x.persianSentence(words);
            expect(sentence(loaded)).toEqual(sentence(read));
            for (const w of words) {
              expect(loaded.concepts(w, language)).toEqual(read.concepts(w, language));
              expect(loaded.stem(w, language)).toBe(read.stem(w, language));
            }
            forms++;
          }
        }
      }
    }
    expect(forms).toBeGreaterThan(5000);
  });

  it('is used only for the text it was compiled from', () => {
    const domain = BUILTIN_DOMAINS.find((d) => !d.computed)!;
    const stale = { ...compiled, [domain.name]: compileDomain(domain.entries() + '\nكلمة زائفة | واژه ساختگی') };
    expect(lexiconFrom(stale).conceptCount).toBe(read.conceptCount);
  });
});

// Every table the build compiles has its module, empty in the source (so that the source reads its lists), and
// every such module a table.
describe('the compiled tables', () => {
  const tables = JSON.parse(JSON.stringify(compiledTables())) as Record<string, unknown>;

  it('are each put in place of a module that is empty in the source', async () => {
    expect(COMPILED_MODULES.map((m) => m.table).sort()).toEqual(Object.keys(tables).sort());
    for (const { file, name } of COMPILED_MODULES) {
      const module = (await import(`../src/${file}`)) as Record<string, unknown>;
      expect(name in module, `${file} exports ${name}`).toBe(true);
      expect(module[name]).toBeUndefined();
    }
  });

  it('hold the folded headwords of the lexicon as read from the lists, each once', () => {
    const packed = tables.dictionary as ReturnType<typeof compileDictionary>;
    const read = foldedHeadwords();
    for (const language of ['ar', 'fa'] as const) {
      const words = unpackWords(packed[language]);
      expect(new Set(words).size).toBe(words.length);
      expect(new Set(words)).toEqual(read[language]);
      expect(words.length).toBeGreaterThan(1000);
    }
    // قطار (train) is a headword; داخله (interior) a word of وزارت امور داخله only.
    expect(isDictionaryWord('قطار', 'ar')).toBe(true);
    expect(isLexiconPhraseWord('داخله', 'fa')).toBe(true);
    expect(englishGlosses(entityKey('المپیک'))).toContain('olympic');
  });

  it('pack words by the letters each shares with the one before, and unpack them as they were', () => {
    expect(packWords(['كتب', 'كتاب'])).toBe('0كتاب 2ب');
    // More than nine shared letters: nine are said, the rest written again.
    const words = ['', 'ا', 'abcdefghijkl', 'abcdefghijklm', 'abcdefghijz', 'کتابخانه', 'کتابخانه‌ها', 'کتب'];
    expect(unpackWords(packWords(words))).toEqual([...words].sort());
    expect(packWords(words).split(' ').slice(2, 4)).toEqual(['9jklm', '9jz']);
    expect(unpackWords(packWords([]))).toEqual([]);
    expect(() => packWords(['دو کلمه'])).toThrow();
  });

  it('hold the names Intl gives countries and regions, from which the places are those the source reads', () => {
    const regions = tables.regionNames as RegionNames;
    expect(regions).toEqual(regionNamesFromIntl());
    expect(placesFrom(regions)).toEqual(allPlaces());
    // CLDR's names, as the build machine's Intl gives them: China in Arabic and Persian; Asia (142) a region.
    expect(regions.countries.find((r) => r[0] === 'CN')?.slice(2, 4)).toEqual(['الصين', 'چین']);
    expect(regions.regions.map((r) => r[0])).toContain('142');
    expect(regions.countries.length).toBeGreaterThan(240);
  });

  it('hold the Arabic roots the vocabulary shows, each once', () => {
    const roots = tables.roots as string[];
    expect(roots).toEqual(compileRoots());
    expect(new Set(roots).size).toBe(roots.length);
    // Roots of everyday news words (كتاب, حكومة, سلام), by which حامد, سالم and كاتب read as native names.
    for (const root of ['كتب', 'حكم', 'سلم', 'حمد']) expect(roots).toContain(root);
    expect(roots.length).toBeGreaterThan(1000);
  });
});

type LexiconType = ReturnType<typeof lexiconFrom>;
