/**
 * `nextgen-ready completion bash|zsh|fish`: a shell completion script, generated at run time
 * from the table of commands and flags (src/options.ts), the question catalogue and the
 * bundled court ids. Static scripts rather than a callback into the CLI: a Tab press then
 * costs no Node start-up, and the script can be read and checked like any other file. The
 * price is that it is as current as the version that wrote it (regenerate after an upgrade).
 */
import {
  COMMANDS,
  optionOn,
  optionsOf,
  type CommandName,
  type Completion,
  type OptionSpec,
} from '../options.js';
import { QUESTIONS } from '../plan/questions.js';
import { loadCatalog } from '../catalog/catalog.js';
import type { Outcome } from './exit-codes.js';
import type { Io } from './io.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** What a flag's value or a command's argument completes to. */
type Values = { kind: 'words'; words: readonly string[] } | { kind: 'file' } | { kind: 'dir' };

interface FlagSpec {
  short?: string;
  long: string;
  description: string;
  /** Undefined: the flag takes no value. */
  values?: Values;
}

interface CommandSpec {
  /** '' for the program itself, 'data update' for a subcommand. */
  key: string;
  name: string;
  description: string;
  subcommands: string[];
  flags: FlagSpec[];
  argument?: Values;
}

const NONE: Values = { kind: 'words', words: [] };

/** The values of what completes as `complete`: paths, words, or nothing to offer. */
function valuesOf(
  complete: Completion,
  choices: readonly string[] | undefined,
  words: { courtIds: readonly string[]; answer: readonly string[] },
): Values {
  switch (complete) {
    case 'file':
    case 'dir':
      return { kind: complete };
    case 'court-ids':
      return { kind: 'words', words: words.courtIds };
    case 'answer':
      return { kind: 'words', words: words.answer };
    case 'choices':
      return { kind: 'words', words: choices ?? [] };
    case 'none':
      return NONE;
  }
}

/** The command tree as completion sees it, from the table of commands and flags. */
export function describeCommands(courtIds: readonly string[]): CommandSpec[] {
  const answers = new Map(
    QUESTIONS.map((question) => [question.id, question.options.map((option) => option.value)]),
  );
  const flagsOf = (command: CommandName | 'program'): FlagSpec[] =>
    // Old spellings kept for scripts (roster --courts, -o) are left out.
    optionsOf(command)
      .filter((option) => !option.hidden)
      .map((option) => flagOf(option, command, { courtIds, answers }));
  const globals = flagsOf('program');
  const top = COMMANDS.filter((command) => !command.name.includes(' '));
  const childrenOf = (name: string) =>
    COMMANDS.filter((command) => command.name.startsWith(`${name} `)).map((command) =>
      command.name.slice(name.length + 1),
    );
  return [
    {
      key: '',
      name: 'nextgen-ready',
      description: '',
      subcommands: top.map((command) => command.name),
      flags: globals,
    },
    ...COMMANDS.map((command): CommandSpec => {
      const argument = command.argument;
      return {
        key: command.name,
        name: command.name.split(' ').at(-1) ?? command.name,
        description: command.description,
        subcommands: childrenOf(command.name),
        flags: [...flagsOf(command.name), ...globals],
        ...(argument !== undefined && {
          argument: valuesOf(argument.complete, argument.choices, { courtIds, answer: [] }),
        }),
      };
    }),
  ];
}

/** One flag as completion offers it on a command. */
function flagOf(
  option: OptionSpec & { key: string },
  command: CommandName | 'program',
  words: { courtIds: readonly string[]; answers: ReadonlyMap<string, readonly string[]> },
): FlagSpec {
  const names = option.flags.split(/[ ,]+/).filter((word) => word.startsWith('-'));
  const short = names.find((name) => !name.startsWith('--'));
  const long = names.find((name) => name.startsWith('--')) ?? '';
  const { description, choices } = optionOn(option, command);
  const answer = option.answer === undefined ? [] : (words.answers.get(option.answer) ?? []);
  return {
    ...(short !== undefined && { short }),
    long,
    description,
    ...(option.complete !== undefined && {
      values: valuesOf(option.complete, choices, { courtIds: words.courtIds, answer }),
    }),
  };
}

