// The modules that are empty in the source and filled by the build (tsup.config.ts) with a table computed by
// scripts/compile-tables.ts: the module's file under src/, the constant it exports, and the table's name.
export const COMPILED_MODULES = [
  { file: 'lexicon/bilingual/compiled.ts', name: 'COMPILED_DOMAINS', table: 'domains' },
  { file: 'names/arabic-roots-compiled.ts', name: 'COMPILED_ROOTS', table: 'roots' },
  { file: 'names/lexicon-words-compiled.ts', name: 'COMPILED_DICTIONARY', table: 'dictionary' },
  { file: 'lexicon/region-names-compiled.ts', name: 'COMPILED_REGION_NAMES', table: 'regionNames' },
] as const;
