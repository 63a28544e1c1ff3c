// Compiles the built-in lexicon's domain files into the lexicon's index (see src/lexicon/bilingual-compile.ts) and
// prints them as JSON, by domain name: the build puts them in place of src/lexicon/bilingual/compiled.ts
// (tsup.config.ts), so that the published library loads its lexicon instead of reading it at every start.
// Domains computed at run time (month names from Intl) are left out. Usage: npx tsx scripts/compile-lexicon.ts
import { compileDomain, type CompiledDomain } from '../src/lexicon/bilingual-compile.js';
import { BUILTIN_DOMAINS } from '../src/lexicon/bilingual/index.js';

export function compiledDomains(): Record<string, CompiledDomain> {
  const out: Record<string, CompiledDomain> = {};
  for (const domain of BUILTIN_DOMAINS) if (!domain.computed) out[domain.name] = compileDomain(domain.entries());
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(JSON.stringify(compiledDomains()));
