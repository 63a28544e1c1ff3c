// The only two ways text from a report reaches the HTML page. Everything interpolated into the page goes
// through one of them, numbers included (a report may come from a JSON file someone edited). Both show the
// explicit bidi controls of the input as ⟦U+202E⟧, so that no input can reverse the page around it.
import { showBidiControls } from './bidi.js';

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
