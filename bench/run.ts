/**
 * `npm run bench`: start-up and roster benchmarks for issue 7. Each command runs several times
 * after a warm-up, alternating with a bare `node -e 0` measured in the same run, and the table
 * shows medians, min–max, the ratio of medians and whether each target holds. Rosters are
 * generated here; peak RSS comes from the measured process itself (bench/max-rss.mjs).
 * Not part of `npm test`: timings belong here, not in assertions.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  statSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin', 'nextgen-ready.cjs');
const RSS_HOOK = join(ROOT, 'bench', 'max-rss.mjs');
const FLOOR = join(ROOT, 'bench', 'csv-parse-floor.mjs');
const work = mkdtempSync(join(tmpdir(), 'nextgen-ready-bench-'));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
// Rows run with no downloaded feed (an empty cache directory) unless they say otherwise, so a
// feed stored on this machine does not change them; the "stored feed" rows use one made here.
const emptyCache = join(work, 'empty-cache');
const storedCache = join(work, 'stored-cache');

interface Sample {
  ms: number;
  rssMb: number;
}

/**
 * Runs a command once; stdout goes to a file (or is discarded). Timed runs are plain; with
 * `rss`, the run loads bench/max-rss.mjs to report its peak memory (that costs start-up time,
 * so it is never a timed run).
 */
function runOnce(
  args: readonly string[],
  options: {
    stdoutFile?: string;
    rss?: boolean;
    env?: Record<string, string>;
    /** Run on one CPU (`taskset -c 0`), as the scale targets are stated. */
    oneCore?: boolean;
  } = {},
): Sample {
  const rssFile = join(work, 'rss.txt');
  rmSync(rssFile, { force: true });
  const out = options.stdoutFile ? openSync(options.stdoutFile, 'w') : 'ignore';
  const start = process.hrtime.bigint();
  const nodeArgs = options.rss ? ['--import', RSS_HOOK, ...args] : [...args];
  const oneCore = options.oneCore === true && TASKSET !== undefined;
  const result = spawnSync(
    oneCore ? TASKSET : process.execPath,
    oneCore ? ['-c', '0', process.execPath, ...nodeArgs] : nodeArgs,
    {
      stdio: ['ignore', out, 'pipe'],
      env: {
        ...process.env,
        NEXTGEN_READY_CACHE_DIR: emptyCache,
        ...options.env,
        NEXTGEN_READY_BENCH_RSS: rssFile,
        NO_COLOR: '1',
      },
      cwd: work,
    },
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (typeof out === 'number') closeSync(out);
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(
      `${args.join(' ')} exited ${result.status}: ${result.stderr.toString().slice(0, 500)}`,
    );
  }
  const rss = options.rss ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) : 0;
  return { ms, rssMb: rss / 1024 / 1024 };
}

// The scale targets are for one core: `taskset -c 0` pins a run to CPU 0, where there is one.
const TASKSET = ['/usr/bin/taskset', '/bin/taskset'].find(
  (path) => spawnSync(path, ['-c', '0', 'true']).status === 0,
);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const fmt = (n: number, digits = 0) => n.toFixed(digits);

interface Row {
  name: string;
  median: number;
  min: number;
  max: number;
  baseline?: number;
  ratio?: string;
  rss: number;
  target: string;
  holds: boolean;
}
const rows: Row[] = [];

