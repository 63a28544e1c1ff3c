// Run by test/hidden-classes.test.ts in a process of its own under `node --log-maps`: one comparison of the
// example reports repeated (numbers shifted each time, so that the repeats are not one text), long enough that
// an object literal which gave each object a hidden class of its own would do so hundreds of times.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../../src/index.js';

const read = (file: string): string[] =>
  readFileSync(join(import.meta.dirname, '../../examples/reports', file), 'utf8')
    .trim()
    .split('\n');
const shifted = (lines: string[], copy: number): string[] =>
  lines.map((line) => line.replace(/\d+/g, (n) => String(Number(n) + copy)).replace(/[۰-۹]+/g, (n) => n + '۰'.repeat(copy % 2)));
const copies = Number(process.argv[2] ?? 12);
const a: string[] = [];
const b: string[] = [];
// Read once: Node's readFileSync makes an object of its own kind at each call with an encoding.
const arabic = [...read('bishkek.ar.txt'), ...read('badakhshan.ar.txt')];
const dari = [...read('bishkek.fa-AF.txt'), ...read('badakhshan.fa-AF.txt')];
for (let copy = 0; copy < copies; copy++) {
  a.push(...shifted(arabic, copy));
  b.push(...shifted(dari, copy));
}
const report = compare({ text: a.join('\n'), language: 'ar' }, { text: b.join('\n'), language: 'fa' });
process.stdout.write(JSON.stringify({ beads: report.alignment.beads.length, findings: report.findings.length }));
