import { describe, expect, it } from 'vitest';
import { findDuplicateJsonKey } from '../../src/io/json-keys.js';

describe('findDuplicateJsonKey', () => {
  it.each([
    ['{"a": 1, "a": 2}', 9],
    ['{"a": {"b": 1, "b": 2}}', 15],
    ['{"x": [{"a": 1}, {"a": 2}], "x": 0}', 28],
    ['{"a\\u0062": 1, "ab": 2}', 15],
  ])('finds the key given twice in %s', (json, offset) => {
    expect(findDuplicateJsonKey(json)).toBe(offset);
  });

  it.each([
    '{"a": 1, "b": {"a": 2}}',
    '{"a": "a", "b": ["a", "a"]}',
    '{"a": "say \\"b\\": 1, \\"a\\": 2"}',
    '[{"a": 1}, {"a": 1}]',
  ])('finds none in %s', (json) => {
    expect(findDuplicateJsonKey(json)).toBeUndefined();
  });
});
