/**
 * Firm defaults: the settings a firm sets once instead of repeating flags, where each comes
 * from, and the search for the config file. Flags win over the environment, the environment
 * over the config file, the file over the built-in defaults (README, "Firm defaults").
 *
 * Only finding the file lives here (a few stat calls): reading and checking it needs YAML and
 * zod, which are loaded (config-file.ts) only when a file is there.
 */
import { statSync, type Stats } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { isIsoDate } from '../dates.js';
import { UserError } from '../errors.js';
import { OPTIONS, SETTINGS, optionOn, type CommandName, type SettingKey } from '../options.js';
import { describeRejected } from '../suggest.js';

export type { SettingKey };

/** The settings, by their config-file key (also the flag's long name), from the options table. */
export const SETTING_KEYS: readonly SettingKey[] = SETTINGS.map((setting) => setting.key);

/** The environment variable of each setting; NEXTGEN_READY_ like NEXTGEN_READY_CACHE_DIR. */
export const SETTING_ENV = Object.fromEntries(
  SETTINGS.map((setting) => [setting.key, setting.env]),
) as Readonly<Record<SettingKey, string>>;

/**
 * The commands that read each setting; any other command ignores it. `format` is the plan's
 * format: check and roster; a value a command does not offer (csv for check) is left to its
 * own default rather than refused, so one firm-wide value can serve both.
 */
export const SETTING_COMMANDS = Object.fromEntries(
  SETTINGS.map((setting) => [setting.key, setting.commands]),
) as Readonly<Record<SettingKey, readonly CommandName[]>>;

/** Every format some command offers; a setting outside these is refused wherever it comes from. */
export const SETTING_FORMATS: readonly string[] = [
  ...new Set(
    (OPTIONS.format.commands as readonly CommandName[]).flatMap(
      (command) => optionOn(OPTIONS.format, command).choices ?? [],
    ),
  ),
];

/** The config file's names, looked for in each directory searched. */
export const CONFIG_FILE_NAMES = ['.nextgen-readyrc.yaml', 'nextgen-ready.config.yaml'] as const;

/** The settings' values, as the commands' options take them (paths absolute or as typed). */
export interface SettingValues {
  'courts-dir'?: string[];
  answers?: string;
  'as-of'?: string;
  format?: string;
}

/** Where a setting in force comes from. */
export type SettingSource =
  | { from: 'flag' }
  | { from: 'env'; name: string }
  | { from: 'file'; file: string }
  | { from: 'default' };

export interface Setting {
  key: SettingKey;
  /** Undefined for a default: the command's own (today, text, none). */
  value: string | string[] | undefined;
  source: SettingSource;
}

/**
 * The directories searched for a config file, nearest first: the working directory and each
 * parent up to the home directory (included), or up to the root when the working directory is
 * outside home; then home itself, so a user's own file applies wherever they run.
 */
export function configSearchDirs(cwd: string, home: string | undefined): string[] {
  const stop = home ? resolve(home) : undefined;
  const dirs: string[] = [];
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    dirs.push(dir);
    if (dir === stop || dirname(dir) === dir) break;
  }
  if (stop !== undefined && !dirs.includes(stop)) dirs.push(stop);
  return dirs;
}

/** What a file found is, following links; undefined when nothing is there (or it cannot be seen). */
function statOrNothing(file: string): Stats | undefined {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch {
    // A directory this user may not search (another's home): nothing to read there.
    return undefined;
  }
}

/**
 * The config file found from `cwd` up, or undefined; two names in one directory are refused,
 * and so is a file this user cannot trust (checkTrusted).
 */
export function findConfigFile(
  cwd: string,
  home: string | undefined,
  statOf: (file: string) => Stats | undefined = statOrNothing,
  uid: number | undefined = process.getuid?.(),
): string | undefined {
  for (const dir of configSearchDirs(cwd, home)) {
    const found = CONFIG_FILE_NAMES.map((name) => join(dir, name)).flatMap((file) => {
      const info = statOf(file);
      return info ? [{ file, info }] : [];
    });
    if (found.length > 1)
      throw new UserError(`two config files in ${dir}: ${CONFIG_FILE_NAMES.join(' and ')}`, {
        hint: 'Keep one of them (their keys are the same).',
      });
    if (found[0] !== undefined) {
      checkTrusted(found[0].file, found[0].info, uid);
      return found[0].file;
    }
  }
  return undefined;
}

