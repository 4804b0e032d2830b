// The build (`npm run build`, also run by `npm install` through `prepare`). esbuild bundles
// the CLI into a few CommonJS files in dist/, each loaded only when needed:
//   main.cjs           commander and the command wiring: all `--help` and `--version` load
//   commands.cjs       check, validate, questions: the plan, the profiles, JSON and Markdown
//   courts.cjs         the court list and finder; text.cjs  the text renderer (with chalk)
//   roster.cjs         the roster reader and writers
//   csv-write.cjs      csv-stringify: CSV output (roster --format csv, summary.csv, --template)
//   yaml-source.cjs    the YAML parser (answers and roster files)
//   profile-files.cjs  YAML + zod: validating profile files (validate, --courts-dir, the build)
//   counties.cjs, ask.cjs   the county finder; the prompts (only when asking)
//   layout.cjs         wrapping, measuring and tables, for text output only (courts,
//                      questions); the text renderer and roster carry their own copy
//   find-courts.cjs    the court search, for check's court list (courts has its own copy)
//   data.cjs           `nextgen-ready data`: fetching, checking and storing PACER's court feed
//                      (with undici and zod); other commands only read its small status file
//   config.cjs         `nextgen-ready config`; config-file.cjs  reading a config file (YAML +
//                      zod), loaded only when one is found or named
//   completion.cjs     `nextgen-ready completion`: the shell scripts (with the court ids)
//   html.cjs           the HTML checklist (check --format html, roster --out), with node:crypto
//                      for its Content-Security-Policy hashes; dashboard.cjs  roster --out's
//                      index.html
// CommonJS, because Node 20 starts it faster than an ES module graph; a lazy module is reached
// through `await import()` in the source, which the build turns into require() of its bundle.
// The build then validates the bundled court profiles and compiles them into
// dist/data/catalog.json, so the CLI never parses YAML or runs zod for them. That step runs
// here, from source (this script runs under tsx), so nothing of it ships in dist/.
// Measured (bench/, the README's Performance section): `--help` from about 1.5x a bare
// `node -e 0` to about 1.2x, `check` from about 8x to about 1.3x.
import { spawnSync } from 'node:child_process';
import { build, type Plugin } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isUserError } from '../../src/errors.js';
import { dataAsOf, toPlanSource } from '../../src/plan/cited-sources.js';
import { loadBundledRegistry } from '../../src/profile/profile-files.js';
import { describeDataAge } from '../../src/render/references.js';
import { bundledFeedOf, readReference, writeCompiledCatalog } from './compile-data.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

// `--version` also says how old the bundled court data is; it is worked out here, once, so
// printing it costs nothing at start-up. The feed's part is left to run time, where a
// downloaded copy may be in force.
const registry = await loadBundledRegistry();
const ages = dataAsOf([...registry.sources.values()].map(toPlanSource));
const dataAge = describeDataAge({ ...ages, 'data-feed': undefined });
const bundledFeed = bundledFeedOf(await readReference());
// The version and the bugs URL are written into the bundles: the CLI never reads package.json.
const { version, bugs } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  bugs: { url: string };
};

