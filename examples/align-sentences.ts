// Align the sentences of two reports and show, for each bead, how sure the aligner is and what paired it.
// Run: npm run examples -- align-sentences
import { readFileSync } from 'node:fs';
import { alignSentences, segment } from 'muqabala';

const sentences = (file: string): string[] =>
  segment(readFileSync(new URL(`./reports/${file}`, import.meta.url), 'utf8')).map((s) => s.text);
const arabic = sentences('bishkek.ar.txt');
const dari = sentences('bishkek.fa-AF.txt');

const { beads } = alignSentences(arabic, dari, { explain: true });
for (const bead of beads) {
  const shape = `${bead.source.length}-${bead.target.length}`;
  const evidence = bead.anchors.slice(0, 4).map((a) => `${a.kind}: ${a.source} ↔ ${a.target}`);
  console.log(`${shape}  ar ${JSON.stringify(bead.source)} ↔ fa ${JSON.stringify(bead.target)}  confidence ${bead.confidence.toFixed(2)}`);
  console.log(bead.source.length && bead.target.length ? `     ${evidence.join(' · ') || 'length only'}` : '     no counterpart');
}
