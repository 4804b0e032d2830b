import { describe, expect, it } from 'vitest';
import { ageInWords } from '../src/dates.js';

describe('ageInWords', () => {
  it.each([
    ['2023-01-10', '2026-12-06', '3 years, 10 months'],
    ['2023-01-10', '2026-12-10', '3 years, 11 months'],
    ['2023-01-10', '2024-01-10', '1 year'],
    ['2023-01-10', '2024-02-09', '1 year'],
    ['2025-07-01', '2025-12-31', '5 months'],
    ['2026-11-24', '2026-12-06', '12 days'],
    ['2026-12-05', '2026-12-06', '1 day'],
  ])('%s to %s is %s', (from, to, words) => {
    expect(ageInWords(from, to)).toBe(words);
  });
});