/** Each bundle and its entry module. */
const BUNDLES = {
  main: 'src/cli/main.ts',
  commands: 'src/cli/commands.ts',
  courts: 'src/cli/courts.ts',
  text: 'src/render/text.ts',
  roster: 'src/cli/roster.ts',
  'csv-write': 'src/roster/csv-write.ts',
  'yaml-source': 'src/io/yaml-source.ts',
  'profile-files': 'src/profile/profile-files.ts',
  counties: 'src/profile/counties.ts',
  ask: 'src/prompt/ask.ts',
  layout: 'src/render/layout.ts',
  'find-courts': 'src/profile/find-courts.ts',
  data: 'src/cli/data.ts',
  config: 'src/cli/config-command.ts',
  'config-file': 'src/config/config-file.ts',
  completion: 'src/cli/completion.ts',
  html: 'src/render/html.ts',
  dashboard: 'src/roster/dashboard.ts',
};
/** Modules that live in another bundle: imported there with `await import()`. */
const HOME = new Map(
  Object.entries({
    'src/cli/commands.ts': 'commands',
    'src/cli/check.ts': 'commands',
    'src/cli/courts.ts': 'courts',
    'src/render/text.ts': 'text',
    'src/cli/validate.ts': 'commands',
    'src/cli/questions.ts': 'commands',
    'src/cli/roster.ts': 'roster',
    'src/roster/csv-write.ts': 'csv-write',
    'src/io/yaml-source.ts': 'yaml-source',
    'src/profile/profile-files.ts': 'profile-files',
    'src/profile/counties.ts': 'counties',
    'src/prompt/ask.ts': 'ask',
    'src/render/layout.ts': 'layout',
    'src/profile/find-courts.ts': 'find-courts',
    'src/cli/data.ts': 'data',
    'src/cli/config-command.ts': 'config',
    'src/config/config-file.ts': 'config-file',
    'src/cli/completion.ts': 'completion',
    'src/render/html.ts': 'html',
    'src/roster/dashboard.ts': 'dashboard',
  }).map(([file, bundle]) => [join(root, file), bundle]),
);

rmSync(join(root, 'dist'), { recursive: true, force: true });

/** The bundles that must stay light: they may reach the others only through `await import()`. */
const LIGHT = new Set(['main', 'commands']);

/**
 * Sends `await import()` of a module that lives in another bundle to that bundle. A heavy
 * bundle may also import such a module statically (it gets its own copy); a light one may not.
 */
function otherBundles(bundle: string): Plugin {
  return {
    name: 'other-bundles',
    setup(builder) {
      builder.onResolve({ filter: /^\.\.?\// }, (args) => {
        const file = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
        const home = HOME.get(file);
        if (home === undefined || home === bundle) return undefined;
        if (args.kind !== 'dynamic-import') {
          if (!LIGHT.has(bundle)) return undefined;
          return {
            errors: [
              {
                text: `${relative(root, args.importer)} must load ${args.path} with await import(): it lives in ${home}.cjs`,
              },
            ],
          };
        }
        return { path: `./${home}.cjs`, external: true };
      });
    },
  };
}

// yaml's Node build is CommonJS, which esbuild cannot tree-shake; its ES module build (the one
// it gives browsers) is the same code and lets unused parts drop out.
const yamlAsEsModule: Plugin = {
  name: 'yaml-as-es-module',
  setup(builder) {
    builder.onResolve({ filter: /^yaml$/ }, () => ({
      path: join(root, 'node_modules/yaml/browser/index.js'),
    }));
  },
};

/**
 * Commander requires node:child_process when loaded, for subcommands that are programs of their
 * own, which this CLI has none of; loading it pulls in net, dgram and the streams, about a
 * sixth of `--help` (issue 22, measured with --cpu-prof). Commander gets it on first use.
 */
const lazyChildProcess: Plugin = {
  name: 'lazy-child-process',
  setup(builder) {
    builder.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes('node_modules/commander/')
        ? { path: 'lazy-child-process', namespace: 'lazy' }
        : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents:
        "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
      loader: 'js',
    }));
  },
};

/**
 * chalk finds the terminal's colour support when loaded (supports-color, which loads node:tty
 * and with it node:net); this CLI never uses that: every Chalk is made with the level the edge
 * worked out (cli/io.ts, colorLevelFor). Its finding is left out of the bundles.
 */
const noColorDetection: Plugin = {
  name: 'no-color-detection',
  setup(builder) {
    builder.onResolve({ filter: /^#supports-color$/ }, () => ({
      path: 'supports-color',
      namespace: 'no-color-detection',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'no-color-detection' }, () => ({
      contents: 'export default { stdout: false, stderr: false };',
      loader: 'js',
    }));
  },
};

