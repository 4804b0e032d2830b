/** The version of nextgen-ready: written in by the build, or read from package.json from source. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';

declare const __NEXTGEN_READY_VERSION__: string | undefined;

/** The version of nextgen-ready. */
export function readVersion(): string {
  if (typeof __NEXTGEN_READY_VERSION__ === 'string') return __NEXTGEN_READY_VERSION__;
  const manifest = JSON.parse(
    readFileSync(join(packageRoot(import.meta.url), 'package.json'), 'utf8'),
  ) as { version: string };
  return manifest.version;
}