/**
 * A config file found by the search names the profiles a run plans from and the files it
 * reads, so it must be one nobody else could have put or changed there: a regular file owned by
 * this user or by root, and not writable by others. Otherwise a file another user left in a
 * directory above a world-writable one (/tmp/.nextgen-readyrc.yaml) would steer root's runs
 * there; git refuses such repositories for the same reason (safe.directory). `--config FILE`
 * names a file on purpose and skips the search, and this check.
 */
export function checkTrusted(file: string, info: Stats, uid: number | undefined): void {
  const refuse = (why: string) =>
    new UserError(`config file ${file} ${why}, so it is not read`, {
      hint: "A config file found from here up must be a file of your own (or root's) that no one else may change: remove it, or name it with --config FILE to use it anyway.",
    });
  if (!info.isFile()) throw refuse('is not a regular file');
  // Windows has no uid; its permissions are not Unix modes.
  if (uid === undefined) return;
  if (info.uid !== uid && info.uid !== 0) throw refuse(`belongs to another user (uid ${info.uid})`);
  if ((info.mode & 0o002) !== 0) throw refuse('may be changed by any user (mode o+w)');
}

/** The settings given by environment variables; an empty variable is not given. */
export function readEnvSettings(env: Readonly<Record<string, string | undefined>>): {
  values: SettingValues;
  names: Partial<Record<SettingKey, string>>;
} {
  const values: SettingValues = {};
  const names: Partial<Record<SettingKey, string>> = {};
  for (const key of SETTING_KEYS) {
    const name = SETTING_ENV[key];
    const text = env[name];
    if (text === undefined || text.trim() === '') continue;
    names[key] = name;
    switch (key) {
      case 'courts-dir':
        // Several directories as PATH lists them.
        values[key] = text.split(delimiter).filter((dir) => dir !== '');
        break;
      case 'as-of':
        values[key] = checkAsOf(text, name);
        break;
      case 'format':
        values[key] = checkFormat(text, name);
        break;
      default:
        values[key] = text;
    }
  }
  return { values, names };
}

/** A date setting, or a user error naming where it came from (quoted only when date-shaped). */
export function checkAsOf(text: string, where: string): string {
  if (isIsoDate(text)) return text;
  const shown = /^\d{4}-\d{1,2}-\d{1,2}$/.test(text) ? `"${text}"` : 'this value';
  throw new UserError(`${where}: ${shown} is not a date`, {
    hint: 'Write it as YYYY-MM-DD, e.g. 2026-01-05.',
  });
}

/** A format setting, or a user error naming where it came from. */
export function checkFormat(text: string, where: string): string {
  const value = text.trim().toLowerCase();
  if (SETTING_FORMATS.includes(value)) return value;
  throw new UserError(
    `${where}: ${describeRejected(text, SETTING_FORMATS, 'is not a format', 'this value')}`,
    { hint: `Formats: ${SETTING_FORMATS.join(', ')}.` },
  );
}

/**
 * Each setting in force and where it comes from: a flag, else the environment, else the config
 * file, else the default.
 */
export function resolveSettings(
  flags: SettingValues,
  env: { values: SettingValues; names: Partial<Record<SettingKey, string>> },
  file: { file: string; values: SettingValues } | undefined,
): Setting[] {
  return SETTING_KEYS.map((key): Setting => {
    if (flags[key] !== undefined) return { key, value: flags[key], source: { from: 'flag' } };
    const name = env.names[key];
    if (env.values[key] !== undefined && name !== undefined)
      return { key, value: env.values[key], source: { from: 'env', name } };
    if (file?.values[key] !== undefined)
      return { key, value: file.values[key], source: { from: 'file', file: file.file } };
    return { key, value: undefined, source: { from: 'default' } };
  });
}
