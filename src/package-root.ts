/**
 * The package's root directory (where package.json, courts/ and procedures/ are), found by
 * walking up from a module's own location. The same code runs from src/ under tests and from
 * bundled chunks in dist/, which sit at different depths.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const roots = new Map<string, string>();

/** In a bundle (dist/*.cjs), set by the build's banner: dist's parent, the package root. */
declare const __nextgenReady: { root: string } | undefined;

/**
 * The nearest directory above `moduleUrl` that holds package.json. A bundle knows it without
 * walking (no URL to make, no file to look for): half a millisecond of every command.
 */
export function packageRoot(moduleUrl: () => string): string {
  if (typeof __nextgenReady !== 'undefined') return __nextgenReady.root;
  const start = dirname(fileURLToPath(moduleUrl()));
  const known = roots.get(start);
  if (known) return known;
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) {
      roots.set(start, dir);
      return dir;
    }
    if (dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
}
