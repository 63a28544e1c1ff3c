import { compareNames } from '../src/index.js';
const pairs = process.argv
  .slice(2)
  .join(' ')
  .split(';')
  .map((p) => p.split('|').map((x) => x.trim()));
for (const [a, b] of pairs) {
  const m = compareNames(a!, b!);
  console.log(m.same ? 'SAME' : 'DIFF', a, '|', b, '—', m.reason.kind, m.reason.detail);
}
