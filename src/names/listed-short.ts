// A known body named by a short form its list gives (مجمع تشخیص for مجمع تشخیص مصلحت نظام, سپاه for سپاه پاسداران
// انقلاب اسلامی): news shortens the name so once the body is named, and no rule derives the short form from the full
// name. Only against one of the body's listed names: the short form alone may be an ordinary word (سپاه, corps).

import { ORGANIZATION_SHORT_FORMS } from '../lexicon/organization-short-forms.js';
import { entityKey, withoutArticle, type GazetteerEntry } from './gazetteer.js';
import { describeEntity } from './match-describe.js';
import { matched, type NameMatch } from './name-match.js';

interface ShortForm {
  readonly text: string;
  readonly reason: string;
}

let table: Map<string, Map<string, ShortForm>> | undefined;

/** Each body's id → the keys of its short forms (with and without the Arabic article) → the form and its reason. */
function shortForms(): Map<string, Map<string, ShortForm>> {
  if (table) return table;
  table = new Map();
  for (const [id, forms, reason] of ORGANIZATION_SHORT_FORMS) {
    let byKey = table.get(id);
    if (!byKey) table.set(id, (byKey = new Map()));
    for (const text of forms.split('|')) {
      const key = entityKey(text);
      byKey.set(key, { text, reason });
      const bare = withoutArticle(key);
      if (bare) byKey.set(bare, { text, reason });
    }
  }
  return table;
}

/**
 * Matches a name against a known body's listed short forms: the body named once a report has named it whole. Returns
 * the match, or undefined.
 *
 * @example
 * ```ts
 * import { compareNames } from 'muqabala';
 * compareNames('مجمع تشخیص مصلحت نظام', 'مجمع تشخیص').same; // => true
 * ```
 */
export function matchListedShort(name: string, entry: GazetteerEntry): NameMatch | undefined {
  if (entry.entity.type !== 'organization') return undefined;
  const forms = shortForms().get(entry.entity.id);
  if (!forms) return undefined;
  const key = entityKey(name);
  const form = forms.get(key) ?? forms.get(withoutArticle(key) ?? '');
  if (!form) return undefined;
  return matched(
    'convention',
    1,
    `${name.trim()} is the short name by which news calls ${describeEntity(entry.entity)} once it has named it: ${form.reason}.`,
    entry.entity,
  );
}