/** Prints the completion script for `shell`. */
export async function completion(shell: Shell, io: Io): Promise<Outcome> {
  const catalog = await loadCatalog({});
  const specs = describeCommands([...catalog.courts.keys()]);
  io.stdout.write(shell === 'fish' ? fishScript(specs) : bashScript(specs, shell === 'zsh'));
  return 'ok';
}

/** A word quoted for sh: 'it'\''s'. */
const quote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

function valuesWord(values: Values): string {
  return values.kind === 'words' ? values.words.join(' ') : `@${values.kind}`;
}

/** The bash script; zsh runs the same through bashcompinit. */
export function bashScript(specs: readonly CommandSpec[], zsh = false): string {
  const cases = (lines: string[]) => lines.map((line) => `    ${line}`).join('\n');
  const subcommands = cases(
    specs
      .filter((spec) => spec.subcommands.length > 0)
      .map((spec) => `${quote(spec.key)}) echo ${quote(spec.subcommands.join(' '))} ;;`),
  );
  const flags = cases(
    specs.map(
      (spec) =>
        `${quote(spec.key)}) echo ${quote(
          spec.flags
            .flatMap((flag) => [flag.short, flag.long])
            .filter(Boolean)
            .join(' '),
        )} ;;`,
    ),
  );
  const valueLines: string[] = [];
  for (const spec of specs) {
    for (const flag of spec.flags) {
      if (flag.values === undefined) continue;
      const patterns = [flag.short, flag.long]
        .filter((name): name is string => name !== undefined)
        .map((name) => quote(`${spec.key} ${name}`))
        .join('|');
      valueLines.push(`${patterns}) echo ${quote(valuesWord(flag.values))} ;;`);
    }
  }
  const args = cases(
    specs
      .filter((spec) => spec.argument !== undefined)
      .map((spec) => `${quote(spec.key)}) echo ${quote(valuesWord(spec.argument ?? NONE))} ;;`),
  );
  const header = zsh
    ? [
        '#compdef nextgen-ready',
        "# nextgen-ready completion for zsh: the bash completion, run by zsh's bashcompinit.",
        '# Install: nextgen-ready completion zsh > "${fpath[1]}/_nextgen-ready", or source it from ~/.zshrc.',
        'autoload -U +X bashcompinit && bashcompinit',
      ]
    : [
        '# nextgen-ready completion for bash.',
        '# Install: nextgen-ready completion bash > ~/.local/share/bash-completion/completions/nextgen-ready,',
        '# or source it from ~/.bashrc. Regenerate it after upgrading nextgen-ready.',
      ];
  return `${header.join('\n')}

__nextgen_ready_subcommands() {
  case "$1" in
${subcommands}
  esac
}

__nextgen_ready_flags() {
  case "$1" in
${flags}
  esac
}

# The values of a flag that takes one; @file and @dir complete paths. Fails for a flag without.
__nextgen_ready_values() {
  case "$1 $2" in
${cases(valueLines)}
    *) return 1 ;;
  esac
}

__nextgen_ready_arguments() {
  case "$1" in
${args}
  esac
}

_nextgen_ready() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="" cmd="" end=$COMP_CWORD i w values head=""
  (( COMP_CWORD > 0 )) && prev="\${COMP_WORDS[COMP_CWORD-1]}"
  # --flag=value: bash splits the word at "=".
  if [[ "$cur" == "=" ]]; then
    prev="\${COMP_WORDS[COMP_CWORD-1]}"; cur=""; end=$((COMP_CWORD - 1))
  elif [[ "$prev" == "=" ]] && (( COMP_CWORD >= 2 )); then
    prev="\${COMP_WORDS[COMP_CWORD-2]}"; end=$((COMP_CWORD - 2))
  fi
  # The command so far: the words that name subcommands, skipping flags and their values.
  for (( i = 1; i < end; i++ )); do
    w="\${COMP_WORDS[i]}"
    if [[ "$w" == "=" ]]; then
      (( i++ )); continue
    fi
    if [[ "$w" == -* ]]; then
      if [[ "\${COMP_WORDS[i+1]}" != "=" ]] && __nextgen_ready_values "$cmd" "$w" >/dev/null; then
        (( i++ ))
      fi
      continue
    fi
    if [[ " $(__nextgen_ready_subcommands "$cmd") " == *" $w "* ]]; then
      cmd="\${cmd:+$cmd }$w"
    fi
  done
  if [[ "$prev" == -* ]] && values="$(__nextgen_ready_values "$cmd" "$prev")"; then
    :
  elif [[ "$cur" == -* ]]; then
    values="$(__nextgen_ready_flags "$cmd")"
  else
    values="$(__nextgen_ready_subcommands "$cmd") $(__nextgen_ready_arguments "$cmd")"
    [[ -z "\${values// /}" ]] && values="$(__nextgen_ready_flags "$cmd")"
  fi
  case "$values" in
    *@file*) COMPREPLY=($(compgen -f -- "$cur")) ;;
    *@dir*) COMPREPLY=($(compgen -d -- "$cur")) ;;
    *)
      # A list (--court ctd,ut): complete its last item.
      if [[ "$cur" == *,* ]]; then
        head="\${cur%,*},"; cur="\${cur##*,}"
      fi
      COMPREPLY=($(compgen -W "$values" -P "$head" -- "$cur"))
      ;;
  esac
}

complete -F _nextgen_ready nextgen-ready
`;
}

