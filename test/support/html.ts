import { expect } from 'vitest';

/** Text content as the page holds it, entities read back. */
export const decode = (html: string): string =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Every in-page link has its target, and no id is used twice. */
export function expectLinksResolve(html: string): void {
  const ids = [...html.matchAll(/ id="([^"]*)"/g)].map((m) => m[1]);
  expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
  const targets = [...html.matchAll(/ href="#([^"]*)"/g)].map((m) => m[1]);
  expect(targets.filter((t) => !ids.includes(t)), 'links without a target').toEqual([]);
}

/** The attributes the renderers write; anything else in a tag came from the input. */
const ATTRIBUTES = new Set([
  'lang', 'dir', 'charset', 'http-equiv', 'content', 'name', 'id', 'class', 'href', 'title', 'scope', 'tabindex',
  'hidden', 'type', 'value', 'checked', 'aria-label', 'aria-labelledby', 'aria-describedby',
  'data-severity', 'data-kind', 'data-members', 'data-findings', 'data-label', 'data-shown',
]);

/**
 * The tags and attribute names of a page, from its markup alone: attribute values are quoted and never hold a
 * raw quote or `>`, and text never holds a raw `<`, so this reads the page as a browser would. Returns the
 * attributes the renderers never write, and the tags found.
 */
export function markup(html: string): { tags: Set<string>; strangers: string[] } {
  const tags = new Set<string>();
  const strangers: string[] = [];
  const body = html.replace(/<script>[\s\S]*?<\/script>|<style>[\s\S]*?<\/style>/g, '');
  for (const m of body.matchAll(/<([a-z][a-z0-9]*)([^>]*)>/g)) {
    tags.add(m[1] as string);
    for (const name of (m[2] as string).replace(/="[^"]*"/g, ' ').trim().split(/\s+/)) if (name && !ATTRIBUTES.has(name)) strangers.push(`${m[1]} ${name}`);
  }
  return { tags, strangers };
}

/** The tags the report pages are built of. */
export const PAGE_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'body', 'header', 'main', 'footer', 'section', 'h1', 'h2', 'h3', 'p', 'a', 'bdi', 'q',
  'strong', 'span', 'code', 'kbd', 'mark', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'details', 'summary', 'div', 'form', 'fieldset', 'legend', 'label', 'input',
]);
