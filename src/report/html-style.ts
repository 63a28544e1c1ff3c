// The style sheet of the HTML report. It is a constant so that the page's Content-Security-Policy can allow
// exactly it by hash and nothing else: the page has no script at all, and loads nothing from anywhere.
// test/html.test.ts recomputes the hash; after editing the style, put the hash it prints here.

export const STYLE = `
:root { color-scheme: light; --conflict: #c5221f; --conflict-bg: #fdd8d3; --warning: #a15c00; --warning-bg: #ffe8a3;
  --info: #1a5fb4; --info-bg: #d7e6fb; --line: #d0d3d8; --muted: #5f6368; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 80rem; padding: 1rem 1.5rem 3rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f1f1f; background: #fff; }
[lang|="ar"], [lang|="fa"] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", Vazirmatn, Tahoma, "Segoe UI", sans-serif; font-size: 1.08rem; line-height: 1.9; }
h1 { font-size: 1.4rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
table { border-collapse: collapse; }
.documents th, .documents td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: start; vertical-align: top; }
.documents thead th { background: #f3f4f6; }
.overview { margin: .75rem 0; }
.counts, .kinds { list-style: none; padding: 0; margin: .25rem 0; display: flex; flex-wrap: wrap; gap: .4rem; }
.chip { display: inline-block; padding: .1rem .6rem; border-radius: 1rem; border: 1px solid var(--line); background: #f3f4f6; color: inherit; text-decoration: none; }
.chip.sev-conflict { background: var(--conflict-bg); border-color: var(--conflict); }
.chip.sev-warning { background: var(--warning-bg); border-color: var(--warning); }
.chip.sev-info { background: var(--info-bg); border-color: var(--info); }
.beads { width: 100%; table-layout: fixed; }
.beads th, .beads td { border: 1px solid var(--line); padding: .4rem .6rem; vertical-align: top; }
.beads thead th { background: #f3f4f6; font-weight: 600; text-align: start; }
.beads .bead-col { width: 6.5rem; }
.beads tbody th { font-weight: normal; font-size: .8rem; color: var(--muted); text-align: start; }
.beads tbody th a { font-size: 1rem; font-weight: 600; color: inherit; }
.beads tbody th span { display: block; }
.beads tr.uncertain th, .beads tr.uncertain td { background: #fff7e0; border-style: dashed; border-color: var(--warning); }
.beads .flag { color: var(--warning); font-weight: 600; }
.side { text-align: start; }
.sentence { margin: 0 0 .4rem; }
.sentence:last-child { margin-bottom: 0; }
.sn { display: inline-block; min-width: 1.4rem; margin-inline-end: .3rem; font: .72rem system-ui, sans-serif; color: var(--muted); vertical-align: super; }
.missing .none { margin: 0; font: italic .9rem system-ui, sans-serif; color: var(--muted); }
.hl { position: relative; border-radius: 2px; padding: 0 1px; color: inherit; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.hl a { color: inherit; text-decoration: none; }
.hl a:focus-visible { outline: 2px solid #111; outline-offset: 2px; }
.hl.sev-conflict { background: var(--conflict-bg); box-shadow: inset 0 -2px 0 var(--conflict); }
.hl.sev-warning { background: var(--warning-bg); box-shadow: inset 0 -2px 0 var(--warning); }
.hl.sev-info { background: var(--info-bg); box-shadow: inset 0 -2px 0 var(--info); }
.hl.multi { outline: 1px dashed #444; }
.hl.point a::before { content: "\\2038"; }
/* The mouse gets the title as a tooltip; the keyboard gets this note when the highlight's link has focus. */
.hl:focus-within::after { content: attr(title); position: absolute; z-index: 10; top: 100%; left: 0;
  width: max-content; max-width: 26rem; padding: .4rem .6rem; border-radius: 4px; background: #202124; color: #fff;
  font: .8rem/1.4 system-ui, sans-serif; white-space: pre-line; direction: ltr; text-align: left; box-shadow: 0 2px 6px rgba(0,0,0,.3); }
/* A is the right-hand column: its notes open leftwards, B's rightwards, so that they stay on the page. */
.side-a .hl::after { left: auto; right: 0; }
.anchor:target ~ a, .bead:target th, .finding:target { outline: 3px solid #6b4eff; outline-offset: 2px; }
.findings { list-style: none; padding: 0; margin: 0; }
.finding { border: 1px solid var(--line); border-inline-start-width: 5px; border-radius: 4px; padding: .5rem .75rem; margin: 0 0 .6rem; }
.finding.sev-conflict { border-inline-start-color: var(--conflict); }
.finding.sev-warning { border-inline-start-color: var(--warning); }
.finding.sev-info { border-inline-start-color: var(--info); }
.finding p { margin: 0 0 .25rem; }
.num { font-weight: 600; color: inherit; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 3px; font-size: .78rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
.badge.sev-conflict { background: var(--conflict-bg); color: var(--conflict); }
.badge.sev-warning { background: var(--warning-bg); color: var(--warning); }
.badge.sev-info { background: var(--info-bg); color: var(--info); }
.rule { font-size: .85rem; }
.where, .details { margin: .2rem 0; padding-inline-start: 1.2rem; }
.details { display: grid; grid-template-columns: max-content 1fr; gap: 0 .75rem; padding: 0; }
.details dt { color: var(--muted); }
.details dd { margin: 0; }
.meta { font-size: .82rem; color: var(--muted); }
.meta a { color: inherit; }
q { quotes: "\\00AB" "\\00BB"; }
footer { margin-top: 2rem; font-size: .8rem; color: var(--muted); }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  .hl::after { display: none !important; }
  .beads tr, .finding { break-inside: avoid; }
  .beads thead { display: table-header-group; }
  h2 { break-after: avoid; }
}
`;

/** `sha256-…` of {@link STYLE}, for the page's Content-Security-Policy. */
export const STYLE_HASH = 'sha256-3c9qm31rm3yYG0mt8+ek3HyWxuImL3MJ6EyVBGOduIA=';
