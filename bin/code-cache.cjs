/**
 * V8's code cache for the bundles in dist/: the build runs the common commands once and keeps
 * what V8 compiled (dist/*.cjs.cache, scripts/build/code-cache.ts); a run then loads each
 * bundle with its cache instead of parsing and compiling the functions it calls. About 8 ms of
 * a `check` of 75 (issue 22, measured with --cpu-prof and farm-bench). A cache made by another
 * Node (another V8) is refused by V8 itself, and the bundle is compiled as without one: never
 * wrong, only not faster. Node 22's module.enableCompileCache() does this at run time, into a
 * directory of the user's; Node 20 has none, and this writes nothing on a user's machine.
 */
const Module = require('node:module');
const { readFileSync, writeFileSync } = require('node:fs');
const { dirname, join, sep } = require('node:path');
const vm = require('node:vm');

const DIST = join(__dirname, '..', 'dist') + sep;

/**
 * Loads the bundles of dist/ through vm.Script: `use` with the cache next to each, `make` to
 * write it when the process ends (the build). Other modules load as Node loads them.
 */
function loadWithCodeCache(mode) {
  const scripts = new Map();
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    if (!filename.startsWith(DIST) || !filename.endsWith('.cjs'))
      return compile.call(this, content, filename);
    let cachedData;
    if (mode === 'use') {
      try {
        cachedData = readFileSync(`${filename}.cache`);
      } catch {
        // No cache (a build without one): compiled as usual.
      }
    }
    const script = new vm.Script(Module.wrap(content), { filename, cachedData });
    if (mode === 'make') scripts.set(filename, script);
    const wrapper = script.runInThisContext();
    const require = (id) => this.require(id);
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
  if (mode === 'make')
    process.on('exit', () => {
      for (const [filename, script] of scripts)
        writeFileSync(`${filename}.cache`, script.createCachedData());
    });
}

module.exports = { loadWithCodeCache };