/** The start-up rows, as a Markdown table. */
function printStartupTable(): void {
  const header = [
    'command',
    'median ms',
    'min–max ms',
    'node -e 0 ms',
    'ratio',
    'peak RSS MB',
    'target',
    'holds',
  ];
  const table = rows.map((row) => [
    row.name,
    fmt(row.median),
    `${fmt(row.min)}–${fmt(row.max)}`,
    row.baseline === undefined ? '' : fmt(row.baseline),
    row.ratio ?? '',
    fmt(row.rss),
    row.target,
    row.holds ? 'yes' : 'NO',
  ]);
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map(() => '---').join(' | ')} |`);
  for (const line of table) console.log(`| ${line.join(' | ')} |`);
}

/** A start-up row: the command against `node -e 0`, alternating, after one warm-up of each. */
function startupRow(name: string, args: string[], target: number, env?: Record<string, string>) {
  runOnce(['-e', '0']);
  runOnce(args, { env });
  const mine: Sample[] = [];
  const bare: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(runOnce(['-e', '0']));
    mine.push(runOnce(args, { env }));
  }
  const m = median(mine.map((s) => s.ms));
  const b = median(bare.map((s) => s.ms));
  // The median of the pairwise ratios: each run against the bare run just before it, so a
  // machine that speeds up or slows down during the benchmark does not skew the ratio.
  const ratio = median(mine.map((s, i) => s.ms / bare[i]!.ms));
  const rss = runOnce(args, { rss: true, env }).rssMb;
  rows.push({
    name,
    median: m,
    min: Math.min(...mine.map((s) => s.ms)),
    max: Math.max(...mine.map((s) => s.ms)),
    baseline: b,
    ratio: `${fmt(ratio, 2)}×`,
    rss,
    target: `≤ ${target}×`,
    holds: ratio <= target,
  });
}

/**
 * A roster row: wall time and peak RSS of a whole roster run, JSON written to a file; with
 * `outDir`, also one checklist per attorney and the summaries, into a fresh directory each run.
 */
function rosterRow(
  name: string,
  attorneys: number,
  runs: number,
  limits: { ms?: number; rssMb: number },
  options: { outDir?: boolean } = {},
) {
  const file = join(work, `roster-${attorneys}.csv`);
  writeRoster(file, attorneys);
  const checklists = join(work, 'checklists');
  const base = [BIN, 'roster', file, '--format', 'json', '--as-of', '2026-11-22'];
  const args = () => {
    if (!options.outDir) return base;
    rmSync(checklists, { recursive: true, force: true });
    return [...base, '--out', checklists];
  };
  const out = join(work, `roster-${attorneys}.json`);
  // A warm-up, except for the disk-bound run with checklists (it takes minutes).
  if (!options.outDir) runOnce(args(), { stdoutFile: out });
  const samples = Array.from({ length: runs }, () => runOnce(args(), { stdoutFile: out }));
  const m = median(samples.map((s) => s.ms));
  const rss = runOnce(args(), { stdoutFile: out, rss: true }).rssMb;
  rmSync(checklists, { recursive: true, force: true });
  rows.push({
    name,
    median: m,
    min: Math.min(...samples.map((s) => s.ms)),
    max: Math.max(...samples.map((s) => s.ms)),
    rss,
    target: `${limits.ms ? `≤ ${limits.ms / 1000} s, ` : ''}≤ ${limits.rssMb} MB`,
    holds: (limits.ms === undefined || m <= limits.ms) && rss <= limits.rssMb,
  });
  return m;
}

/**
 * A roster of `count` attorneys in one court. Rows cycle through 126 different answer sets
 * (every account type, MFA, billing, linking and login answer of an attorney with their own
 * account, CJA or not, plus new, shared and pro se filers), so plans differ as in a real firm.
 */
function writeRoster(file: string, count: number) {
  const header =
    'name,email,courts,filer,pacer-account,account-type,mfa,firm-billing,linked,ecf-login,cja,exempt-account,cja-exemption,bankruptcy,problems';
  const variants: string[] = [];
  for (const accountType of ['upgraded', 'legacy', 'unknown'])
    for (const mfa of ['enrolled', 'not-enrolled', 'unknown'])
      for (const billing of ['yes', 'no'])
        for (const [linked, login] of [
          ['yes', ''],
          ['no', 'known'],
          ['no', 'forgotten'],
        ])
          for (const cja of ['no', 'yes'])
            variants.push(
              `attorney,individual,${accountType},${mfa},${billing},${linked},${login},${cja},${cja === 'yes' ? 'no' : ''},${cja === 'yes' ? 'unknown' : ''},no,`,
            );
  variants.push(
    'attorney,none,,,yes,,forgotten,yes,no,,yes,menus-limited',
    'attorney,shared,,,no,,known,no,,,no,update-contact-info',
    'pro-se,none,,,,,none,,,,no,',
    'pro-se,shared,,,,,known,,,,yes,',
    'attorney,unknown,,,yes,,known,no,,,no,forgot-pacer-password',
    'attorney,individual,upgraded,enrolled,no,yes,,no,,,no,unlink;update-secondary-email',
  );
  if (existsSync(file)) return;
  // Written a piece at a time: a million rows are 90 MB of text.
  const out = openSync(file, 'w');
  writeSync(out, `${header}\n`);
  for (let start = 0; start < count; start += 10_000) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(count, start + 10_000); i++)
      lines.push(`Attorney ${i},a${i}@example.com,ctd,${variants[i % variants.length]}\n`);
    writeSync(out, lines.join(''));
  }
  closeSync(out);
}

// The same answers as YAML (as a person writes them) and as JSON (as a script writes them).
const ANSWERS = {
  filer: 'attorney',
  'pacer-account': 'individual',
  'account-type': 'legacy',
  mfa: 'enrolled',
  'firm-billing': 'no',
  linked: 'no',
  'ecf-login': 'known',
  cja: 'no',
  bankruptcy: 'no',
};
const answersYaml = join(work, 'answers.yaml');
writeFileSync(
  answersYaml,
  Object.entries(ANSWERS)
    .map(([key, value]) => `${key}: ${value}\n`)
    .join(''),
);
const answersJson = join(work, 'answers.json');
writeFileSync(answersJson, JSON.stringify(ANSWERS));

/** A roster run that writes its summary as CSV to stdout, quietly. */
const csvSummary = (file: string) => [
  BIN,
  'roster',
  file,
  '--format',
  'csv',
  '--as-of',
  '2026-11-22',
  '--quiet',
];

function printDashboard(dashboard: DashboardSample): void {
  console.log(
    `\nDashboard (index.html of roster --out, 100,000 rows): ${fmt(dashboard.bytes / 1024 / 1024, 1)} MB; ${
      dashboard.reason !== undefined
        ? `not opened: ${dashboard.reason}`
        : `in headless Chromium, median of 5: first contentful paint ${fmt(dashboard.firstPaintMs!)} ms, load (table drawn by its script) ${fmt(dashboard.loadMs!)} ms, a sort of every row by name ${fmt(dashboard.sortMs!)} ms`
    }`,
  );
}

// `BENCH_DASHBOARD_ONLY=1 npm run bench`: the dashboard alone (a few minutes, mostly the disk).
if (process.env.BENCH_DASHBOARD_ONLY) {
  printDashboard(await dashboardSample());
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}
// A CJA panel attorney's answers, as a script writes them: the check issue 22's target names.
const cjaJson = join(work, 'cja.json');
writeFileSync(
  cjaJson,
  JSON.stringify({ ...ANSWERS, cja: 'yes', 'exempt-account': 'no', 'cja-exemption': 'unknown' }),
);

const started = Date.now();
// Targets of issue 22: --help ≤ 1.15×, check of a CJA attorney in ctd ≤ 1.25×, courts ≤ 1.3×.
startupRow('nextgen-ready --help', [BIN, '--help'], 1.15);
startupRow('nextgen-ready --version', [BIN, '--version'], 1.3);
startupRow(
  'check --court ctd --answers F.yaml --format json --no-input',
  [BIN, 'check', '--court', 'ctd', '--answers', answersYaml, '--format', 'json', '--no-input'],
  1.5,
);
startupRow(
  'check --court ctd --answers F.json --format json --no-input',
  [BIN, 'check', '--court', 'ctd', '--answers', answersJson, '--format', 'json', '--no-input'],
  1.5,
);
startupRow(
  'check --court ctd --answers CJA.json --format json --no-input (a CJA attorney)',
  [BIN, 'check', '--court', 'ctd', '--answers', cjaJson, '--format', 'json', '--no-input'],
  1.25,
);
// A firm's config file (.nextgen-readyrc.yaml) naming the answers: YAML and zod/mini load.
const firmConfig = join(work, 'firm.yaml');
writeFileSync(firmConfig, `answers: ${answersJson}\n`);
startupRow(
  'check --court ctd --format json --no-input, answers from --config F.yaml',
  [BIN, '--config', firmConfig, 'check', '--court', 'ctd', '--format', 'json', '--no-input'],
  1.5,
);
startupRow('courts --format json', [BIN, 'courts', '--format', 'json'], 1.3);
startupRow('courts (text)', [BIN, 'courts'], 1.3);
// The same commands with a downloaded feed in force (`data update --from` the raw copy): the
// status file is read, and each court's feed facts are read and laid over its profile.
runOnce(
  [BIN, 'data', 'update', '--from', join(ROOT, 'sources/reference/pacer-feed-raw/2023-01-10.json')],
  {
    env: { NEXTGEN_READY_CACHE_DIR: storedCache },
  },
);
const stored = { NEXTGEN_READY_CACHE_DIR: storedCache };
startupRow('stored feed: nextgen-ready --version', [BIN, '--version'], 1.3, stored);
startupRow(
  'stored feed: check --court ctd --answers F.json --format json --no-input',
  [BIN, 'check', '--court', 'ctd', '--answers', answersJson, '--format', 'json', '--no-input'],
  1.5,
  stored,
);
startupRow(
  'stored feed: check --court azd --answers F.json --format json --no-input',
  [BIN, 'check', '--court', 'azd', '--answers', answersJson, '--format', 'json', '--no-input'],
  1.5,
  stored,
);
startupRow('stored feed: courts --format json', [BIN, 'courts', '--format', 'json'], 1.3, stored);
// BENCH_STARTUP_ONLY=1: the start-up rows alone (a minute or two), without the rosters.
if (process.env.BENCH_STARTUP_ONLY !== undefined) {
  printStartupTable();
  console.log(
    `${RUNS} runs per row after a warm-up, alternating with node -e 0 (ratio: median of the pairwise ratios); Node ${process.version}; ${Math.round((Date.now() - started) / 1000)} s in all`,
  );
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}
const tenK = rosterRow('roster 10,000 × 1 court, JSON to a file', 10_000, 5, {
  ms: 1000,
  rssMb: 150,
});
const hundredK = rosterRow('roster 100,000 × 1 court, JSON to a file', 100_000, 2, { rssMb: 200 });
// Writing 100,000 checklists is bound by the disk, not the tool: the target here is memory.
if (process.env.BENCH_SKIP_OUT === undefined)
  rosterRow(
    'roster 100,000 × 1 court, --out (100,000 checklists) + JSON',
    100_000,
    1,
    { rssMb: 200 },
    { outDir: true },
  );
const linear = hundredK / tenK;

// ---- The dashboard (issue 27): index.html of a 100,000-row --out, its size and first paint ----

interface DashboardSample {
  bytes: number;
  firstPaintMs?: number;
  loadMs?: number;
  sortMs?: number;
  reason?: string;
}

/**
 * Writes a 100,000-row roster's --out once, then opens its index.html in headless Chromium
 * (Debian's, as the browser tests do) 5 times: first contentful paint, the table drawn by its
 * script (load), and a sort of all the rows by name.
 */
async function dashboardSample(): Promise<DashboardSample> {
  const file = join(work, 'roster-100000.csv');
  writeRoster(file, 100_000);
  const dir = join(work, 'dashboard');
  rmSync(dir, { recursive: true, force: true });
  runOnce([...csvSummary(file), '--out', dir]);
  const index = join(dir, 'index.html');
  const bytes = statSync(index).size;
  // The browser tests' Chromium, with their flags.
  const { chromiumMissing, launchChromium } = await import('../test/helpers/browser.js');
  const missing = chromiumMissing();
  if (missing !== undefined) return { bytes, reason: missing };
  const browser = await launchChromium();
  const samples: Required<Omit<DashboardSample, 'reason' | 'bytes'>>[] = [];
  try {
    for (let run = 0; run < 5; run++) {
      const page = await browser.newPage();
      await page.goto(`file://${index}`, { waitUntil: 'load', timeout: 120_000 });
      const timing = await page.evaluate(() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        const navigation = performance.getEntriesByType(
          'navigation',
        )[0] as PerformanceNavigationTiming;
        return { firstPaintMs: paint?.startTime ?? NaN, loadMs: navigation.loadEventEnd };
      });
      const sortMs = await page.evaluate(async () => {
        const start = performance.now();
        (document.querySelector('button[data-sort="name"]') as HTMLButtonElement).click();
        return performance.now() - start;
      });
      samples.push({ ...timing, sortMs });
      await page.close();
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const pick = (key: keyof (typeof samples)[number]) => median(samples.map((s) => s[key]));
  return {
    bytes,
    firstPaintMs: pick('firstPaintMs'),
    loadMs: pick('loadMs'),
    sortMs: pick('sortMs'),
  };
}
const dashboard = await dashboardSample();

