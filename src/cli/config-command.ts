/** `nextgen-ready config`: each firm default in force and where it comes from. */
import { SETTING_COMMANDS, SETTING_ENV, type Setting } from '../config/settings.js';
import { toSafeJson, toSafeText } from '../safe-text.js';
import { settingsInForce } from './config.js';
import type { Outcome } from './exit-codes.js';
import type { Io } from './io.js';

/** What `config --format json` prints for one setting. */
export interface SettingJson {
  key: string;
  /** null: the command's own default (today, text, no answers file, the bundled courts). */
  value: string | string[] | null;
  from: Setting['source']['from'];
  /** The environment variable or the config file; null for a default. */
  where: string | null;
  commands: readonly string[];
}

const DEFAULTS: Readonly<Record<string, string>> = {
  'courts-dir': '(none: the bundled courts only)',
  answers: '(none)',
  'as-of': '(today)',
  format: '(text)',
};

/** Prints the settings in force, for people or (`--format json`) for scripts. */
export async function config(
  options: { format?: 'text' | 'json'; config?: string },
  io: Io,
): Promise<Outcome> {
  const { file, settings } = await settingsInForce(io, options.config);
  const rows = settings.map(toJson);
  if (options.format === 'json') {
    io.stdout.write(
      `${toSafeJson(JSON.stringify({ configFile: file ?? null, settings: rows }, null, 2))}\n`,
    );
    return 'ok';
  }
  const lines = [
    file === undefined
      ? 'Config file: none found (.nextgen-readyrc.yaml or nextgen-ready.config.yaml, from here up to the home directory)'
      : `Config file: ${file}`,
    '',
  ];
  for (const row of rows) {
    const value =
      row.value === null
        ? DEFAULTS[row.key]
        : Array.isArray(row.value)
          ? row.value.join(', ')
          : row.value;
    const from =
      row.from === 'default'
        ? 'default'
        : row.from === 'env'
          ? `from ${row.where}`
          : 'from the config file';
    lines.push(`${row.key}: ${value}`, `  ${from}; read by ${row.commands.join(', ')}`);
  }
  lines.push(
    '',
    `Flags win over the environment (${Object.values(SETTING_ENV).join(', ')}), the environment over the config file.`,
  );
  io.stdout.write(`${toSafeText(lines.join('\n'))}\n`);
  return 'ok';
}

function toJson(setting: Setting): SettingJson {
  const { key, value, source } = setting;
  return {
    key,
    value: value ?? null,
    from: source.from,
    where: source.from === 'env' ? source.name : source.from === 'file' ? source.file : null,
    commands: SETTING_COMMANDS[key],
  };
}
