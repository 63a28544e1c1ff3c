// The country a known body belongs to, for telling it from a body of the same name or its branch in another country
// (حزب الله العراقي is not Hezbollah; حزب الله اللبناني is; معهد باستور إيران is not the Institut Pasteur of Paris).

import { organizationHome } from '../lexicon/organization-homes.js';
import { lookupEntries } from './gazetteer.js';

/** The ISO code of the country of the known body a name is, or undefined (an unknown body, or one not listed). */
export function homeOf(name: string): string | undefined {
  for (const e of lookupEntries(name)) {
    const home = e.entity.type === 'organization' ? organizationHome(e.entity.id) : undefined;
    if (home) return home;
  }
  return undefined;
}