// ---- Scale (issue 16): a million rows to a CSV summary, against a bare csv-parse read -------

interface ScaleRow {
  rows: number;
  ms: number;
  rssMb: number;
  floorMs: number;
  /**
   * Time per row, in µs: what the last 90% of the rows added (the time at this size less the
   * time at a tenth of it, over the rows between), so that start-up and warm-up (the first
   * plans, the JIT) are not counted as if they were paid per row.
   */
  perRowUs: number;
}

/** The median of `runs` runs of `args`, each pinned to one core, with its peak RSS. */
function scaleSample(args: readonly string[], runs: number): Sample {
  const samples = Array.from({ length: runs }, () => runOnce(args, { rss: true, oneCore: true }));
  return {
    ms: median(samples.map((s) => s.ms)),
    rssMb: Math.max(...samples.map((s) => s.rssMb)),
  };
}

const scaleFile = (count: number) => {
  const file = join(work, `roster-${count}.csv`);
  writeRoster(file, count);
  return file;
};
const SCALE_RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 3);
// The fixed cost of a run, measured on a one-row roster, is taken off before the time per row.
const fixed = scaleSample(csvSummary(scaleFile(1)), SCALE_RUNS).ms;
const floorFixed = scaleSample([FLOOR, scaleFile(1)], SCALE_RUNS).ms;
const scaleRuns = [1_000, 10_000, 100_000, 1_000_000].map((count) => {
  const file = scaleFile(count);
  const runs = count >= 1_000_000 ? 1 : SCALE_RUNS;
  runOnce(csvSummary(file), { oneCore: true }); // a warm-up: the file into the page cache
  const tool = scaleSample(csvSummary(file), runs);
  const floor = scaleSample([FLOOR, file], runs);
  return { rows: count, ms: tool.ms, rssMb: tool.rssMb, floorMs: floor.ms };
});
const scale: ScaleRow[] = scaleRuns.slice(1).map((run, index) => {
  const tenth = scaleRuns[index]!;
  return { ...run, perRowUs: ((run.ms - tenth.ms) * 1000) / (run.rows - tenth.rows) };
});
// --out with a million checklists: bound by the disk (minutes); its target is memory.
const millionOut =
  process.env.BENCH_SKIP_OUT === undefined
    ? (() => {
        const dir = join(work, 'checklists-1m');
        const sample = runOnce([...csvSummary(scaleFile(1_000_000)), '--out', dir], { rss: true });
        rmSync(dir, { recursive: true, force: true });
        return sample;
      })()
    : undefined;

