// The country a known body belongs to, for telling it from a body of the same name or its branch in another country
// (حزب الله العراقي is not Hezbollah; حزب الله اللبناني is; معهد باستور إيران is not the Institut Pasteur of Paris).

import { organizationHome } from '../lexicon/organization-homes.js';
import { entityKey, lookupCountry, lookupEntries } from './gazetteer.js';

/** The ISO code of the country of the known body a name is, or undefined (an unknown body, or one not listed). */
export function homeOf(name: string): string | undefined {
  for (const e of lookupEntries(name)) {
    const home = e.entity.type === 'organization' ? organizationHome(e.entity.id) : undefined;
    if (home) return home;
  }
  return undefined;
}

/** Words that put a place after a body's name: in (Arabic, Persian, English). */
const IN: ReadonlySet<string> = new Set(['في', 'فی', 'در', 'in']);

/** The country of a known country or city by its name or adjective (سوريا, السوري, Damascus), or undefined. */
function countryOfPlace(text: string): { readonly id: string; readonly name: string } | undefined {
  const country = lookupCountry(text);
  if (country) return { id: country.entity.id, name: country.entity.name };
  for (const e of lookupEntries(text)) {
    const id = e.entity.type === 'place' && e.entity.kind === 'city' ? countryOfCity(e.entity.id) : undefined;
    if (id) return { id, name: e.entity.name };
  }
  return undefined;
}

/** The country of a known city by its id (IR/Tehran → IR); undefined for an id without one. */
export function countryOfCity(id: string): string | undefined {
  const slash = id.indexOf('/');
  return slash > 0 ? id.slice(0, slash) : undefined;
}

/**
 * Whether one name is a known body's and the other the same name with a place of another country after it, bare or
 * after "in" (الإخوان المسلمون في سوريا, Hezbollah in Iraq, معهد باستور تونس): a body of that country of the same
 * name, or the body's branch there, which is a body of its own. Returns what says so, or undefined.
 */
export function branchAbroad(a: string, b: string): string | undefined {
  const [wa, wb] = [a.trim().split(/\s+/u), b.trim().split(/\s+/u)];
  const [longer, shorter] = wa.length > wb.length ? [wa, b] : [wb, a];
  const n = Math.min(wa.length, wb.length);
  if (longer.length - n > 3 || entityKey(longer.slice(0, n).join(' ')) !== entityKey(shorter)) return undefined;
  const home = homeOf(shorter);
  if (!home) return undefined;
  const tail = longer.slice(n);
  const place = countryOfPlace((tail.length > 1 && IN.has((tail[0] ?? '').toLowerCase()) ? tail.slice(1) : tail).join(' '));
  if (!place || place.id === home) return undefined;
  const where = place.name === regionName(place.id) ? place.name : `${place.name} (${regionName(place.id)})`;
  return `${tail.join(' ')} puts ${shorter.trim()}, a body of ${regionName(home)}, in ${where}, another country: a body there of the same name, or its branch there, a body of its own.`;
}

let regionNames: Intl.DisplayNames | undefined;

/** A country's English name from its code (LB → Lebanon), as CLDR gives it. */
export function regionName(code: string): string {
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
  return regionNames.of(code) ?? code;
}
