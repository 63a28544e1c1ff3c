// The style sheet of the HTML reports. It is a constant so that the page's Content-Security-Policy can allow
// exactly it by hash and nothing else; the page loads nothing from anywhere.
// test/html.test.ts recomputes the hash; after editing the style, put the hash it prints here.

export const STYLE = `
:root { color-scheme: light; --conflict: #c5221f; --conflict-bg: #fdd8d3; --warning: #8a4f00; --warning-bg: #ffe8a3;
  --info: #1a5fb4; --info-bg: #d7e6fb; --line: #d0d3d8; --muted: #5f6368; --focus: #6b4eff; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 80rem; padding: 1rem 1.5rem 3rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #1f1f1f; background: #fff; overflow-wrap: anywhere; }
[hidden] { display: none !important; }
[lang|="ar"], [lang|="fa"] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", Vazirmatn, Tahoma, "Segoe UI", sans-serif; font-size: 1.08rem; line-height: 1.9; }
h1 { font-size: 1.35rem; margin: .25rem 0 .6rem; line-height: 1.3; }
h2 { font-size: 1.12rem; margin: 1.5rem 0 .6rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1rem; margin: 1.1rem 0 .5rem; }
a { color: #1a4fa0; }
table { border-collapse: collapse; }
.documents { width: 100%; max-width: 56rem; table-layout: fixed; font-size: .9rem; }
.documents th, .documents td { border: 1px solid var(--line); padding: .2rem .5rem; text-align: start; vertical-align: top; }
.documents thead th { background: #f3f4f6; }
.documents tbody th { font-weight: normal; color: var(--muted); width: 9.5rem; }
.documents tbody td { width: auto; }
.documents.facts, .documents.entities { max-width: none; }
.facts thead th:nth-child(-n+2), .entities thead th:nth-child(2) { width: 7.5rem; }
.facts thead th:nth-child(4) { width: 22%; }
ul.where { margin: 0; padding-inline-start: 1.1rem; }
details.document > summary { cursor: pointer; font-weight: 600; margin: .4rem 0; }
details.document > .side { border: 1px solid var(--line); border-radius: 4px; padding: .4rem .75rem; }
.lead { font-size: 1.05rem; margin: .2rem 0 .6rem; }
.mode, .notice { margin: .5rem 0; max-width: 56rem; }
.mode .why { color: var(--muted); font-size: .88rem; }
.notice { padding: .3rem .6rem; border-inline-start: 4px solid var(--warning); background: #fff7e0; }
.counts { margin: .4rem 0; }
.filters { display: flex; flex-wrap: wrap; align-items: baseline; gap: .3rem 1.2rem; margin: .5rem 0; padding: .4rem .6rem; background: #f6f7f9; border-radius: 4px; font-size: .9rem; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2rem .7rem; min-width: 0; }
.filters legend { float: inline-start; font-weight: 600; padding: 0; margin-inline-end: .5rem; }
.filters label { white-space: nowrap; }
.keys { color: var(--muted); margin: 0; }
kbd { font: .8rem ui-monospace, monospace; border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 3px; padding: 0 .3rem; background: #fff; }
.js .counts { display: none; }
.findings { list-style: none; padding: 0; margin: 0; }
.finding { border: 1px solid var(--line); border-inline-start-width: 5px; border-radius: 4px; padding: .5rem .75rem; margin: 0 0 .6rem; }
.finding.sev-conflict { border-inline-start-color: var(--conflict); }
.finding.sev-warning { border-inline-start-color: var(--warning); }
.finding.sev-info { border-inline-start-color: var(--info); }
.finding:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
.finding:target, .finding.is-target { outline: 3px solid var(--focus); outline-offset: 2px; }
.headline { margin: 0 0 .3rem; }
.headline .message { font-weight: 500; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 3px; font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; vertical-align: .08em; background: #eee; }
.badge.sev-conflict { background: var(--conflict-bg); color: var(--conflict); }
.badge.sev-warning { background: var(--warning-bg); color: var(--warning); }
.badge.sev-info { background: var(--info-bg); color: var(--info); }
.kind { color: var(--muted); font-size: .85rem; }
.count { font-weight: 600; white-space: nowrap; }
.pair { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: .5rem; margin: .3rem 0; }
.pair .side { border: 1px solid var(--line); border-radius: 4px; padding: .25rem .6rem .35rem; background: #fafbfc; min-width: 0; }
.pair .where { margin: 0; font-size: .8rem; color: var(--muted); direction: ltr; text-align: left; }
.pair .sentence { margin: 0; }
.meta { margin: .2rem 0 0; font-size: .8rem; color: var(--muted); }
.meta a, .places a { color: inherit; }
.places { margin: .15rem 0 0; font-size: .85rem; color: var(--muted); }
.places a { display: inline-block; min-width: 1.6rem; text-align: center; }
.more { margin: .2rem 0 0; font-size: .85rem; }
.more summary { cursor: pointer; color: var(--muted); }
.details { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0 .75rem; margin: .2rem 0; }
.details dt { color: var(--muted); }
.details dd { margin: 0; }
.rest .finding { padding: .35rem .65rem; margin-bottom: .35rem; }
.rest .headline { margin: 0; }
details.explained > summary { cursor: pointer; margin: 1.5rem 0 .6rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
details.explained > summary > h2 { display: inline; border: 0; margin: 0; padding: 0; }
bdi[dir="rtl"] { font-size: 1.06em; }
.none, .filtered { font-style: italic; color: var(--muted); margin: 0; }
.texts { width: 100%; table-layout: fixed; }
.texts th, .texts td { border: 1px solid var(--line); padding: .4rem .6rem; vertical-align: top; }
.texts thead th { background: #f3f4f6; font-weight: 600; text-align: start; }
.texts .num-col { width: 5.5rem; }
.texts tbody th { font-weight: normal; font-size: .8rem; color: var(--muted); text-align: start; }
.texts tbody th a { font-size: 1rem; font-weight: 600; color: inherit; }
.texts .flag { display: block; color: var(--warning); font-weight: 600; }
.texts tr.uncertain th, .texts tr.uncertain td { background: #fff7e0; border-style: dashed; border-color: var(--warning); }
.texts tr:target th, .texts tr.is-target th { outline: 3px solid var(--focus); outline-offset: -3px; }
.side { text-align: start; }
.sentence { margin: 0 0 .4rem; }
.sentence:last-child { margin-bottom: 0; }
.sn { display: inline-block; min-width: 1.4rem; margin-inline-end: .3rem; font: .72rem system-ui, sans-serif; color: var(--muted); vertical-align: super; }
.hl { position: relative; border-radius: 2px; padding: 0 1px; color: inherit; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.hl a { color: inherit; text-decoration: none; }
.hl a:focus-visible { outline: 2px solid #111; outline-offset: 2px; }
.hl.sev-conflict { background: var(--conflict-bg); box-shadow: inset 0 -2px 0 var(--conflict); }
.hl.sev-warning { background: var(--warning-bg); box-shadow: inset 0 -2px 0 var(--warning); }
.hl.sev-info { background: var(--info-bg); box-shadow: inset 0 -2px 0 var(--info); }
.hl.multi { outline: 1px dashed #444; }
.hl.off { background: none; box-shadow: none; outline: 0; }
.hl.point a::before { content: "\\2038"; }
/* The mouse gets the title as a tooltip; the keyboard gets this note when the highlight's link has focus. */
.hl:focus-within::after { content: attr(title); position: absolute; z-index: 10; top: 100%; left: 0;
  width: max-content; max-width: min(26rem, 80vw); padding: .4rem .6rem; border-radius: 4px; background: #202124; color: #fff;
  font: .8rem/1.4 system-ui, sans-serif; white-space: pre-line; direction: ltr; text-align: left; box-shadow: 0 2px 6px rgba(0,0,0,.3); }
/* The first document is the left column: its notes open rightwards, the second's leftwards, so they stay on the page. */
.side-b .hl::after { left: auto; right: 0; }
.anchor:target ~ a, .anchor.is-target ~ a, .sentence:target, .sentence.is-target { outline: 3px solid var(--focus); outline-offset: 2px; }
q { quotes: "\\00AB" "\\00BB"; }
footer { margin-top: 2rem; font-size: .8rem; color: var(--muted); }
@media (max-width: 40rem) {
  body { padding: .75rem .75rem 2rem; }
  h1 { font-size: 1.2rem; }
  .documents tbody th { width: 6.5rem; }
  .pair { grid-template-columns: minmax(0, 1fr); }
  .texts, .texts tbody, .texts tr, .texts th, .texts td { display: block; width: auto; }
  .texts thead { display: none; }
  .texts tr { border: 1px solid var(--line); border-radius: 4px; margin: 0 0 .6rem; }
  .texts th, .texts td { border: 0; }
  .texts td { border-top: 1px solid var(--line); }
  .texts tbody th a { display: inline; margin-inline-end: .5rem; }
  .texts .flag { display: inline; }
  .texts td::before { content: attr(data-label); display: block; direction: ltr; text-align: left; unicode-bidi: isolate;
    font: .75rem/1.4 system-ui, sans-serif; color: var(--muted); }
}
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .filters, .keys { display: none !important; }
  .js .counts { display: block; }
  a { color: inherit; text-decoration: none; }
  .hl::after { display: none !important; }
  details::details-content { content-visibility: visible; }
  details > summary { list-style: none; }
  .finding, .texts tr, .pair { break-inside: avoid; }
  .texts thead { display: table-header-group; }
  h2 { break-after: avoid; }
}
`;

/** `sha256-…` of {@link STYLE}, for the page's Content-Security-Policy. */
export const STYLE_HASH = 'sha256-AztESRBJliZeVhDIgQ8IpblXyMcUUGL79+Qsfyfw37w=';