const million = scale.at(-1)!;
const perRow = scale.map((row) => row.perRowUs);
const spread = Math.max(...perRow) / Math.min(...perRow);
const ratio = million.ms / million.floorMs;
const rowRatio = (row: ScaleRow) => (row.ms - fixed) / Math.max(row.floorMs - floorFixed, 1);
const scaleTargets: [string, string, boolean][] = [
  [
    '1,000,000 rows to a CSV summary on one core',
    `${fmt(million.ms / 1000, 1)} s ≤ 60 s`,
    million.ms <= 60_000,
  ],
  [
    'flat memory: peak RSS at 1,000,000 rows (CSV summary) as at 100,000, ≤ 200 MB',
    `${fmt(scale[1]!.rssMb)} → ${fmt(million.rssMb)} MB`,
    million.rssMb <= 200 && scale[1]!.rssMb <= 200,
  ],
  [
    'time per row constant from 10,000 to 1,000,000 rows (µs per row at 10,000 / 100,000 / 1,000,000; largest / smallest ≤ 1.5)',
    `${perRow.map((us) => fmt(us, 1)).join(' / ')} µs: ${fmt(spread, 2)}×`,
    spread <= 1.5,
  ],
  [
    'time per row does not grow with the rows (µs per row at 1,000,000 ≤ 1.5 × at 10,000 and at 100,000)',
    `${fmt(million.perRowUs, 1)} µs against ${fmt(scale[0]!.perRowUs, 1)} and ${fmt(scale[1]!.perRowUs, 1)}`,
    million.perRowUs <= 1.5 * Math.min(scale[0]!.perRowUs, scale[1]!.perRowUs),
  ],
  [
    'ratio to a bare csv-parse read, 1,000,000 rows, CSV summary',
    `${fmt(ratio, 2)}× ≤ 3×`,
    ratio <= 3,
  ],
];
if (millionOut)
  scaleTargets.push([
    '--out, 1,000,000 checklists + summaries: peak RSS ≤ 200 MB',
    `${fmt(millionOut.rssMb)} MB (${fmt(millionOut.ms / 1000)} s)`,
    millionOut.rssMb <= 200,
  ]);

