/**
 * A bug (exit 70) tells the user where to report it: the bugs URL of package.json, written into
 * the built CLI by the build, so the CLI never reads package.json to say it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { READY_ANSWERS, answerFlags, tempDir } from '../helpers/fixtures.js';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  bugs: { url: string };
};

// No test hook in the product: the bug is forced from outside, by a module Node preloads that
// breaks JSON.stringify, which `check --format json` needs and the error report does not.
const preload = join(
  tempDir({
    'break-json.cjs': "JSON.stringify = () => { throw new Error('forced bug for the test'); };\n",
  }),
  'break-json.cjs',
);

describe('an internal error', () => {
  it('exits 70 and names the bugs URL from package.json', () => {
    expect(manifest.bugs.url).toBe('https://github.com/nextgen-ready/nextgen-ready/issues');
    const result = runCli(
      [
        'check',
        '--court',
        'utd',
        '--as-of',
        '2025-01-15',
        ...answerFlags(READY_ANSWERS),
        '--format',
        'json',
      ],
      { env: { NODE_OPTIONS: `--require ${preload}` } },
    );
    expect(result.code).toBe(70);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      `internal error (this is a bug in nextgen-ready; please report it at ${manifest.bugs.url} with the command you ran):`,
    );
    expect(result.stderr).toContain('forced bug for the test');
  });

  it('is written into the build, not read from package.json at run time', () => {
    const main = readFileSync(join(ROOT, 'dist/main.cjs'), 'utf8');
    expect(main).toContain(JSON.stringify(manifest.bugs.url));
  });
});
