/** The court picker's search: by id, by state (name or code), by name; a state's courts first. */
import { beforeAll, describe, expect, it } from 'vitest';
import { searchCourts } from '../../src/profile/find-courts.js';
import type { CourtProfile } from '../../src/profile/schema.js';
import { bundledCatalog } from '../helpers/plan.js';

let profiles: CourtProfile[] = [];
beforeAll(async () => {
  profiles = [...(await bundledCatalog()).courts.values()];
});
const ids = (text: string) => searchCourts(profiles, text).map((profile) => profile.id);

describe('searchCourts', () => {
  it('lists every court for empty text', () => {
    expect(ids('  ')).toHaveLength(profiles.length);
  });

  it("finds a state's courts and its circuit's court of appeals, by name or postal code", () => {
    expect(ids('utah')).toEqual(['ca10', 'utb', 'utd']);
    expect(ids('UT').slice(0, 3)).toEqual(['ca10', 'utb', 'utd']);
    expect(ids('new york').slice(0, 9)).toEqual(
      expect.arrayContaining([
        'ca2',
        'nyeb',
        'nyed',
        'nynb',
        'nynd',
        'nysb',
        'nysd',
        'nywb',
        'nywd',
      ]),
    );
  });

  it('puts the court with that id first, then the courts whose names hold the text', () => {
    expect(ids('ctd')[0]).toBe('ctd');
    expect(ids('southern district of new york')).toEqual(['nysb', 'nysd']);
    expect(ids('zzzz')).toEqual([]);
  });
});

describe('searching with several words (issue 26: the finder that finds)', () => {
  it('finds the Western District of Texas by "western texas", both its courts', () => {
    expect(ids('western texas').sort()).toEqual(['txwb', 'txwd']);
  });

  it('finds the Texas bankruptcy courts by "texas bank"', () => {
    expect(ids('texas bank').sort()).toEqual(['txeb', 'txnb', 'txsb', 'txwb']);
  });

  it('finds by a city its offices are in, and by kind', () => {
    expect(ids('tucson')).toContain('azd');
    expect(ids('ninth circuit')).toEqual(['ca9']);
    expect(ids('appeals fourth')).toEqual(['ca4']);
  });

  it('finds nothing for words no court has', () => {
    expect(ids('texas zzzz')).toEqual([]);
  });
});
