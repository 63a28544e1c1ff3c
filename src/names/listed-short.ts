// A known body named by a short form its list gives (مجمع تشخیص for مجمع تشخیص مصلحت نظام, سپاه for سپاه پاسداران
// انقلاب اسلامی): news shortens the name so once the body is named, and no rule derives the short form from the full
// name. Only against one of the body's listed names: the short form alone may be an ordinary word (سپاه, corps).

import { ORGANIZATION_SHORT_FORMS } from '../lexicon/organization-short-forms.js';
import { entityKey, withoutArticle, type GazetteerEntry } from './gazetteer.js';
import { describeEntity } from './match-describe.js';
import { different, matched, type NameMatch } from './name-match.js';
import { allOrganizations } from '../lexicon/organizations.js';

let table: Map<string, Map<string, string>> | undefined;
let owners: Map<string, string[]> | undefined;

/** Each body's id → the keys of its short forms (with and without the Arabic article) → the reason it is listed. */
function shortForms(): Map<string, Map<string, string>> {
  if (table) return table;
  table = new Map<string, Map<string, string>>();
  for (const [id, forms, reason] of ORGANIZATION_SHORT_FORMS) {
    let byKey = table.get(id);
    if (!byKey) table.set(id, (byKey = new Map<string, string>()));
    for (const text of forms.split('|')) {
      const key = entityKey(text);
      byKey.set(key, reason);
      const bare = withoutArticle(key);
      if (bare) byKey.set(bare, reason);
    }
  }
  return table;
}

/** Each short form's key (with and without the Arabic article) → the ids of the bodies it is listed for. */
function ownersByKey(): Map<string, string[]> {
  if (owners) return owners;
  owners = new Map<string, string[]>();
  for (const [id, byKey] of shortForms())
    for (const key of byKey.keys()) {
      const ids = owners.get(key) ?? [];
      if (!ids.includes(id)) ids.push(id);
      owners.set(key, ids);
    }
  return owners;
}

/** The English name of a listed body by its id, for saying which body a short form names. */
function bodyName(id: string): string {
  return allOrganizations().find((o) => o.id === id)?.en ?? id;
}

/**
 * A name that is the listed short form of another body than the known one (جماعت اسلامی, Pakistan's Jamaat-e-Islami,
 * against جمعیت اسلامی, Afghanistan's Jamiat-e Islami): the two are two bodies, however alike their letters. Returns
 * the answer that says so, or undefined.
 */
export function shortFormOfAnother(name: string, entry: GazetteerEntry): NameMatch | undefined {
  if (entry.entity.type !== 'organization') return undefined;
  const key = entityKey(name);
  const ids = ownersByKey().get(key) ?? ownersByKey().get(withoutArticle(key) ?? '');
  if (!ids || ids.includes(entry.entity.id)) return undefined;
  const id = ids[0] ?? '';
  return different(
    `${name.trim()} is the short name news gives ${bodyName(id)} (${id}), another body than ${describeEntity(entry.entity)}.`,
    { entity: entry.entity },
  );
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
  const reason = forms.get(key) ?? forms.get(withoutArticle(key) ?? '');
  if (!reason) return undefined;
  return matched(
    'convention',
    1,
    `${name.trim()} is the short name by which news calls ${describeEntity(entry.entity)} once it has named it: ${reason}.`,
    entry.entity,
  );
}
