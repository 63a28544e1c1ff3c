import { describe, expect, test } from 'vitest';
import { allPlaces } from '../src/lexicon/places.js';
import { allOrganizations } from '../src/lexicon/organizations.js';

// The report and the name detector take two mentions with one entity id for one entity whatever their form: an id
// shared by a place and an organisation would make Panama the Palestinian Authority.
describe('entity ids', () => {
  test('no two places or organisations share an id', () => {
    const ids = [...allPlaces().map((p) => p.id), ...allOrganizations().map((o) => o.id)];
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(twice).toEqual([]);
  });
});
