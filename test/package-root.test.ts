/** The package root, found from a module's own URL when running from source. */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/package-root.js';
import { ROOT } from './helpers/cli.js';

describe('the package root from source', () => {
  it('is the nearest directory above the module that holds package.json', () => {
    const root = ROOT.replace(/\/$/, '');
    expect(packageRoot(() => import.meta.url)).toBe(root);
    const deep = pathToFileURL(join(root, 'src', 'plan', 'rules', 'joining.ts')).href;
    expect(packageRoot(() => deep)).toBe(root);
  });

  it('says so when no directory above holds one', () => {
    expect(() => packageRoot(() => 'file:///no-such-dir/module.js')).toThrow(
      'no package.json above /no-such-dir',
    );
  });
});
