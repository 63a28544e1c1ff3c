// Checks a new held-out pair set against the earlier ones (usage: node bench/names-overlap.mjs test/fixtures test/fixtures/name-pairs-heldout-30.tsv; a new set is checked against open, every earlier held-out set and name-pairs.tsv):
// no pair of an earlier set in either order, no pair twice, no pair of one string, six columns, scripts as labelled.
import { readFileSync } from 'node:fs';
const dir = process.argv[2];
const norm = (s) => s.normalize('NFC').trim();
const read = (f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'));
const old = new Set();
for (const f of [
  'name-pairs-open.tsv',
  'name-pairs-heldout.tsv',
  'name-pairs-heldout-2.tsv',
  'name-pairs-heldout-3.tsv',
  'name-pairs-heldout-4.tsv',
  'name-pairs-heldout-5.tsv',
  'name-pairs-heldout-6.tsv',
  'name-pairs-heldout-7.tsv',
  'name-pairs-heldout-8.tsv',
  'name-pairs-heldout-9.tsv',
  'name-pairs-heldout-10.tsv',
  'name-pairs-heldout-11.tsv',
  'name-pairs-heldout-12.tsv',
  'name-pairs-heldout-13.tsv',
  'name-pairs-heldout-14.tsv',
  'name-pairs-heldout-15.tsv',
  'name-pairs-heldout-16.tsv',
  'name-pairs-heldout-17.tsv',
  'name-pairs-heldout-18.tsv',
  'name-pairs-heldout-19.tsv',
  'name-pairs-heldout-20.tsv',
  'name-pairs-heldout-21.tsv',
  'name-pairs-heldout-22.tsv',
  'name-pairs-heldout-23.tsv',
  'name-pairs-heldout-24.tsv',
  'name-pairs-heldout-25.tsv',
  'name-pairs-heldout-26.tsv',
  'name-pairs-heldout-27.tsv',
  'name-pairs-heldout-28.tsv',
  'name-pairs-heldout-29.tsv',
  'name-pairs.tsv',
]) {
  // The set checked is left out of the sets it is checked against.
  if (process.argv[3].endsWith('/' + f)) continue;
  for (const r of read(dir + '/' + f)) {
    const cols = r.length >= 6 ? [r[4], r[5]] : r.length >= 4 ? [r[2], r[3]] : [r[0], r[1]];
    if (!cols[0] || !cols[1]) continue;
    old.add(norm(cols[0]) + '\t' + norm(cols[1]));
    old.add(norm(cols[1]) + '\t' + norm(cols[0]));
  }
}
const seen = new Set();
let bad = 0,
  n = 0,
  neg = 0;
const byCat = {},
  byLang = {};
for (const r of read(process.argv[3])) {
  if (r[0] === 'label') continue;
  n++;
  if (r.length !== 6) {
    console.log('COLS', r.join(' | '));
    bad++;
    continue;
  }
  const [label, cat, type, langs, a, b] = r;
  if (!['0', '1'].includes(label)) {
    console.log('LABEL', r.join(' | '));
    bad++;
  }
  if (label === '0') neg++;
  byCat[cat + ' ' + label] = (byCat[cat + ' ' + label] ?? 0) + 1;
  byLang[langs + ' ' + label] = (byLang[langs + ' ' + label] ?? 0) + 1;
  const k = norm(a) + '\t' + norm(b);
  if (old.has(k)) {
    console.log('OLD', r.join(' | '));
    bad++;
  }
  if (seen.has(k)) {
    console.log('DUP', r.join(' | '));
    bad++;
  }
  if (norm(a) === norm(b)) {
    console.log('SAME', r.join(' | '));
    bad++;
  }
  seen.add(k);
  seen.add(norm(b) + '\t' + norm(a));
  const [la, lb] = langs.split('-');
  const script = (s) => (/[A-Za-zÀ-ž]/.test(s) ? 'lat' : /[پچژگکی]/.test(s) ? 'fa' : /[كي]/.test(s) ? 'ar' : '?');
  for (const [l, s] of [
    [la, a],
    [lb, b],
  ]) {
    const g = script(s);
    if (l === 'lat' ? g !== 'lat' : g === 'lat' || (g !== '?' && g !== l)) console.log('SCRIPT?', l, s, '|', r.join(' | '));
  }
}
console.log({ n, neg, frac: (neg / n).toFixed(3), bad });
console.log(byCat);
console.log(byLang);
