// The one script of the HTML reports. It is a constant so that the page's Content-Security-Policy can allow
// exactly it by hash and nothing else; the page reads well without it (it only adds the filters, the keys and
// link handling). It reads the page, never the report: no text of the input reaches it except through the
// DOM's own properties (dataset, value), and it writes no markup.
// test/html.test.ts recomputes the hash; after editing the script, put the hash it prints here.

export const SCRIPT = `
(() => {
  const root = document.documentElement;
  root.classList.add('js');
  const findings = Array.from(document.querySelectorAll('.finding[data-severity]'));
  const marks = Array.from(document.querySelectorAll('mark[data-findings]'));
  const entryOf = new Map();
  for (const entry of findings) for (const n of (entry.dataset.members || '').split(' ')) if (n) entryOf.set(n, entry);
  let marked = null;
  // Links within the page move within it (a frame without allow-same-origin may not navigate to a fragment).
  function go(id, focus) {
    const target = document.getElementById(id);
    if (!target) return false;
    for (let d = target.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) d.open = true;
    if (marked) marked.classList.remove('is-target');
    marked = target;
    target.classList.add('is-target');
    const focusable = target.matches('a, [tabindex]') ? target : target.classList.contains('anchor') ? target.parentElement.querySelector('a') : null;
    if (focusable) focusable.focus({ preventScroll: true });
    target.scrollIntoView({ block: focus ? 'start' : 'center' });
    try { history.replaceState(null, '', '#' + id); } catch (e) { /* an opaque origin keeps its address */ }
    return true;
  }
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    if (link && go(link.getAttribute('href').slice(1), false)) event.preventDefault();
  });
  const form = document.getElementById('filters');
  function apply() {
    const chosen = (name) => new Set(Array.from(form.querySelectorAll('input[name="' + name + '"]')).filter((i) => i.checked).map((i) => i.value));
    const severities = chosen('severity');
    const kinds = chosen('kind');
    for (const entry of findings) entry.hidden = !(severities.has(entry.dataset.severity) && kinds.has(entry.dataset.kind));
    for (const mark of marks) {
      const off = mark.dataset.findings.split(' ').every((n) => { const entry = entryOf.get(n); return !entry || entry.hidden; });
      mark.classList.toggle('off', off);
    }
    for (const list of document.querySelectorAll('[data-shown]')) {
      const shown = list.querySelectorAll('.finding:not([hidden])').length;
      list.dataset.shown = String(shown);
      const note = list.querySelector('.filtered');
      if (note) note.hidden = shown > 0;
    }
  }
  if (form) {
    form.hidden = false;
    form.addEventListener('change', apply);
    apply();
  }
  // n / j: next finding; p / k: previous (those the filters show).
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const at = document.activeElement;
    if (at && (at.matches('input, textarea, select') || at.isContentEditable)) return;
    const step = event.key === 'n' || event.key === 'j' ? 1 : event.key === 'p' || event.key === 'k' ? -1 : 0;
    if (!step) return;
    const shown = findings.filter((entry) => !entry.hidden);
    if (!shown.length) return;
    const mark = at && at.closest('mark[data-findings]');
    const current = (at && at.closest('.finding')) || (mark && entryOf.get(mark.dataset.findings.split(' ')[0]));
    const i = shown.indexOf(current);
    const next = i < 0 ? (step > 0 ? 0 : shown.length - 1) : Math.min(shown.length - 1, Math.max(0, i + step));
    event.preventDefault();
    go(shown[next].id, true);
  });
  // On paper, every section open.
  addEventListener('beforeprint', () => { for (const d of document.querySelectorAll('details')) d.open = true; });
})();
`;

/** `sha256-…` of {@link SCRIPT}, for the page's Content-Security-Policy. */
export const SCRIPT_HASH = 'sha256-';
