/** The question catalogue as data: what every prompt, help text and file derives from. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../src/plan/questions.js';
import { ROOT } from '../helpers/cli.js';

describe('the question catalogue', () => {
  it('explains every choice in one line', () => {
    for (const question of QUESTIONS)
      for (const option of question.options) {
        expect(option.description, `${question.id}=${option.value}`).toMatch(/^[A-Z].*\.$/);
        // One line under a prompt: no line break, and room for the prompt's indent at 100 columns.
        expect(option.description).not.toMatch(/\n/);
        expect(option.description.length, option.description).toBeLessThanOrEqual(90);
      }
  });

  it('preselects one of its own values, never an optimistic one', () => {
    for (const question of QUESTIONS) {
      if (question.safeDefault === undefined) continue;
      expect(question.options.map((option) => option.value)).toContain(question.safeDefault);
    }
    const defaults = Object.fromEntries(QUESTIONS.map((q) => [q.id, q.safeDefault]));
    // Issue 15: Enter through the questions must not make the filer upgraded, linked, CJA.
    expect(defaults).toMatchObject({
      'pacer-account': 'unknown',
      'account-type': 'unknown',
      mfa: 'unknown',
      linked: 'no',
      cja: 'no',
      'cja-exemption': 'unknown',
    });
  });

  it('preselects "I do not know" wherever it is offered', () => {
    for (const question of QUESTIONS)
      if (question.options.some((option) => option.value === 'unknown'))
        expect(question.safeDefault, question.id).toBe('unknown');
  });
});

describe("docs/check.md's table of questions", () => {
  // The table is written by hand: this keeps it true to the catalogue.
  const readme = readFileSync(join(ROOT, 'docs', 'check.md'), 'utf8');
  const rows = new Map(
    [...readme.matchAll(/^\| `([a-z-]+)` +\|([^|]+)\|([^|]+)\|/gm)].map((match) => [
      match[1]!,
      { values: match[2]!.trim(), preselected: match[3]!.trim() },
    ]),
  );

  it('lists every question with its values and what is preselected', () => {
    for (const question of QUESTIONS) {
      const row = rows.get(question.id);
      expect(row, `docs/check.md has no row for ${question.id}`).toBeDefined();
      const values = question.options.map((option) => option.value).join(', ');
      expect(row!.values).toBe(question.multiple ? `list of: ${values}` : values);
      if (question.safeDefault !== undefined) expect(row!.preselected).toBe(question.safeDefault);
      else expect(row!.preselected).toMatch(/^\(none|^none/);
    }
  });
});
