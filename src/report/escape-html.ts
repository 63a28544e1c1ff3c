// The only ways text from a report reaches the HTML page. Everything interpolated into the page goes through
// one of them, numbers included (a report may come from a JSON file someone edited). All show the explicit bidi
// controls of the input as ⟦U+202E⟧, so that no input can reverse the page around it.
import { rightToLeftRuns, showBidiControls } from './bidi.js';

/** Text content of an element: `&`, `<` and `>` become entities, so no tag or entity can start. */
export function escapeText(value: unknown): string {
  return showBidiControls(String(value)).replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

const ATTRIBUTE_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The value of an attribute, which the page always writes between double quotes: quotes become entities too. */
export function escapeAttribute(value: unknown): string {
  return showBidiControls(String(value)).replace(/[&<>"']/g, (c) => ATTRIBUTE_ENTITIES[c] ?? c);
}

const RLI = '\u2067';
const PDI = '\u2069';

/**
 * Plain text that quotes right-to-left words, for where no element can isolate them (an attribute such as a
 * tooltip's title, the page's `<title>`): the input's bidi controls shown as `⟦U+202E⟧`, then each
 * right-to-left run wrapped in the isolates RLI … PDI, then escaped as an attribute (which is also safe as
 * text content). The isolates are the renderer's own, so they are balanced whatever the input holds.
 */
export function escapeIsolated(value: unknown): string {
  return rightToLeftRuns(showBidiControls(String(value)))
    .map((run) => (run.rtl ? RLI + run.text + PDI : run.text))
    .join('')
    .replace(/[&<>"']/g, (c) => ATTRIBUTE_ENTITIES[c] ?? c);
}
