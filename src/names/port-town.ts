// Persian names a port town with بندر before its name (بندر چابهار, بندر گناوه): written so, it is the town, where
// Arabic ميناء تشابهار is the port named after it.

import { entityKey, type GazetteerEntry } from './gazetteer.js';
import { describeEntity } from './match-describe.js';

// The Persian word, as a head is written before a name (not the Arabic ميناء or مرفأ, which name the port).
const BANDAR = entityKey('بندر');

/**
 * The explanation when a Persian name with بندر before it names the town `place` rather than its port, or undefined
 * (another head, or a place that is no town).
 */
export function portTown(headText: string, place: GazetteerEntry): string | undefined {
  if (entityKey(headText) !== BANDAR || place.entity.kind !== 'city') return undefined;
  return `Persian writes بندر before the name of a port town, which is the town: both name ${describeEntity(place.entity)}.`;
}
