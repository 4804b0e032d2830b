/** The question catalogue as data: what every prompt, help text and file derives from. */
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../src/plan/questions.js';

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
