// The floor of the roster's CSV path: csv-parse alone reading the same file, counting rows, with
// nothing else done to them. `npm run bench` times it beside `roster --format csv`: the ratio is
// what the tool spends on each row beyond parsing it.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

let rows = 0;
for await (const record of createReadStream(process.argv[2]).pipe(
  parse({ bom: true, relax_column_count: true }),
))
  if (record.length > 0) rows++;
process.stderr.write(`${rows - 1} rows\n`);
