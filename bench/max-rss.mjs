// Loaded with `node --import` into a measured command: at exit, appends the process's peak
// resident set size (bytes) to the file named by NEXTGEN_READY_BENCH_RSS.
import { appendFileSync } from 'node:fs';

const file = process.env.NEXTGEN_READY_BENCH_RSS;
if (file) {
  process.on('exit', () => {
    appendFileSync(file, `${process.resourceUsage().maxRSS * 1024}\n`);
  });
}
