// Find the numbers of a report and its Dari counterpart — digits of any script, words, units — and pair
// them by value: the same figure written two ways is no discrepancy; a figure on one side only may be.
// Run: npm run examples -- extract-numbers
import { readFileSync } from 'node:fs';
import { extractNumbers, type NumberMention } from 'muqabala';

const read = (file: string): NumberMention[] => extractNumbers(readFileSync(new URL(`./reports/${file}`, import.meta.url), 'utf8'));
const arabic = read('bishkek.ar.txt');
const dari = read('bishkek.fa-AF.txt');

const show = (n: NumberMention): string =>
  `«${n.text}» = ${n.value}${n.unit ? ` ${n.unit}` : ''}${n.qualifier ? ` (${n.qualifier})` : ''} [${n.form}]`;
for (const a of arabic) {
  const same = dari.find((d) => d.value === a.value && d.unit === a.unit);
  console.log(same ? `same     ${show(a)}  ↔  ${show(same)}` : `only ar  ${show(a)}`);
}
for (const d of dari) if (!arabic.some((a) => a.value === d.value && a.unit === d.unit)) console.log(`only fa  ${show(d)}`);
