import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD_INPUTS, BUILD_OUTPUTS, staleBuildReason } from '../../scripts/build/stale.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project tree whose inputs were written at `inputAt` and outputs at `outputAt` (seconds). */
function project(inputAt: number, outputAt: number): string {
  const root = mkdtempSync(join(tmpdir(), 'nextgen-ready-stale-'));
  dirs.push(root);
  const touch = (path: string, at: number) => {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '');
    // A folder's time changes when a file is added to it, as a deleted file changes it too.
    for (let path = file; path !== root; path = dirname(path)) utimesSync(path, at, at);
  };
  for (const input of BUILD_INPUTS)
    touch(input === 'package.json' ? input : join(input, 'a.ts'), inputAt);
  for (const output of BUILD_OUTPUTS) touch(output, outputAt);
  return root;
}

describe('staleBuildReason', () => {
  it('finds nothing to do when dist/ is newer than every input', () => {
    expect(staleBuildReason(project(1_000, 2_000))).toBeUndefined();
  });

  it('names the input that changed after the build', () => {
    const root = project(1_000, 2_000);
    utimesSync(join(root, 'src', 'a.ts'), 3_000, 3_000);
    expect(staleBuildReason(root)).toBe('src changed after the last build');
  });

  it('finds a change deep in a folder, and a missing output', () => {
    const root = project(1_000, 2_000);
    mkdirSync(join(root, 'src', 'cli'));
    writeFileSync(join(root, 'src', 'cli', 'check.ts'), '');
    expect(staleBuildReason(root)).toBe('src changed after the last build');
    rmSync(join(root, 'dist', 'main.cjs'));
    expect(staleBuildReason(root)).toBe('dist/main.cjs is missing');
  });
});
