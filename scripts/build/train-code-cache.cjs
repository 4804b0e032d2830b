// The build's last step (scripts/build/build.ts): runs the commands users run most, in one
// process, so that V8 compiles what they call, and keeps it as each bundle's code cache
// (bin/code-cache.cjs). What they print goes nowhere.
const { join } = require('node:path');
const { writeFileSync, mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');

require('../../bin/code-cache.cjs').loadWithCodeCache('make');
const { runCommandLine } = require('../../dist/main.cjs');

const work = mkdtempSync(join(tmpdir(), 'nextgen-ready-train-'));
const answers = join(work, 'answers.json');
writeFileSync(
  answers,
  JSON.stringify({
    filer: 'attorney',
    'pacer-account': 'individual',
    'account-type': 'legacy',
    mfa: 'enrolled',
    'firm-billing': 'no',
    linked: 'no',
    'ecf-login': 'known',
    cja: 'yes',
    'exempt-account': 'no',
    'cja-exemption': 'unknown',
    bankruptcy: 'no',
  }),
);
const check = ['check', '--court', 'ctd', '--answers', answers, '--no-input'];
const runs = [
  ['--help'],
  ['check', '--help'],
  [...check, '--format', 'json'],
  [...check, '--format', 'markdown'],
  check,
  ['courts', '--format', 'json'],
  ['courts'],
  ['questions'],
];
const nowhere = { write: () => true };
const io = {
  stdout: nowhere,
  stderr: nowhere,
  stdinIsTTY: false,
  env: { NEXTGEN_READY_CACHE_DIR: join(work, 'cache') },
  cwd: process.cwd(),
  now: () => new Date(),
  interrupt: {
    signal: new AbortController().signal,
    received: undefined,
    cooperate: (work) => work(),
  },
};
(async () => {
  for (const args of runs) {
    const code = await runCommandLine(['node', 'nextgen-ready', ...args], io);
    if (code !== 0) throw new Error(`training run ${args.join(' ')} ended with ${code}`);
  }
  rmSync(work, { recursive: true, force: true });
})();
