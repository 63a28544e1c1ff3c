// A body the list names only with a head of its own (Al Jazeera: قناة الجزيرة, شبکه الجزیره) is not what another head
// makes of its bare name: طيران الجزيرة, جامعة الجزيرة and نادي الجزيرة are an airline, a university and a club of that
// name, not the channel. The bare name may stand for the body (Al Jazeera / الجزيرة); another kind of body may not.

import { lookupEntries, type KnownEntity } from './gazetteer.js';
import { describeEntity } from './match-describe.js';
import { splitHead } from './translated.js';
import { possessive } from './name-words.js';
import type { NameHead } from '../lexicon/name-heads.js';

/**
 * When `name` names `entity`, a known body every Arabic and Persian name of which the list gives with a head, none of
 * `head`'s family: the finding that the name `headed` (the other name, with `head` written `headText` before `rest`)
 * is another body. Undefined when
 * the body has a bare listed name (BBC / بي بي سي, which any of its services may carry), or a head of that family.
 *
 * @example
 * ```ts
 * import { compareNames } from 'muqabala';
 * // Al Jazeera is listed as قناة الجزيرة and شبکه الجزیره.
 * compareNames('Al Jazeera', 'طيران الجزيرة').same; // => false
 * compareNames('Al Jazeera', 'شبكة الجزيرة').same; // => true
 * ```
 */
export function listedWithAnotherHead(
  name: string,
  headed: string,
  head: NameHead,
  headText: string,
  rest: string,
  entity: KnownEntity | undefined,
): string | undefined {
  if (!entity || entity.type !== 'organization' || head.role !== 'institution') return undefined;
  // A listed name with a head of its own after the other head (مجموعة بنك التنمية الأفريقي) is that body's, grouped.
  if (lookupEntries(rest).some((e) => e.entity.id === entity.id)) return undefined;
  const entry = lookupEntries(name).find((e) => e.entity.id === entity.id);
  const listed = entry ? [...entry.ar, ...entry.fa] : [];
  if (listed.length === 0) return undefined;
  const heads = listed.map((n) => splitHead(n).head);
  if (heads.some((h) => h === undefined || h.family === head.family)) return undefined;
  return `${headed.trim()} names a body with the ${possessive(head.kind)} head ${headText}; ${describeEntity(entity)} is listed only with a head of another kind (${listed[0] ?? ''}): another body of the same name.`;
}
