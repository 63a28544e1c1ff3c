// Computes the tables the library would otherwise build at its first comparison and prints them as JSON, by table:
// the build puts each in place of its empty module in the source (tsup.config.ts), so that the published library
// loads them instead of building them at every start. The tables: the lexicon's domain files read into its index
// (src/lexicon/bilingual/compiled.ts; domains computed at run time, the month names from Intl, are left out), the
// Arabic roots (src/names/arabic-roots-compiled.ts) and the lexicon's folded headwords
// (src/names/lexicon-words-compiled.ts), and the names Intl.DisplayNames gives countries and world regions
// (src/lexicon/region-names-compiled.ts: the build machine's CLDR, which is what the source asks its runtime for).
// Usage: npx tsx scripts/compile-tables.ts
import { compileDomain, type CompiledDomain } from '../src/lexicon/bilingual-compile.js';
import { BUILTIN_DOMAINS } from '../src/lexicon/bilingual/index.js';
import { regionNamesFromIntl, type RegionNames } from '../src/lexicon/places.js';
import { compileRoots } from '../src/names/arabic-roots.js';
import { compileDictionary } from '../src/names/lexicon-words.js';

/** Every table the build compiles. */
export interface CompiledTables {
  readonly domains: Record<string, CompiledDomain>;
  readonly roots: string[];
  readonly dictionary: ReturnType<typeof compileDictionary>;
  readonly regionNames: RegionNames;
}

export function compiledDomains(): Record<string, CompiledDomain> {
  const out: Record<string, CompiledDomain> = {};
  for (const domain of BUILTIN_DOMAINS) if (!domain.computed) out[domain.name] = compileDomain(domain.entries());
  return out;
}

export function compiledTables(): CompiledTables {
  return { domains: compiledDomains(), roots: compileRoots(), dictionary: compileDictionary(), regionNames: regionNamesFromIntl() };
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(JSON.stringify(compiledTables()));
