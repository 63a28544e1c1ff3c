// compareAsync on a long pair: the example reports repeated to a few hundred paragraphs, compared in slices
// that leave the event loop free (a server keeps answering, a page keeps scrolling), with a progress line, and
// a second comparison stopped by an AbortController after a second — as a "Cancel" button would.
// Run: npm run examples -- compare-async
import { readFileSync } from 'node:fs';
import { compareAsync } from 'muqabala';

const read = (file: string): string => readFileSync(new URL(`./reports/${file}`, import.meta.url), 'utf8');
const arabic = Array.from({ length: 60 }, () => read('bishkek.ar.txt')).join('\n');
const dari = Array.from({ length: 60 }, () => read('bishkek.fa-AF.txt')).join('\n');

let ticks = 0;
const heartbeat = setInterval(() => ticks++, 10); // runs between the slices of work
let shown = -1;
const report = await compareAsync(arabic, dari, {
  onProgress: ({ stage, done, total }) => {
    const percent = Math.floor((100 * done) / total);
    if (percent >= shown + 20) {
      console.log(`  ${String(percent).padStart(3)}% ${stage}`);
      shown = percent;
    }
  },
});
clearInterval(heartbeat);
console.log(`${report.alignment.beads.length} beads, ${report.findings.length} findings; the event loop ran ${ticks} timers meanwhile`);

const controller = new AbortController();
setTimeout(() => { controller.abort(); }, 1000);
const long = arabic.repeat(20);
try {
  await compareAsync(long, dari.repeat(20), { signal: controller.signal });
  console.log('finished before the second was up');
} catch (error) {
  console.log(`stopped: ${(error as Error).name}`);
}
