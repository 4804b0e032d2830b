/** `nextgen-ready validate`: checks court profiles and reports every problem with its place. */
import { countOf, formatNumber } from '../counts.js';
import { formatProblem } from '../io/problem.js';
import { toSafeLine } from '../safe-text.js';
import type { Outcome } from './exit-codes.js';
import type { Io } from './io.js';

/** Validates the bundled data, or the given directories; `usage` when any file is invalid. */
export async function validate(options: { dirs: string[] }, io: Io): Promise<Outcome> {
  // YAML and zod are loaded only here, where files must be parsed.
  const {
    BUNDLED_COURTS_DIR,
    displayPath,
    loadBundledRegistry,
    loadCourtDirs,
    loadNationalFile,
    loadRegistryFile,
    NATIONAL_FILE,
    REGISTRY_FILE,
  } = await import('../profile/profile-files.js');
  const bundled = options.dirs.length === 0;
  // A firm's profiles may cite the bundled registry's ids; the bundled data must.
  const registry = await loadBundledRegistry();
  const known = new Set(registry.sources.keys());
  const results = await loadCourtDirs(bundled ? [BUNDLED_COURTS_DIR] : options.dirs, known);
  const all = bundled
    ? [
        await loadRegistryFile(REGISTRY_FILE, displayPath(REGISTRY_FILE)),
        ...results,
        await loadNationalFile(NATIONAL_FILE, displayPath(NATIONAL_FILE), known),
      ]
    : results;
  const problems = all.flatMap((result) => (result.ok ? [] : result.problems));
  // A problem may quote a value from the file: shown safe, as every error line is.
  for (const problem of problems) io.stderr.write(`${toSafeLine(formatProblem(problem))}\n`);
  const bad = all.filter((result) => !result.ok).length;
  if (all.length === 0) {
    io.stderr.write(`no *.yaml profiles found in ${options.dirs.join(', ')}\n`);
    return 'usage';
  }
  if (bad > 0) {
    io.stderr.write(
      `${formatNumber(bad)} of ${countOf(all.length, 'file')} invalid, ${countOf(problems.length, 'problem')}.\n`,
    );
    return 'usage';
  }
  io.stdout.write(`${countOf(all.length, 'file')} valid.\n`);
  return 'ok';
}
