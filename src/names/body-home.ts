// The country a known party, movement or armed group belongs to, for telling it from a body of the same name in
// another country (حزب الله العراقي is not Hezbollah; حزب الله اللبناني is).

import { ORGANIZATION_HOMES } from '../lexicon/organization-homes.js';
import { lookupCountry, lookupEntries, type GazetteerEntry } from './gazetteer.js';
import { bestSpelling } from './known-spelling.js';
import { describeEntity } from './match-describe.js';
import type { NameMatch } from './name-match.js';

/** The ISO code of the country of the known body a name is, or undefined (an unknown body, or one not listed). */
export function homeOf(name: string): string | undefined {
  for (const e of lookupEntries(name)) {
    const home = e.entity.type === 'organization' ? ORGANIZATION_HOMES[e.entity.id] : undefined;
    if (home) return home;
  }
  return undefined;
}

/**
 * Whether `name` is the known body `known` with its own country named after it (حزب‌الله لبنان, حماس فلسطين): a match
 * of the body without the country, or undefined.
 */
export function bodyWithHome(name: string, known: GazetteerEntry, threshold: number): NameMatch | undefined {
  const home = known.entity.type === 'organization' ? ORGANIZATION_HOMES[known.entity.id] : undefined;
  const words = name.trim().split(/\s+/u);
  const last = words[words.length - 1];
  if (!home || words.length < 2 || last === undefined) return undefined;
  const country = lookupCountry(last);
  if (country?.entity.id !== home) return undefined;
  const best = bestSpelling(words.slice(0, -1).join(' '), known, threshold, true);
  if (!best) return undefined;
  const detail = `${name.trim()} is ${describeEntity(known.entity)}, with its own country (${country.entity.name}) named after it.`;
  return { same: true, score: best.score, reason: { ...best.reason, kind: 'convention', entity: known.entity, detail } };
}
