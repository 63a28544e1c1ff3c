// Persian names a port town with بندر before its name (بندر چابهار, بندر گناوه): written so, it is the town, where
// Arabic ميناء تشابهار is the port named after it; but Arabic translates that بندر, the town's own word, by ميناء.

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

/**
 * The explanation when an Arabic port's name (ميناء, مرفأ) stands against a town whose Persian name opens with بندر, or
 * whose name the port's rest opens with (ميناء ماهشهر / بندر ماهشهر, ميناء بندر عباس / بندرعباس): Arabic translates
 * the word بندر, which is the port's head in Persian and part of the town's name. Undefined for another head, a place
 * that is no town, or a town named without بندر (ميناء بوشهر / بوشهر: the port, named after the town).
 */
export function portOfPortTown(
  headFamily: string,
  headText: string,
  rest: string,
  other: string,
  place: GazetteerEntry,
): string | undefined {
  if (headFamily !== 'port' || entityKey(headText) === BANDAR || place.entity.kind !== 'city') return undefined;
  const named = [other, rest].find((n) => entityKey(n).startsWith(BANDAR) && entityKey(n).length > BANDAR.length);
  if (!named) return undefined;
  return `${describeEntity(place.entity)} is a port town that Persian names with بندر, the word for a port, which Arabic translates ${headText.trim()}.`;
}
