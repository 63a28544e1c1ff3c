/**
 * A snapshot of what the library answers, to prove that a change meant to be invisible (speed, memory) is:
 * compare() on the seed reports and the example reports (every pair, each mode), on every NTREX dev document
 * (Arabic against Persian and Dari) and on all of NTREX dev as one text; compareMany() on the seeds;
 * alignSentences() on NTREX dev documents. Each answer is written as JSON, one file per case, into a folder.
 *
 *   npx tsx bench/snapshot.ts save /tmp/before      (before the change)
 *   npx tsx bench/snapshot.ts check /tmp/before     (after it: lists every case whose answer differs, exit 1)
 *   SNAPSHOT_DIST=1 npx tsx bench/snapshot.ts check /tmp/before   (the built library, dist/, as users run it:
 *                                                    what the build compiles in, the lexicon, must answer alike)
 *   SNAPSHOT_DIST=esm npx tsx bench/snapshot.ts check /tmp/before   (the per-module build for bundlers, dist/esm/)
 *
 * The seeds and NTREX are read from ../shared at run time and never copied into the project.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompareOptions } from '../src/index.js';
import { SHARED } from './corpus.js';
import { ntrexDocuments } from './ntrex.js';

// The built library's path is a variable, so that typechecking a clone that was never built does not look for it.
const built = process.env.SNAPSHOT_DIST === 'esm' ? '../dist/esm/index.js' : '../dist/index.js';
const { alignSentences, compare, compareMany } = (
  process.env.SNAPSHOT_DIST ? await import(built) : await import('../src/index.js')
) as typeof import('../src/index.js');

interface Case {
  name: string;
  run: () => unknown;
}

function cases(): Case[] {
  const list: Case[] = [];
  const seedDir = join(SHARED, 'seeds');
  const seeds = existsSync(seedDir)
    ? readdirSync(seedDir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => ({ name: f.slice(0, 3), text: readFileSync(join(seedDir, f), 'utf8') }))
    : [];
  const exampleDir = join(import.meta.dirname, '../examples/reports');
  const examples = readdirSync(exampleDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(exampleDir, f), 'utf8') }));
  const modes: NonNullable<CompareOptions['mode']>[] = ['auto', 'parallel', 'comparable'];
  for (const group of [seeds, examples]) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        for (const mode of modes) list.push({ name: `compare ${a.name} ${b.name} ${mode}`, run: () => compare(a.text, b.text, { mode }) });
      }
    }
  }
  if (seeds.length) list.push({ name: 'compareMany seeds', run: () => compareMany(seeds.map((s) => ({ id: s.name, text: s.text }))) });
  if (existsSync(join(SHARED, 'data/ntrex-dev/docs.tsv'))) {
    for (const lang of ['fas', 'prs'] as const) {
      const docs = ntrexDocuments(lang);
      for (const d of docs) {
        list.push({
          name: `ntrex ${lang} ${d.id} compare`,
          run: () => compare({ text: d.ar, language: 'ar' }, { text: d.fa, language: 'fa' }),
        });
        list.push({
          name: `ntrex ${lang} ${d.id} align`,
          run: () => alignSentences(d.ar.split('\n'), d.fa.split('\n'), { sourceLanguage: 'ar', targetLanguage: 'fa', explain: true }),
        });
      }
      const all = { ar: docs.map((d) => d.ar).join('\n\n'), fa: docs.map((d) => d.fa).join('\n\n') };
      list.push({ name: `ntrex ${lang} whole compare`, run: () => compare(all.ar, all.fa) });
    }
  }
  return list;
}

const fileName = (name: string): string => `${name.replace(/[^\w.-]+/g, '_')}.json`;

function main(): number {
  const [command, dir] = process.argv.slice(2);
  if ((command !== 'save' && command !== 'check') || !dir) {
    console.error('usage: npx tsx bench/snapshot.ts save|check DIR');
    return 2;
  }
  if (command === 'save') mkdirSync(dir, { recursive: true });
  let differ = 0;
  let total = 0;
  for (const c of cases()) {
    total++;
    const json = JSON.stringify(c.run());
    const file = join(dir, fileName(c.name));
    if (command === 'save') {
      writeFileSync(file, json);
      continue;
    }
    const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (before === json) continue;
    differ++;
    if (before === undefined) {
      console.log(`${c.name}: not in the snapshot`);
      continue;
    }
    let at = 0;
    while (at < json.length && json[at] === before[at]) at++;
    console.log(
      `${c.name}: differs at character ${at}:\n  before …${before.slice(Math.max(0, at - 80), at + 80)}\n  after  …${json.slice(Math.max(0, at - 80), at + 80)}`,
    );
  }
  console.log(command === 'save' ? `${total} cases saved in ${dir}` : `${total - differ} of ${total} cases identical`);
  return differ ? 1 : 0;
}

process.exitCode = main();
