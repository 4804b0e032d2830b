/**
 * The published package works on its own: packed as npm would publish it, installed into an
 * empty project with no dependencies, and run from there.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/fixtures.js';

describe('the packed package', () => {
  it('installs with no dependencies and runs', () => {
    const dir = tempDir();
    // --ignore-scripts: dist/ is already built, and rebuilding it would disturb parallel tests.
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    const app = join(dir, 'app');
    execFileSync('mkdir', [app]);
    writeFileSync(join(app, 'package.json'), '{"name":"app","private":true}');
    execFileSync(
      'npm',
      ['install', '--ignore-scripts', '--no-audit', '--no-fund', join(dir, tarball!)],
      { cwd: app, stdio: 'ignore' },
    );
    expect(readdirSync(join(app, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual([
      'nextgen-ready',
    ]);

    const bin = join(app, 'node_modules', '.bin', 'nextgen-ready');
    const run = (args: string[]) => spawnSync(bin, args, { cwd: app, encoding: 'utf8', input: '' });
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+\nCourt data: /);
    const check = run([
      'check',
      '--court',
      'utd',
      '--as-of',
      '2020-01-15',
      '--filer',
      'attorney',
      '--pacer-account',
      'none',
      '--ecf-login',
      'known',
      '--cja',
      'no',
      '--firm-billing',
      'no',
      '--bankruptcy',
      'no',
      '--format',
      'json',
      '--no-input',
    ]);
    expect(check.stderr).toBe('');
    expect(JSON.parse(check.stdout)).toMatchObject({
      status: 'action-needed',
      courts: [{ id: 'utd' }],
    });
    expect(run(['validate']).stdout).toMatch(/^\d{3} files valid\.\n$/);
  });

  it("installs as a command, as the README's set-up does (npm install -g), and runs from anywhere", () => {
    const dir = tempDir();
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz')) ?? '';
    // A prefix of its own: the machine's global packages are left alone.
    const prefix = join(dir, 'prefix');
    execFileSync(
      'npm',
      [
        'install',
        '--global',
        '--prefix',
        prefix,
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        join(dir, tarball),
      ],
      { stdio: 'ignore' },
    );
    const elsewhere = tempDir();
    const run = spawnSync(join(prefix, 'bin', 'nextgen-ready'), ['--version'], {
      cwd: elsewhere,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${join(prefix, 'bin')}:${process.env.PATH ?? ''}` },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\nCourt data: /);
    rmSync(dir, { recursive: true, force: true });
    rmSync(elsewhere, { recursive: true, force: true });
  });
});
