/**
 * Every court's plan, before and after go-live, fits 40, 80 and 120 columns with and without
 * colour and splits no word (test/render/width.test.ts lays out a sample in the quick loop).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import { bundledCatalog } from '../helpers/plan.js';
import { plansOfEveryKind, widthProblems } from '../helpers/text-width.js';

describe('every text plan at 40, 80 and 120 columns', () => {
  const plans: Plan[] = [];
  beforeAll(async () => {
    plans.push(...(await plansOfEveryKind([...(await bundledCatalog()).courts.keys()])));
  });

  it.each([40, 80, 120].flatMap((width) => [0, 1].map((colorLevel) => ({ width, colorLevel }))))(
    'fits $width columns (colour level $colorLevel), and splits no word',
    ({ width, colorLevel }) => {
      expect(plans.length).toBeGreaterThan(400);
      expect(widthProblems(plans, width, colorLevel as 0 | 1)).toEqual([]);
    },
  );
});
