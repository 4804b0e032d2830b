import { describe, expect, it } from 'vitest';
import {
  courtIdsOf,
  normaliseScalar,
  normaliseWord,
  splitList,
} from '../../src/plan/user-values.js';

describe('the one normaliser for typed values', () => {
  it('compares words trimmed and in lower case', () => {
    expect(normaliseWord('  Attorney ')).toBe('attorney');
    expect(normaliseScalar('YES')).toBe('yes');
    expect(normaliseScalar(true)).toBe('yes');
    expect(normaliseScalar(false)).toBe('no');
    expect(normaliseScalar(3)).toBe('3');
    expect(normaliseScalar({ ctd: 'yes' })).toBeUndefined();
    expect(normaliseScalar(['a'])).toBeUndefined();
  });

  it('splits lists on commas, semicolons and spaces alike', () => {
    expect(splitList('ctd,utd')).toEqual(['ctd', 'utd']);
    expect(splitList(' CTD ; utd ')).toEqual(['ctd', 'utd']);
    expect(splitList('ctd utd,\tprd;;')).toEqual(['ctd', 'utd', 'prd']);
    expect(splitList('')).toEqual([]);
  });

  it('reads court ids from several values, once each, in the order given', () => {
    expect(courtIdsOf(['CTD;utd', 'ctd', 'prd cacd'])).toEqual(['ctd', 'utd', 'prd', 'cacd']);
  });
});
