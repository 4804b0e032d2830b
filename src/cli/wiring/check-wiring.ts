/** `check`: its Answers block (one flag per question) and examples; the work is in check.ts. */
import { QUESTIONS, allowedValues, flagOf } from '../../plan/questions.js';
import type { CheckOptions } from '../check.js';
import { helpItem, helpParagraph } from '../help-layout.js';
import { globalOptionsOf, type CommandWiring } from './wire.js';

export const CHECK_WIRING: CommandWiring = {
  name: 'check',
  notesFirst: true,
  notes: (_context, width) => [answersHelp(width)],
  examples: [
    'nextgen-ready check',
    'nextgen-ready check --court ctd --save-answers answers.yaml',
    'nextgen-ready check --court ctd --court utd --as-of 2020-01-15',
    'nextgen-ready check --court utd --filer attorney --pacer-account individual --account-type legacy --linked no --ecf-login known --cja no --firm-billing no --bankruptcy no --mfa enrolled --no-input',
    'nextgen-ready check --court ctd,utd --answers answers.yaml --linked ctd=yes,utd=no --format json --no-input',
    'nextgen-ready check --court cacd --answers answers.yaml --format markdown --output plan.md',
    'nextgen-ready check --court ctd --answers answers.yaml --format html --output plan.html',
  ],
  run: async (context, options: CheckOptions) => {
    const { check } = await import('../commands.js');
    return check({ ...options, ...globalOptionsOf(context.program) }, context.io);
  },
};

/** The question flags, listed in `check --help` from the question catalogue, at `width`. */
function answersHelp(width: number): string {
  const items = QUESTIONS.map((question) => {
    const value =
      question.scope === 'court'
        ? '<value|court=value,...>'
        : question.multiple
          ? '<value,...>'
          : '<value>';
    const values = allowedValues(question).replaceAll('|', ', ');
    const when = question.when ? ` (asked when ${question.when})` : '';
    const preselected = question.safeDefault
      ? `; preselected when asked: ${question.safeDefault}`
      : '';
    return helpItem(
      `${flagOf(question)} ${value}`,
      `${question.summary}: ${values}${preselected}${when}`,
      width,
    );
  });
  return `${helpParagraph('Answers (each is also a key of the --answers file; see `nextgen-ready questions`):', width)}\n${items.join('\n')}`;
}
