import { describe, expect, it } from 'vitest';
import { countOf, formatNumber } from '../src/counts.js';

describe('counts as English', () => {
  it.each([
    [0, '0 actions'],
    [1, '1 action'],
    [2, '2 actions'],
    [999, '999 actions'],
    [1000, '1,000 actions'],
    [199_999, '199,999 actions'],
    [1_234_567, '1,234,567 actions'],
  ])('%d → %s', (n, text) => {
    expect(countOf(n, 'action')).toBe(text);
  });

  it('takes an irregular plural', () => {
    expect(countOf(1, 'entry', 'entries')).toBe('1 entry');
    expect(countOf(3, 'entry', 'entries')).toBe('3 entries');
  });

  it('groups whole numbers only, and keeps a sign', () => {
    expect(formatNumber(-12345)).toBe('-12,345');
    expect(formatNumber(1234.5)).toBe('1,234.5');
  });
});
