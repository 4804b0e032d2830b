/**
 * Help is laid out as the plan is: at the terminal's width within 40 to 100 columns, broken
 * at spaces only; the Answers block of `check --help` and the examples too.
 */
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../src/plan/questions.js';
import { runInProcess } from '../helpers/in-process.js';
import { overflow } from '../helpers/width.js';

const COMMANDS = [
  [],
  ['check'],
  ['roster'],
  ['courts'],
  ['validate'],
  ['questions'],
  ['data'],
  ['data', 'update'],
  ['data', 'status'],
  ['config'],
  ['completion'],
];

async function help(command: readonly string[], columns: number): Promise<string> {
  const result = await runInProcess([...command, '--help'], { env: { COLUMNS: String(columns) } });
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('help fits the terminal', () => {
  it.each([40, 80, 120])('at %i columns, for every command', async (columns) => {
    for (const command of COMMANDS) {
      const text = await help(command, columns);
      const problems = text
        .split('\n')
        .map((line) => overflow(line, Math.min(columns, 100)))
        .filter(Boolean);
      expect(problems, `${command.join(' ') || 'nextgen-ready'} --help`).toEqual([]);
    }
  });

  it('shows no empty-list default for a repeatable flag', async () => {
    for (const command of [['check'], ['roster'], ['courts'], ['validate']])
      expect(await help(command, 100), command.join(' ')).not.toContain('(default: [])');
  });

  it('uses the width it is given: more lines at 40 columns than at 100', async () => {
    const narrow = (await help(['check'], 40)).split('\n').length;
    const wide = (await help(['check'], 100)).split('\n').length;
    expect(narrow).toBeGreaterThan(wide * 1.3);
  });

  it('lists every question in the Answers block, each value on the page', async () => {
    const text = (await help(['check'], 40)).replace(/\s+/g, ' ');
    for (const question of QUESTIONS) {
      expect(text).toContain(`--${question.id} <value`);
      for (const option of question.options) expect(text).toContain(option.value);
    }
  });

  it('continues a long example on the next line, after a shell line continuation', async () => {
    const text = await help(['check'], 40);
    expect(text).toContain('  $ nextgen-ready check --court utd \\\n      --filer attorney \\\n');
    // Joined back, the example is the command as written.
    expect(text.replace(/ \\\n {6}/g, ' ')).toContain(
      '$ nextgen-ready check --court ctd,utd --answers answers.yaml --linked ctd=yes,utd=no --format json --no-input',
    );
  });
});
