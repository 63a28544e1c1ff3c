/**
 * The shape of a row of the lists of people named by another name (src/lexicon/person-aliases.ts and the lists it
 * gathers): `[the person's own names, the other names, what the other name is, who the person is]`, forms apart by |.
 */

/** What the other name of a person is, for the explanation. */
export type AliasKind =
  | 'kunya'
  | 'nom de guerre'
  | 'nickname'
  | 'epithet'
  | 'title and name'
  | 'title and full name'
  | 'Arabic name'
  | 'Greek name'
  | 'Latin name'
  | 'European name'
  | 'French name'
  | 'English name'
  | 'pen name'
  | 'stage name'
  | 'shrine name'
  | 'regnal name'
  | 'papal name'
  | 'adopted name'
  | 'older romanisation'
  | 'Christian Arabic name';

/** One person: own names, other names, what the other names are, and why the person is listed. */
export type AliasRow = readonly [names: string, aliases: string, kind: AliasKind, reason: string];
