/**
 * Every command pays for what it imports: which bundles each run loads, and that loading the
 * entry does nothing by itself. Timings live in bench/, not here.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, NODE, ROOT, runCli } from '../helpers/cli.js';
import { READY_ANSWERS, tempDir } from '../helpers/fixtures.js';

const dir = tempDir();
const ANSWERS = READY_ANSWERS;
const json = join(dir, 'answers.json');
const yaml = join(dir, 'answers.yaml');
writeFileSync(json, JSON.stringify(ANSWERS));
const config = join(dir, 'firm.yaml');
writeFileSync(config, `answers: answers.json\n`);
writeFileSync(
  yaml,
  Object.entries(ANSWERS)
    .map(([key, value]) => `${key}: ${value}\n`)
    .join(''),
);
const team = join(dir, 'team.csv');
writeFileSync(
  team,
  `name,courts,${Object.keys(ANSWERS).join(',')}\nJane Doe,ctd,${Object.values(ANSWERS).join(',')}\n`,
);

// A cache holding a downloaded copy of PACER's feed: commands must not load `data` code for it.
const storedFeedCache = tempDir();
const stored = runCli(
  ['data', 'update', '--from', join(ROOT, 'sources/reference/pacer-feed-raw/2023-01-10.json')],
  { env: { NEXTGEN_READY_CACHE_DIR: storedFeedCache } },
);
if (stored.code !== 0) throw new Error(stored.stderr);

/** The bundles in dist/ a run loads, in load order (from Node's own module debug log). */
function bundlesLoaded(args: readonly string[], env: Record<string, string> = {}): string[] {
  const result = spawnSync(NODE, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: '',
    env: { ...process.env, NODE_DEBUG: 'module', ...env },
  });
  expect(result.status, result.stderr.slice(-2000)).toBe(0);
  const loads = [...result.stderr.matchAll(/load "[^"]*\/dist\/([\w-]+\.cjs)"/g)].map(
    (match) => match[1]!,
  );
  return [...new Set(loads)];
}

describe('what each command loads', () => {
  it.each([
    { args: ['--help'], bundles: ['main.cjs'] },
    { args: ['--version'], bundles: ['main.cjs'] },
    { args: ['check', '--help'], bundles: ['main.cjs'] },
    {
      args: ['check', '--court', 'ctd', '--answers', json, '--format', 'json', '--no-input'],
      bundles: ['main.cjs', 'commands.cjs'],
    },
    {
      args: ['check', '--court', 'ctd', '--answers', yaml, '--format', 'json', '--no-input'],
      bundles: ['main.cjs', 'commands.cjs', 'yaml-source.cjs'],
    },
    {
      args: ['check', '--court', 'ctd', '--answers', json, '--no-input'],
      bundles: ['main.cjs', 'commands.cjs', 'text.cjs'],
    },
    // The HTML renderer only for HTML: text, JSON and Markdown never load it.
    {
      args: ['check', '--court', 'ctd', '--answers', json, '--format', 'html', '--no-input'],
      bundles: ['main.cjs', 'commands.cjs', 'html.cjs'],
    },
    {
      args: ['check', '--court', 'ctd', '--answers', json, '--format', 'markdown', '--no-input'],
      bundles: ['main.cjs', 'commands.cjs'],
    },
    { args: ['courts', '--format', 'json'], bundles: ['main.cjs', 'courts.cjs'] },
    { args: ['courts'], bundles: ['main.cjs', 'courts.cjs'] },
    { args: ['questions'], bundles: ['main.cjs', 'commands.cjs', 'layout.cjs'] },
    { args: ['questions', '--format', 'json'], bundles: ['main.cjs', 'commands.cjs'] },
    { args: ['validate'], bundles: ['main.cjs', 'commands.cjs', 'profile-files.cjs'] },
    { args: ['data', 'status'], bundles: ['main.cjs', 'data.cjs'] },
    { args: ['config'], bundles: ['main.cjs', 'config.cjs'] },
    { args: ['completion', 'bash'], bundles: ['main.cjs', 'completion.cjs'] },
    // A config file costs YAML and zod only when there is one.
    {
      args: ['--config', config, 'check', '--court', 'ctd', '--format', 'json', '--no-input'],
      bundles: ['main.cjs', 'config-file.cjs', 'commands.cjs'],
    },
    // csv-stringify is loaded only by a roster run that writes CSV.
    { args: ['roster', team, '--format', 'json'], bundles: ['main.cjs', 'roster.cjs'] },
    {
      args: ['roster', team, '--format', 'csv'],
      bundles: ['main.cjs', 'roster.cjs', 'csv-write.cjs'],
    },
    { args: ['roster', '--template'], bundles: ['main.cjs', 'roster.cjs', 'csv-write.cjs'] },
    // The HTML checklists and the dashboard only with --out.
    {
      args: ['roster', team, '--format', 'json', '--out', join(dir, 'out')],
      bundles: ['main.cjs', 'roster.cjs', 'html.cjs', 'dashboard.cjs', 'csv-write.cjs'],
    },
  ])('$args loads only $bundles', ({ args, bundles }) => {
    expect(bundlesLoaded(args)).toEqual(bundles);
  });

  it.each([
    { args: ['--version'], bundles: ['main.cjs'] },
    {
      args: ['check', '--court', 'ctd', '--answers', json, '--format', 'json', '--no-input'],
      bundles: ['main.cjs', 'commands.cjs'],
    },
    { args: ['courts', '--format', 'json'], bundles: ['main.cjs', 'courts.cjs'] },
    { args: ['courts'], bundles: ['main.cjs', 'courts.cjs'] },
  ])('$args with a stored feed in force loads only $bundles', ({ args, bundles }) => {
    expect(bundlesLoaded(args, { NEXTGEN_READY_CACHE_DIR: storedFeedCache })).toEqual(bundles);
  });
});

describe('loading the entry', () => {
  it('has no side effects: no output, no listeners, no exit code', () => {
    const code = [
      "const cli = require('./dist/main.cjs');",
      "const listeners = ['exit', 'uncaughtException', 'unhandledRejection', 'SIGINT'].map((e) => process.listenerCount(e)).join(',');",
      "console.log(typeof cli.runCli, listeners, process.stdout.listenerCount('error'), process.exitCode ?? 'unset');",
    ].join('\n');
    const result = spawnSync(NODE, ['-e', code], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('function 0,0,0,0 0 unset\n');
  });

  it('has no side effects for the command bundles either', () => {
    for (const bundle of [
      'commands',
      'roster',
      'csv-write',
      'yaml-source',
      'profile-files',
      'counties',
      'ask',
      'layout',
      'find-courts',
      'data',
      'config',
      'config-file',
      'completion',
      'html',
      'dashboard',
    ]) {
      const result = spawnSync(
        NODE,
        ['-e', `require('./dist/${bundle}.cjs'); console.log(process.exitCode ?? 'unset')`],
        {
          cwd: ROOT,
          encoding: 'utf8',
        },
      );
      expect(`${bundle}: ${result.stdout}${result.stderr}`).toBe(`${bundle}: unset\n`);
    }
  });
});
