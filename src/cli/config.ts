/**
 * Firm defaults at the edge: before a command runs, fills the options its flags left unset
 * from the environment, then the config file (flags > environment > file > defaults). Finding
 * the file is a few stat calls; YAML and zod are loaded only when there is one.
 */
import { homedir } from 'node:os';
import type { Command } from 'commander';
import {
  findConfigFile,
  readEnvSettings,
  resolveSettings,
  SETTING_COMMANDS,
  SETTING_KEYS,
  type Setting,
  type SettingKey,
  type SettingValues,
} from '../config/settings.js';
import { camelCaseOf, type CommandName } from '../options.js';
import type { Io } from './io.js';

/** The option attribute commander keeps a setting under (`courtsDir`). */
const attributeOf = (key: SettingKey) => camelCaseOf(key);

/** The home directory the search stops at: $HOME, as the shell has it. */
export function homeOf(io: Io): string | undefined {
  return io.env.HOME || homedir() || undefined;
}

/** The config file in force: `--config FILE`, else the one found from the working directory up. */
export function configFileOf(io: Io, configFlag: string | undefined): string | undefined {
  if (configFlag !== undefined) return configFlag;
  return findConfigFile(io.cwd, homeOf(io));
}

/** Each setting in force for a run given these flags, and the config file read, if any. */
export async function settingsInForce(
  io: Io,
  configFlag: string | undefined,
  flags: SettingValues = {},
): Promise<{ file: string | undefined; settings: Setting[] }> {
  const env = readEnvSettings(io.env);
  const file = configFileOf(io, configFlag);
  let fileSettings: { file: string; values: SettingValues } | undefined;
  if (file !== undefined) {
    const { readConfigFile } = await import('../config/config-file.js');
    // A file found by the search must be a regular file; --config may name a pipe.
    fileSettings = { file, values: await readConfigFile(file, configFlag === undefined) };
  }
  return { file, settings: resolveSettings(flags, env, fileSettings) };
}

/**
 * Sets the options of `command` that its flags left unset from the settings in force, for the
 * settings it reads (SETTING_COMMANDS); a format it does not offer is left to its default.
 */
export async function applySettings(
  command: Command,
  io: Io,
  configFlag: string | undefined,
): Promise<void> {
  const name = command.name() as CommandName;
  const keys = SETTING_KEYS.filter((key) => SETTING_COMMANDS[key].includes(name));
  if (keys.length === 0) return;
  const flags: SettingValues = {};
  for (const key of keys) {
    if (command.getOptionValueSource(attributeOf(key)) === 'cli')
      Object.assign(flags, { [key]: command.getOptionValue(attributeOf(key)) as unknown });
  }
  const { settings } = await settingsInForce(io, configFlag, flags);
  for (const { key, value, source } of settings) {
    if (!keys.includes(key) || value === undefined) continue;
    if (source.from === 'flag' || source.from === 'default') continue;
    if (key === 'format') {
      const choices = command.options.find((option) => option.long === '--format')?.argChoices;
      if (choices !== undefined && !choices.includes(String(value))) continue;
    }
    command.setOptionValueWithSource(
      attributeOf(key),
      value,
      source.from === 'env' ? 'env' : 'config',
    );
  }
}
