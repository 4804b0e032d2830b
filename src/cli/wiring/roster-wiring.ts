/** `roster`: its columns, exit codes and examples, and the old spellings of its flags. */
import { UserError } from '../../errors.js';
import { QUESTIONS } from '../../plan/questions.js';
import { exitCodesHelp } from '../exit-codes.js';
import { helpParagraph } from '../help-layout.js';
import type { RosterOptions } from '../roster.js';
import type { CommandWiring } from './wire.js';

/** What commander gives roster: its options, with the old spellings (`--courts`, `-o`). */
type RosterFlags = Omit<RosterOptions, 'courts'> & {
  court?: string[];
  courts?: string[];
  o?: string;
};

export const ROSTER_WIRING: CommandWiring = {
  name: 'roster',
  notesFirst: true,
  notes: (_context, width) => [
    helpParagraph(
      `Columns: name (required), email, id, courts (ids separated by ";" or spaces), and one per question id: ${QUESTIONS.map((question) => question.id).join(', ')}.`,
      width,
    ),
    helpParagraph(
      'Values are those of check (`nextgen-ready questions`); per court: ctd=yes;utd=no. An empty cell is not given. A column that looks like a password, PIN, secret or token refuses the file.',
      width,
    ),
    '',
    helpParagraph(exitCodesHelp('roster'), width),
  ],
  examples: [
    'nextgen-ready roster --template > team.csv',
    'nextgen-ready roster team.csv --as-of 2026-01-05',
    'nextgen-ready roster team.csv --court ctd,utd --answers firm-defaults.yaml --out checklists',
    'nextgen-ready roster team.csv --format json > roster.json',
    'nextgen-ready roster team.yaml --format csv --exit-code',
  ],
  run: async (context, file: string | undefined, options: RosterFlags) => {
    const { roster } = await import('../roster.js');
    const { court, courts, o: oldOut, ...rest } = options;
    if (oldOut !== undefined) {
      if (rest.out !== undefined)
        throw new UserError('-o and --out both name the directory; give --out alone', {
          hint: 'On roster, -o is the old spelling of --out.',
        });
      rest.out = oldOut;
      context.io.stderr.write(
        'warning: roster -o is the old spelling of --out DIR (-o names a file on other commands); use --out\n',
      );
    }
    return roster(file, { ...rest, courts: [...(court ?? []), ...(courts ?? [])] }, context.io);
  },
};
