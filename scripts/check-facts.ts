/**
 * The exhaustive acceptance check of number words (issue 4), too slow for `npm test`, which runs a sample:
 * every integer 0–1,000,000 spelled out in Arabic and in Persian by the generators of
 * src/lexicon/number-words, and a random sample up to 10^12 in every spelling option, must be read back
 * exactly by extractNumbers, in running text (each number followed by a unit, batches of 1000 per call).
 *
 *   npm run check:facts            (or: npx tsx scripts/check-facts.ts [--max N] [--sample N])
 *
 * Exits with status 1 when any number is misread, and prints the first few.
 */
import { extractNumbers, type Language } from '../src/index.js';
import { arabicNumbers, type ArabicSpellOptions } from '../src/lexicon/number-words/ar.js';
import { persianNumbers, type PersianSpellOptions } from '../src/lexicon/number-words/fa.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const MAX = flag('--max', 1_000_000);
const SAMPLE = flag('--sample', 100_000);
const BATCH = 1000;

interface Case {
  readonly n: bigint;
  readonly words: string;
}

const spellers: Record<Language, { unit: string; spell: (n: bigint, variant: number) => string; variants: number }> = {
  ar: {
    unit: 'كيلومتر',
    variants: 16,
    spell: (n, v) => {
      const options: ArabicSpellOptions = {
        gender: v & 1 ? 'feminine' : 'masculine',
        case: v & 2 ? 'accusative' : 'nominative',
        hundred: v & 4 ? 'مئة' : 'مائة',
        hundredsApart: (v & 8) !== 0,
      };
      return arabicNumbers.spell(n, options);
    },
  },
  fa: {
    unit: 'کیلومتر',
    variants: 16,
    spell: (n, v) => {
      const options: PersianSpellOptions = {
        glued: (v & 1) !== 0,
        hundredsApart: (v & 2) !== 0,
        explicitOne: (v & 4) !== 0,
        colloquial: (v & 8) !== 0,
      };
      return persianNumbers.spell(n, options);
    },
  },
};

/** Reads a batch of numbers in running text; returns descriptions of the misread ones. */
function checkBatch(language: Language, cases: readonly Case[]): string[] {
  const { unit } = spellers[language];
  const text = cases.map((c) => `${c.words} ${unit}`).join('، ');
  const found = extractNumbers(text, { language });
  const errors: string[] = [];
  if (found.length !== cases.length) {
    // Find the culprits one by one.
    for (const c of cases) {
      const alone = extractNumbers(`${c.words} ${unit}`, { language });
      if (alone.length !== 1 || alone[0]?.value !== c.n.toString())
        errors.push(`${c.n}: «${c.words}» → ${JSON.stringify(alone.map((m) => m.value))}`);
    }
    return errors.length > 0 ? errors : [`batch at ${cases[0]?.n}: ${found.length} numbers for ${cases.length}`];
  }
  found.forEach((m, k) => {
    const c = cases[k] as Case;
    if (m.value !== c.n.toString() || m.text !== `${c.words} ${unit}` || m.unit !== 'km')
      errors.push(`${c.n}: «${c.words}» → ${m.value} «${m.text}»`);
  });
  return errors;
}

/** A deterministic pseudo-random generator (xorshift), so that a failure can be replayed. */
function random(seed: bigint): () => bigint {
  let x = seed;
  return () => {
    x ^= (x << 13n) & 0xffffffffffffffffn;
    x ^= x >> 7n;
    x ^= (x << 17n) & 0xffffffffffffffffn;
    return x;
  };
}

let failed = 0;
for (const language of ['ar', 'fa'] as const) {
  const { spell, variants } = spellers[language];
  const started = performance.now();
  const errors: string[] = [];
  // Every integer in the canonical spelling, and again in a spelling variant chosen by the number.
  for (const variantOf of [() => 0, (n: number) => n % variants]) {
    for (let from = 0; from <= MAX; from += BATCH) {
      const cases: Case[] = [];
      for (let n = from; n < Math.min(from + BATCH, MAX + 1); n++) cases.push({ n: BigInt(n), words: spell(BigInt(n), variantOf(n)) });
      errors.push(...checkBatch(language, cases));
    }
  }
  const exhaustive = (performance.now() - started) / 1000;
  const next = random(language === 'ar' ? 0x9e3779b97f4a7c15n : 0xc2b2ae3d27d4eb4fn);
  for (let done = 0; done < SAMPLE; done += BATCH) {
    const cases: Case[] = [];
    for (let k = 0; k < BATCH && done + k < SAMPLE; k++) {
      const r = next();
      const n = r % (10n ** 12n + 1n);
      cases.push({ n, words: spell(n, Number(r % BigInt(variants))) });
    }
    errors.push(...checkBatch(language, cases));
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${language}: 0–${MAX.toLocaleString('en')} in two spellings (${exhaustive.toFixed(1)} s) and ${SAMPLE.toLocaleString('en')} random numbers up to 10^12 in ${variants} spellings: ` +
      `${errors.length === 0 ? 'all read back exactly' : `${errors.length} misread`} (${seconds.toFixed(1)} s)`,
  );
  for (const e of errors.slice(0, 10)) console.log(`  ${e}`);
  failed += errors.length;
}
process.exit(failed > 0 ? 1 : 0);
