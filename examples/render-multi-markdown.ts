// Three reports of one event, compared each against each, written as Markdown for an issue tracker: which
// report translates which, the facts they agree and disagree on, and the names spelled differently.
// Run: npm run examples -- render-multi-markdown
import { readFileSync } from 'node:fs';
import { compareMany, renderMultiMarkdown } from 'muqabala';

const files = ['badakhshan.ar.txt', 'badakhshan.fa-AF.txt', 'badakhshan-news.fa-IR.txt'];
const many = compareMany(files.map((id) => ({ id, text: readFileSync(new URL(`./reports/${id}`, import.meta.url), 'utf8') })));
// Without Unicode isolates, for a terminal that shows them as boxes.
console.log(renderMultiMarkdown(many, { isolates: false }));
