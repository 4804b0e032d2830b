/**
 * Compiles the bundled court data alone (dist/data/), without the bundles: what the in-process
 * tests need (test/global-setup-data.ts). `npm run build` does this and the bundles.
 */
import { relative } from 'node:path';
import { isUserError } from '../../src/errors.js';
import { writeCompiledCatalog } from './compile-data.js';

try {
  const file = await writeCompiledCatalog();
  console.log(`compiled ${relative(process.cwd(), file)}`);
} catch (error) {
  if (!isUserError(error)) throw error;
  console.error(`compiling the court data failed: ${error.message}`);
  for (const line of error.details) console.error(`  ${line}`);
  process.exitCode = 1;
}
