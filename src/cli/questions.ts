/** `nextgen-ready questions`: the question catalogue, for people and for scripts. */
import { QUESTIONS, flagOf } from '../plan/questions.js';
import { readingWidth } from '../render/columns.js';
import type { Outcome } from './exit-codes.js';
import { columnsOf, type Io } from './io.js';

/** Prints the catalogue. */
export async function questions(options: { format: 'text' | 'json' }, io: Io): Promise<Outcome> {
  if (options.format === 'json') {
    const catalogue = QUESTIONS.map((question) => ({
      id: question.id,
      flag: flagOf(question),
      scope: question.scope,
      multiple: question.multiple === true,
      optional: question.optional === true || question.multiple === true,
      prompt: question.prompt.replaceAll('{court}', 'court'),
      summary: question.summary,
      when: question.when ?? 'always',
      options: question.options,
      safeDefault: question.safeDefault ?? null,
    }));
    io.stdout.write(`${JSON.stringify(catalogue, null, 2)}\n`);
    return 'ok';
  }
  // Wrapping is loaded only here, for text: the JSON catalogue and `check` do without it.
  const { wrap } = await import('../render/layout.js');
  const width = readingWidth(columnsOf(io.stdout, io.env));
  const valueWidth = Math.max(...QUESTIONS.flatMap((q) => q.options.map((o) => o.value.length)));
  // Values in a column beside their labels, or, when that leaves too little room, above them.
  const beside = width - (4 + valueWidth + 2) >= 30;
  const labelIndent = beside ? ' '.repeat(4 + valueWidth + 2) : '      ';
  const descriptionIndent = `${labelIndent}  `;
  for (const question of QUESTIONS) {
    const scope = question.scope === 'court' ? 'per court' : 'once';
    const facts = [
      flagOf(question),
      scope,
      ...(question.multiple ? ['a list, optional'] : question.optional ? ['optional'] : []),
      ...(question.safeDefault ? [`preselected: ${question.safeDefault}`] : []),
    ];
    io.stdout.write(`${wrap(`${question.id} (${facts.join(', ')})`, width, '', '  ')}\n`);
    io.stdout.write(
      `${wrap(`${question.summary}; asked ${question.when ? `when ${question.when}` : 'always'}`, width, '  ', '  ')}\n`,
    );
    for (const option of question.options) {
      const label = beside
        ? wrap(option.label, width, `    ${option.value.padEnd(valueWidth)}  `, labelIndent)
        : `    ${option.value}\n${wrap(option.label, width, labelIndent, labelIndent)}`;
      io.stdout.write(`${label}\n`);
      io.stdout.write(`${wrap(option.description, width, descriptionIndent, descriptionIndent)}\n`);
    }
  }
  io.stdout.write(
    `\n${wrap('Court-level answers take one value for every court, or court=value pairs: --linked ctd=yes,utd=no', width, '', '')}\n`,
  );
  return 'ok';
}
