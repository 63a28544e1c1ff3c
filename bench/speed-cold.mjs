// The cold row of bench/speed.ts, run with plain node (no TypeScript loader): the time from before importing the
// built library to the end of its first compare() of a two-page pair (the first NTREX dev lines that make ≈ 2,700
// characters of Arabic, and their Persian). Prints one JSON line. Usage: node bench/speed-cold.mjs dist/index.js
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const read = (lang) =>
  readFileSync(join(import.meta.dirname, '../../shared/data/ntrex-dev', `${lang}.txt`), 'utf8')
    .replace(/\r/g, '')
    .split('\n');
const ar = read('arb');
const fa = read('fas');
let n = 0;
for (let chars = 0; chars < 2700; n++) chars += ar[n].length + 1;
const a = ar.slice(0, n).join('\n');
const b = fa.slice(0, n).join('\n');
const cpu = process.cpuUsage();
const t = performance.now();
const { compare } = await import(process.argv[2]);
const importMs = performance.now() - t;
compare(a, b);
const wallMs = performance.now() - t;
const used = process.cpuUsage(cpu);
console.log(
  JSON.stringify({
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    importMs,
    peakMB: process.resourceUsage().maxRSS / 1024,
    chars: [a.length, b.length],
  }),
);