/**
 * Libraries that cost start-up (zod: about 40 ms to load on Node 20; the YAML parser) and the
 * bundles every plan or listing loads, which must not hold them: a static import of a module
 * that uses one (a schema for a constant, say) would pull it in silently. Checked on every build.
 */
const HEAVY_LIBRARIES = ['node_modules/zod/', 'node_modules/yaml/'];
const KEPT_LIGHT = new Set(['main', 'commands', 'courts', 'text']);

const results = await Promise.all(
  Object.entries(BUNDLES).map(([bundle, entry]) =>
    build({
      metafile: KEPT_LIGHT.has(bundle),
      absWorkingDir: root,
      entryPoints: [entry],
      outfile: `dist/${bundle}.cjs`,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20.19',
      // `await import()` of another bundle becomes require(): no ES module loader at run time.
      supported: { 'dynamic-import': false },
      sourcemap: 'linked',
      legalComments: 'linked',
      // Whitespace and syntax only: names stay, so a bug's stack trace still reads.
      minifyWhitespace: true,
      minifySyntax: true,
      logLevel: 'warning',
      // CommonJS has no import.meta: a module that asks for its own URL gets this file's,
      // made when first asked for (pathToFileURL costs); the package root, which is what they
      // want it for, is dist's parent (src/package-root.ts).
      banner: {
        js: "const __nextgenReady = { get url() { return require('node:url').pathToFileURL(__filename).href; }, root: require('node:path').dirname(__dirname) };",
      },
      define: {
        __NEXTGEN_READY_VERSION__: JSON.stringify(version),
        __NEXTGEN_READY_BUGS_URL__: JSON.stringify(bugs.url),
        __NEXTGEN_READY_DATA_AGE__: JSON.stringify(dataAge),
        __NEXTGEN_READY_BUNDLED_FEED__: JSON.stringify(bundledFeed),
        'import.meta.url': '__nextgenReady.url',
      },
      plugins: [otherBundles(bundle), yamlAsEsModule, lazyChildProcess, noColorDetection],
    }).then((result) => ({ bundle, result })),
  ),
);
const heavy = results.flatMap(({ bundle, result }) =>
  Object.keys(result.metafile?.inputs ?? {})
    .filter((input) => HEAVY_LIBRARIES.some((library) => input.includes(library)))
    .slice(0, 1)
    .map((input) => `dist/${bundle}.cjs holds ${input}: load what needs it with await import()`),
);
if (heavy.length > 0) {
  for (const line of heavy) console.error(`build failed: ${line}`);
  process.exit(1);
}

/**
 * Every bundle is ASCII. One other character anywhere (esbuild escapes them in strings, not in
 * a regular expression) makes Node read the whole bundle as a two-byte string: commands.cjs
 * took three times as long to read, 1.2 ms of a 65 ms check. Write such a character as \u2019.
 */
const notAscii = Object.keys(BUNDLES).flatMap((bundle) => {
  const bytes = readFileSync(join(root, 'dist', `${bundle}.cjs`));
  const at = bytes.findIndex((byte) => byte > 0x7f);
  if (at < 0) return [];
  const near = bytes.toString('utf8', Math.max(0, at - 40), at + 10);
  return [`dist/${bundle}.cjs is not ASCII: ${JSON.stringify(near)}`];
});
if (notAscii.length > 0) {
  for (const line of notAscii) console.error(`build failed: ${line}`);
  process.exit(1);
}

try {
  const file = await writeCompiledCatalog();
  console.log(`built dist/ (${version}); compiled ${relative(root, file)}`);
} catch (error) {
  if (!isUserError(error)) throw error;
  console.error(`build failed: ${error.message}`);
  for (const line of error.details) console.error(`  ${line}`);
  process.exit(1);
}

// V8's code cache of the bundles (bin/code-cache.cjs): the common commands run once, in a
// Node of their own (this script runs under tsx), from the bundles just built.
const train = spawnSync(process.execPath, [join(root, 'scripts/build/train-code-cache.cjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (train.status !== 0) {
  console.error('build failed: the code cache could not be made');
  process.exit(1);
}
