/**
 * `npm run bench`: start-up and roster benchmarks for issue 7. Each command runs several times
 * after a warm-up, alternating with a bare `node -e 0` measured in the same run, and the table
 * shows medians, min–max, the ratio of medians and whether each target holds. Rosters are
 * generated here; peak RSS comes from the measured process itself (bench/max-rss.mjs).
 * Not part of `npm test`: timings belong here, not in assertions.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin', 'nextgen-ready.cjs');
const RSS_HOOK = join(ROOT, 'bench', 'max-rss.mjs');
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
  options: { stdoutFile?: string; rss?: boolean; env?: Record<string, string> } = {},
): Sample {
  const rssFile = join(work, 'rss.txt');
  rmSync(rssFile, { force: true });
  const out = options.stdoutFile ? openSync(options.stdoutFile, 'w') : 'ignore';
  const start = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    options.rss ? ['--import', RSS_HOOK, ...args] : [...args],
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
  const lines = [header];
  for (let i = 0; i < count; i++)
    lines.push(`Attorney ${i},a${i}@example.com,ctd,${variants[i % variants.length]}`);
  writeFileSync(file, `${lines.join('\n')}\n`);
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

const started = Date.now();
startupRow('nextgen-ready --help', [BIN, '--help'], 1.3);
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
// A firm's config file (.nextgen-readyrc.yaml) naming the answers: YAML and zod/mini load.
const firmConfig = join(work, 'firm.yaml');
writeFileSync(firmConfig, `answers: ${answersJson}\n`);
startupRow(
  'check --court ctd --format json --no-input, answers from --config F.yaml',
  [BIN, '--config', firmConfig, 'check', '--court', 'ctd', '--format', 'json', '--no-input'],
  1.5,
);
startupRow('courts --format json', [BIN, 'courts', '--format', 'json'], 1.6);
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
startupRow('stored feed: courts --format json', [BIN, 'courts', '--format', 'json'], 1.6, stored);
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
console.log(
  `\nroster 100,000 / 10,000 wall time: ${fmt(linear, 1)}× for 10× the rows (linear: about 10×)`,
);
console.log(
  `${RUNS} runs per start-up row after a warm-up, alternating with node -e 0 (ratio: median of the pairwise ratios); Node ${process.version}; ${Math.round((Date.now() - started) / 1000)} s in all`,
);
rmSync(work, { recursive: true, force: true });
