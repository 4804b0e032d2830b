/**
 * The version of nextgen-ready and where to report its bugs: written in by the build from
 * package.json (the one place they are kept), or read from package.json when run from source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';

declare const __NEXTGEN_READY_VERSION__: string | undefined;
declare const __NEXTGEN_READY_BUGS_URL__: string | undefined;

interface Manifest {
  version: string;
  bugs: { url: string };
}

// Only from source (tests, tsx): the built CLI never reads package.json.
function readManifest(): Manifest {
  return JSON.parse(
    readFileSync(
      join(
        packageRoot(() => import.meta.url),
        'package.json',
      ),
      'utf8',
    ),
  ) as Manifest;
}

/** The version of nextgen-ready. */
export function readVersion(): string {
  if (typeof __NEXTGEN_READY_VERSION__ === 'string') return __NEXTGEN_READY_VERSION__;
  return readManifest().version;
}

/** Where users report a bug (package.json's `bugs.url`). */
export function readBugsUrl(): string {
  if (typeof __NEXTGEN_READY_BUGS_URL__ === 'string') return __NEXTGEN_READY_BUGS_URL__;
  return readManifest().bugs.url;
}