/** The fish script: one `complete` line per command and flag. */
export function fishScript(specs: readonly CommandSpec[]): string {
  const all = specs.flatMap((spec) => spec.subcommands);
  const describe = (text: string) => quote(shortDescription(text));
  const lines = [
    '# nextgen-ready completion for fish.',
    '# Install: nextgen-ready completion fish > ~/.config/fish/completions/nextgen-ready.fish',
    'complete -c nextgen-ready -f',
  ];
  const within = (spec: CommandSpec) => {
    if (spec.key === '') return `not __fish_seen_subcommand_from ${all.join(' ')}`;
    const parts = spec.key.split(' ');
    const deeper =
      spec.subcommands.length > 0
        ? `; and not __fish_seen_subcommand_from ${spec.subcommands.join(' ')}`
        : '';
    return `${parts.map((part) => `__fish_seen_subcommand_from ${part}`).join('; and ')}${deeper}`;
  };
  const values = (value: Values) =>
    value.kind === 'file'
      ? '-r -F'
      : value.kind === 'dir'
        ? "-x -a '(__fish_complete_directories)'"
        : `-x -a ${quote(value.words.join(' '))}`;
  for (const spec of specs) {
    const when = `-n ${quote(within(spec))}`;
    for (const sub of spec.subcommands) {
      const subSpec = specs.find((other) => other.key === (spec.key ? `${spec.key} ${sub}` : sub));
      lines.push(
        `complete -c nextgen-ready ${when} -a ${sub} -d ${describe(subSpec?.description ?? '')}`,
      );
    }
    if (spec.argument !== undefined)
      lines.push(`complete -c nextgen-ready ${when} ${values(spec.argument)}`);
    for (const flag of spec.flags) {
      const names = [
        ...(flag.short ? [`-s ${flag.short.slice(1)}`] : []),
        `-l ${flag.long.slice(2)}`,
      ].join(' ');
      const takes = flag.values === undefined ? '' : ` ${values(flag.values)}`;
      lines.push(
        `complete -c nextgen-ready ${when} ${names}${takes} -d ${describe(flag.description)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A flag's description as fish shows it beside the flag: up to the first `;` or `(`, and at
 * most 80 characters, cut at a word with an ellipsis rather than in the middle of one.
 */
export function shortDescription(text: string): string {
  const first = (text.split(/[;(]/)[0] ?? '').trim();
  if (first.length <= 80) return first;
  const cut = first.slice(0, 79);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[,:.]$/, '')}…`;
}
