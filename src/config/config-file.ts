/**
 * Reading and checking a config file (`.nextgen-readyrc.yaml`): one zod schema, every problem
 * reported as file:line:column, paths made relative to the file's directory. Loaded only when
 * a file is there (its own bundle: YAML and zod), so a run without one pays for neither.
 */
import { dirname, resolve } from 'node:path';
// zod's mini build: the same checks, a fraction of the code to load on every run that has a
// config file (the full build took about 100 ms to load here).
import * as z from 'zod/mini';
import { countOf } from '../counts.js';
import { UserError } from '../errors.js';
import { readUserFile } from '../io/read-file.js';
import { LIMITS } from '../limits.js';
import { formatProblem } from '../io/problem.js';
import { formatPath, parseYamlSource, type PathSegment } from '../io/yaml-source.js';
import { looksSecret } from '../secret-names.js';
import { cutText } from '../safe-text.js';
import { describeRejected } from '../suggest.js';
import { checkAsOf, checkFormat, SETTING_KEYS, type SettingValues } from './settings.js';

const path = z
  .string({ error: 'expected a path (text)' })
  .check(z.trim(), z.minLength(1, { error: 'empty path' }));

/** The config file's shape: the settings, each optional; any other key is refused. */
export const ConfigFile = z.strictObject({
  'courts-dir': z.optional(
    z.union([path, z.array(path).check(z.minLength(1, { error: 'empty list' }))], {
      error: 'expected a directory or a list of directories',
    }),
  ),
  answers: z.optional(path),
  'as-of': z.optional(z.string({ error: 'expected a date written YYYY-MM-DD' })),
  format: z.optional(z.string({ error: 'expected a format (text)' })),
});
export type ConfigFile = z.infer<typeof ConfigFile>;

interface Located {
  path: PathSegment[];
  key?: string;
  message: string;
}

/**
 * The settings a config file gives, its relative paths resolved against its directory;
 * `regularOnly` for a file the search found (a FIFO there is refused, not waited on).
 */
export async function readConfigFile(file: string, regularOnly = true): Promise<SettingValues> {
  const text = await readUserFile(file, 'config file', LIMITS.configFileBytes, { regularOnly });
  const source = parseYamlSource(text, file);
  const fail = (problems: string[]) =>
    new UserError(`${countOf(problems.length, 'problem')} in config file ${file}`, {
      details: problems,
      hint: `Keys: ${SETTING_KEYS.join(', ')} (README, "Firm defaults").`,
    });
  if (source.problems.length > 0) throw fail(source.problems.map(formatProblem));
  // An empty file sets nothing.
  const value: unknown = source.value ?? {};
  const located = checkValue(value);
  if (located.length > 0)
    throw fail(
      located.map((problem) =>
        formatProblem({
          file,
          ...source.locate(problem.path, problem.key),
          path: formatPath(problem.path),
          message: problem.message,
        }),
      ),
    );
  const parsed = ConfigFile.parse(value);
  const base = dirname(resolve(file));
  return {
    ...(parsed['courts-dir'] !== undefined && {
      'courts-dir': [parsed['courts-dir']].flat().map((dir) => resolve(base, dir)),
    }),
    ...(parsed.answers !== undefined && { answers: resolve(base, parsed.answers) }),
    ...(parsed['as-of'] !== undefined && { 'as-of': parsed['as-of'] }),
    ...(parsed.format !== undefined && { format: checkFormat(parsed.format, 'format') }),
  };
}

/** Every problem of a config file's value, each with where it is. */
function checkValue(value: unknown): Located[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [{ path: [], message: `expected keys (${SETTING_KEYS.join(', ')}), one a line` }];
  const result = ConfigFile.safeParse(value);
  const problems: Located[] = result.success
    ? []
    : result.error.issues.flatMap((issue): Located[] => {
        const at = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
        if (issue.code === 'unrecognized_keys') return issue.keys.map(unknownKey);
        return [{ path: at, message: issue.message }];
      });
  // The values zod leaves as text are checked as the environment's are, in the same words.
  const record = value as Record<string, unknown>;
  for (const key of ['as-of', 'format'] as const) {
    const text = record[key];
    if (typeof text !== 'string') continue;
    try {
      if (key === 'as-of') checkAsOf(text, key);
      else checkFormat(text, key);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.push({ path: [key], message: error.message.slice(key.length + 2) });
    }
  }
  return problems;
}

/**
 * An unknown key: one that looks like a secret is refused as such (its value never shown);
 * another is named only when it is a near miss of a setting.
 */
function unknownKey(key: string): Located {
  if (looksSecret(key))
    return {
      path: [],
      key,
      message: `refused: "${cutText(key)}" looks like a password, PIN, secret or token; nextgen-ready never needs one: delete it from the file`,
    };
  return {
    path: [],
    key,
    message: `${describeRejected(key, SETTING_KEYS, 'is not a setting', 'a key')}; keys: ${SETTING_KEYS.join(', ')}`,
  };
}
