// The browser example: compare two pasted reports and show the HTML report in a sandboxed frame.
// Served from the project (npm run example:browser), it loads the library's browser build from dist/; in a
// page of your own, import the same file from a CDN, e.g.
//   import { compare, renderHtml } from 'https://cdn.jsdelivr.net/npm/muqabala/dist/muqabala.browser.js';
import { compare, renderHtml } from '../../dist/muqabala.browser.js';

const a = document.querySelector('#a');
const b = document.querySelector('#b');
const status = document.querySelector('#status');
const frame = document.querySelector('#report');
const button = document.querySelector('#compare');

function show(message, isError = false) {
  status.textContent = message;
  status.classList.toggle('error', isError);
}

function run() {
  const started = performance.now();
  try {
    const report = compare(a.value, b.value);
    // The report names the documents as its findings do ("the Arabic text", "the Dari text"). It goes into a
    // blob: URL of its own (not srcdoc, whose links to #finding-1 would resolve against this page's URL).
    const html = renderHtml(report);
    if (frame.src) URL.revokeObjectURL(frame.src);
    frame.src = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
    const { findings, bySeverity } = report.summary;
    const plural = (n, word) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
    show(
      `${plural(findings, 'finding')}: ${plural(bySeverity.conflict, 'conflict')}, ${plural(bySeverity.warning, 'warning')}, ` +
        `${bySeverity.info.toLocaleString('en')} info (${Math.round(performance.now() - started).toLocaleString('en')} ms)`,
    );
  } catch (error) {
    show(`Could not compare: ${error instanceof Error ? error.message : String(error)}`, true);
  }
}

// Start with the example reports of the project (examples/reports/), when the page is served over HTTP.
async function prefill() {
  try {
    const [arabic, dari] = await Promise.all(
      ['../reports/bishkek.ar.txt', '../reports/bishkek.fa-AF.txt'].map(async (path) => {
        const response = await fetch(path);
        if (!response.ok) throw new Error(`${path}: ${response.status}`);
        return response.text();
      }),
    );
    if (!a.value && !b.value) {
      a.value = arabic;
      b.value = dari;
    }
    show('Example reports loaded: press Compare.');
  } catch {
    show('Paste two reports and press Compare.');
  }
  document.body.dataset.ready = 'true';
}

button.addEventListener('click', run);
prefill();
