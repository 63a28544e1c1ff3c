import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from './corpus.js';

/** One NTREX document: its Arabic lines and their Persian translations, joined with newlines. */
export interface Doc {
  id: string;
  ar: string;
  fa: string;
}

export function ntrexDocuments(lang: 'fas' | 'prs'): Doc[] {
  const read = (f: string): string[] => readFileSync(join(SHARED, 'data/ntrex-dev', f), 'utf8').replace(/\r/g, '').replace(/\n$/, '').split('\n');
  const ids = read('docs.tsv');
  const ar = read('arb.txt');
  const fa = read(`${lang}.txt`);
  const docs: Doc[] = [];
  ids.forEach((id, i) => {
    let d = docs[docs.length - 1];
    if (!d || d.id !== id) docs.push((d = { id, ar: '', fa: '' }));
    d.ar += (d.ar ? '\n' : '') + (ar[i] ?? '');
    d.fa += (d.fa ? '\n' : '') + (fa[i] ?? '');
  });
  return docs;
}