printStartupTable();
console.log(
  `\nroster 100,000 / 10,000 wall time: ${fmt(linear, 1)}× for 10× the rows (linear: about 10×)`,
);
console.log(
  `\nScale: roster --format csv --quiet (a CSV summary to stdout) against csv-parse alone reading the same file (bench/csv-parse-floor.mjs), ${TASKSET ? 'each pinned to one core (taskset -c 0)' : 'NOT pinned to one core (no taskset here)'}; fixed cost of a run (one row): ${fmt(fixed)} ms, of the floor ${fmt(floorFixed)} ms.\n`,
);
console.log(
  '| rows | roster s | rows/s | µs per row | peak RSS MB | csv-parse s | ratio | ratio, fixed costs off |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of scale)
  console.log(
    `| ${row.rows.toLocaleString('en-US')} | ${fmt(row.ms / 1000, 2)} | ${Math.round((row.rows * 1000) / row.ms).toLocaleString('en-US')} | ${fmt(row.perRowUs, 1)} | ${fmt(row.rssMb)} | ${fmt(row.floorMs / 1000, 2)} | ${fmt(row.ms / row.floorMs, 2)}× | ${fmt(rowRatio(row), 2)}× |`,
  );
console.log('\n| target | measured | holds |');
console.log('| --- | --- | --- |');
for (const [name, measured, holds] of scaleTargets)
  console.log(`| ${name} | ${measured} | ${holds ? 'yes' : 'NO'} |`);
printDashboard(dashboard);
console.log(
  `${RUNS} runs per start-up row after a warm-up, alternating with node -e 0 (ratio: median of the pairwise ratios); Node ${process.version}; ${Math.round((Date.now() - started) / 1000)} s in all`,
);
rmSync(work, { recursive: true, force: true });
