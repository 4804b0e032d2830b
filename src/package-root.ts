/**
 * The package's root directory (where package.json, courts/ and procedures/ are), found by
 * walking up from a module's own location. The same code runs from src/ under tests and from
 * bundled chunks in dist/, which sit at different depths.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const roots = new Map<string, string>();

/** The nearest directory above `moduleUrl` that holds package.json. */
export function packageRoot(moduleUrl: string): string {
  const start = dirname(fileURLToPath(moduleUrl));
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
