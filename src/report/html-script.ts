// The one script of the HTML report. It is a constant so that the page's Content-Security-Policy can allow
// exactly it by hash and nothing else; the page reads the same without it (it only adds the filters, the keys
// and link handling in a sandboxed frame). It reads the page's own markup (data- attributes the renderer writes
// from a fixed vocabulary or from numbers) and writes no markup and no text from the report.
// test/html.test.ts recomputes the hash; after editing the script, put the hash it prints here.
//
// What it does: shows the filters (hidden without it) and hides the findings of the severities and kinds
// unchecked, dimming their highlights; moves to the next or previous finding shown with the keys n and p (or
// j and k); opens the folded section a link or a key leads into; in a sandboxed frame (an opaque origin, where
// a link may not even move within the page) follows the page's own links itself; unfolds everything to print.

export const SCRIPT = `
(() => {
  const d = document;
  d.documentElement.classList.add('js');
  const entries = Array.from(d.querySelectorAll('.finding[data-severity]'));
  const marks = Array.from(d.querySelectorAll('mark[data-findings]'));
  const entryOf = new Map();
  for (const entry of entries) for (const n of entry.dataset.members.split(' ')) entryOf.set(n, entry);
  const open = (target) => {
    for (let e = target; e; e = e.parentElement) if (e.tagName === 'DETAILS') e.open = true;
  };
  const form = d.getElementById('filters');
  const apply = () => {
    const chosen = (name) => new Set(Array.from(form.elements).filter((i) => i.name === name && i.checked).map((i) => i.value));
    const severities = chosen('severity');
    const kinds = chosen('kind');
    for (const entry of entries) entry.hidden = !(severities.has(entry.dataset.severity) && kinds.has(entry.dataset.kind));
    for (const mark of marks) {
      const on = mark.dataset.findings.split(' ').some((n) => { const entry = entryOf.get(n); return entry && !entry.hidden; });
      mark.classList.toggle('off', !on);
    }
    for (const list of d.querySelectorAll('[data-shown]')) {
      const note = list.nextElementSibling;
      if (note && note.classList.contains('filtered')) note.hidden = list.querySelector('.finding:not([hidden])') !== null;
    }
  };
  if (form) {
    form.hidden = false;
    form.addEventListener('change', apply);
    apply();
  }
  const show = (target, block) => {
    open(target);
    for (const x of d.querySelectorAll('.is-target')) x.classList.remove('is-target');
    target.classList.add('is-target');
    const mark = target.closest('mark');
    const focus = mark ? mark.querySelector('a') : target.matches('a, [tabindex]') ? target : null;
    if (focus) focus.focus({ preventScroll: true });
    target.scrollIntoView({ block });
  };
  d.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    const at = d.activeElement;
    if (at && (at.matches('input, textarea, select') || at.isContentEditable)) return;
    const step = event.key === 'n' || event.key === 'j' ? 1 : event.key === 'p' || event.key === 'k' ? -1 : 0;
    if (!step) return;
    const shown = entries.filter((entry) => !entry.hidden);
    if (!shown.length) return;
    const mark = at && at.closest('mark[data-findings]');
    const current = (at && at.closest('.finding')) || (mark && entryOf.get(mark.dataset.findings.split(' ')[0]));
    const i = shown.indexOf(current);
    const next = i < 0 ? (step > 0 ? 0 : shown.length - 1) : Math.min(shown.length - 1, Math.max(0, i + step));
    event.preventDefault();
    show(shown[next], 'start');
  });
  const target = (hash) => { try { return d.getElementById(decodeURIComponent(hash.slice(1))); } catch (e) { return null; } };
  addEventListener('hashchange', () => { const t = target(location.hash); if (t) open(t); });
  // A page of its own (file:, http:) moves to its fragments itself; a sandboxed frame's blob: or srcdoc page may not.
  const sandboxed = self.origin === 'null' && location.protocol !== 'file:';
  d.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    const t = link && target(link.getAttribute('href'));
    if (!t) return;
    open(t);
    if (!sandboxed) return;
    event.preventDefault();
    show(t, 'center');
  });
  addEventListener('beforeprint', () => { for (const x of d.querySelectorAll('details')) x.open = true; });
  if (location.hash) { const t = target(location.hash); if (t) open(t); }
})();
`;

/** `sha256-…` of {@link SCRIPT}, for the page's Content-Security-Policy. */
export const SCRIPT_HASH = 'sha256-O5TCtS9e2gpteJ8jyistF3cxYsIldGVomT+ZWMDgjyk=';
