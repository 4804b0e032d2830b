/**
 * The documents' tables of flags, settings and exit codes, made from the tables the CLI itself
 * is made from (src/options.ts, src/cli/exit-codes.ts). Each sits between two markers in one
 * document (README.md or docs/*.md); `npm run readme` writes them, and a test fails when a
 * document differs (as the JSON Schemas' test does), so the docs cannot drift from the code.
 */
import { format, resolveConfig } from 'prettier';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT_CODE_TABLE, type ExitCodeSpec } from '../../src/cli/exit-codes.js';
import {
  OPTION_LIST,
  SETTINGS,
  optionOn,
  optionsOf,
  type CommandName,
  type OptionSpec,
} from '../../src/options.js';

/** A Markdown table; `|` in a cell is escaped. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const code = (text: string) => `\`${text}\``;

/** "check, roster and courts". */
const listed = (words: readonly string[]) =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

/** A flag as a table shows it on one command: its choices in place of `<format>`. */
function flagCell(option: OptionSpec, command: CommandName | undefined): string {
  const choices = command === undefined ? undefined : optionOn(option, command).choices;
  return code(choices ? option.flags.replace(/<[^>]+>/, choices.join('|')) : option.flags);
}

/** Options a user sees: not the old spellings, not check's answers (one row says them all). */
const shown = (option: OptionSpec) => !option.hidden && option.answer === undefined;

/** One command's flags, and a row for the answer flags where it has them. */
function commandTable(command: CommandName): string {
  const options = optionsOf(command);
  const rows = options.filter(shown).map((option) => [flagCell(option, command), option.summary]);
  const answer = options.find((option) => option.answer !== undefined);
  if (answer !== undefined) rows.splice(2, 0, [code('--<question-id> <value>'), answer.summary]);
  return table(['flag', 'meaning'], rows);
}

/** Every flag, what it means wherever it is, and the commands that have it. */
function flagsTable(): string {
  const rows = OPTION_LIST.filter(shown).map((option) => [
    code(option.flags),
    option.summary,
    option.commands === 'program' ? 'all: before or after the command' : listed(option.commands),
  ]);
  return table(['flag', 'meaning', 'commands'], rows);
}

function settingsTable(): string {
  return table(
    ['setting (file key)', 'environment variable', 'read by', 'value'],
    SETTINGS.map((setting) => [
      code(setting.key),
      code(setting.env),
      setting.commands.join(', '),
      setting.value,
    ]),
  );
}

/** Every exit code; or those a command's own table gives (roster's), in its words. */
function exitCodesTable(command?: CommandName): string {
  const specs: readonly ExitCodeSpec[] = [...EXIT_CODE_TABLE].sort((a, b) => a.code - b.code);
  const rows = specs.flatMap((spec) => {
    const meaning = command === undefined ? spec.meaning : spec.meaningOn?.[command];
    return meaning === undefined ? [] : [[String(spec.code), meaning]];
  });
  return table([command === undefined ? 'code' : 'exit', 'meaning'], rows);
}

/** Each generated section of the README, by its marker's name. */
export function readmeSections(): Record<string, string> {
  return {
    'check-flags': commandTable('check'),
    flags: flagsTable(),
    settings: settingsTable(),
    'exit-codes': exitCodesTable(),
    'roster-exit-codes': exitCodesTable('roster'),
  };
}

/** The README, for Prettier to find its configuration from. */
export const README = fileURLToPath(new URL('../../README.md', import.meta.url));

/** The documents the generated sections may live in: the README and docs/*.md. */
export function documentFiles(): string[] {
  const docs = fileURLToPath(new URL('../../docs/', import.meta.url));
  return [
    README,
    ...readdirSync(docs)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => join(docs, name)),
  ];
}

const START = (name: string) => `<!-- generated: ${name} (npm run readme; do not edit) -->`;
const END = (name: string) => `<!-- end: ${name} -->`;

/**
 * A document with every generated section it holds made again, formatted as Prettier formats
 * the rest. Which sections it must hold is `placeSections`' business.
 */
export async function updateDocument(document: string): Promise<string> {
  let text = document;
  for (const [name, section] of Object.entries(readmeSections())) {
    const start = text.indexOf(START(name));
    if (start < 0) continue;
    const end = text.indexOf(END(name));
    if (end < start) throw new Error(`the section ${name} has no end marker`);
    text = `${text.slice(0, start + START(name).length)}\n\n${section}\n\n${text.slice(end)}`;
  }
  const config = await resolveConfig(README);
  return format(text, { ...config, parser: 'markdown' });
}

/**
 * Where each generated section lives, by document: every section in exactly one document (a
 * section must not vanish unnoticed, nor be kept twice).
 */
export function placeSections(documents: ReadonlyMap<string, string>): Map<string, string> {
  const placed = new Map<string, string>();
  for (const name of Object.keys(readmeSections())) {
    const holders = [...documents].filter(([, text]) => text.includes(START(name)));
    if (holders.length !== 1)
      throw new Error(
        holders.length === 0
          ? `no document has the section ${name} between markers`
          : `the section ${name} is in ${holders.length} documents: ${holders.map(([file]) => file).join(', ')}`,
      );
    placed.set(name, holders[0]![0]);
  }
  return placed;
}
