/**
 * Every answer set of two courts (a district court and a court of appeals), written out as
 * flags and as an answers file and read back, is the same answers (test/plan/interview.test.ts
 * tries a sample of them in the quick loop).
 */
import { describe, expect, it } from 'vitest';
import type { CourtFacts } from '../../src/plan/answers.js';
import { answerSpace } from '../helpers/answer-space.js';
import { expectBackFromFlags, expectBackFromYaml } from '../helpers/round-trip.js';

const COURTS: CourtFacts[] = [
  {
    id: 'ctd',
    name: 'District of Connecticut',
    info: { type: 'district', liveStatus: 'live', hasBankruptcyCourt: true },
  },
  {
    id: 'ca2',
    name: 'Court of Appeals for the Second Circuit',
    info: { type: 'appellate', liveStatus: 'live', hasBankruptcyCourt: false },
  },
];
const space = [...answerSpace(COURTS, true, [[], ['menus-limited', 'unlink']])];

describe('every answer set again, as flags and as an answers file', () => {
  it('gives every answer set back from its flags, with nothing missing', async () => {
    expect(space.length).toBeGreaterThan(1000);
    for (const answers of space) await expectBackFromFlags(answers, COURTS);
  });

  it('gives every answer set back from its YAML answers file', async () => {
    for (const answers of space.filter((_, index) => index % 7 === 0))
      await expectBackFromYaml(answers, COURTS);
  });
});
