/** errnoOf: the code of an error the system gave, and nothing for anything else. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errnoOf } from '../src/errors.js';

describe('errnoOf', () => {
  it("reads the system's code, and nothing from what is not a system error", () => {
    let missing: unknown;
    try {
      readFileSync('/nonexistent/nextgen-ready');
    } catch (error) {
      missing = error;
    }
    expect(errnoOf(missing)).toBe('ENOENT');
    expect(errnoOf(new Error('plain'))).toBeUndefined();
    expect(errnoOf({ code: 42 })).toBeUndefined();
    expect(errnoOf('ENOENT')).toBeUndefined();
    expect(errnoOf(null)).toBeUndefined();
  });
});
