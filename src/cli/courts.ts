/** `nextgen-ready courts`: the courts with their NextGen status and go-live date. */
import { Chalk } from 'chalk';
import { describeGoLive } from '../profile/go-live.js';
import { loadCatalog } from '../profile/catalog.js';
import type { CourtProfile } from '../profile/schema.js';
import { liveStatus, type LiveStatus } from '../plan/go-live.js';
import { colorLevelFor, type Io } from './io.js';
import { readAsOf } from './shared.js';

export interface CourtsOptions {
  format?: 'text' | 'json';
  asOf?: string;
  color?: boolean;
  courtsDir?: string[];
}

/** One court as `courts --format json` lists it. */
export interface CourtListing {
  id: string;
  name: string;
  type: CourtProfile['type'];
  jurisdiction: string | null;
  nextGen: {
    status: LiveStatus;
    precision: CourtProfile['nextGen']['goLive']['precision'];
    goLive: string;
    date?: string;
    from?: string;
    to?: string;
    month?: string;
    liveBy?: string;
  };
  ecfUrl: string;
}

/** The listing of one profile on a day. */
export function listCourt(profile: CourtProfile, asOf: string): CourtListing {
  const { goLive, liveBy } = profile.nextGen;
  const nextGen: CourtListing['nextGen'] = {
    status: liveStatus(profile, asOf),
    precision: goLive.precision,
    goLive: describeGoLive(profile.nextGen),
  };
  if (goLive.precision === 'day') nextGen.date = goLive.date;
  if (goLive.precision === 'window') Object.assign(nextGen, { from: goLive.from, to: goLive.to });
  if (goLive.precision === 'month' || goLive.precision === 'expected-month')
    nextGen.month = goLive.month;
  if (liveBy) nextGen.liveBy = liveBy.date;
  return {
    id: profile.id,
    name: profile.name,
    type: profile.type,
    jurisdiction: profile.jurisdiction,
    nextGen,
    ecfUrl: profile.ecf.url,
  };
}

/** Lists the courts. */
export async function courts(options: CourtsOptions, io: Io): Promise<number> {
  const asOf = readAsOf(options.asOf, io);
  const catalog = await loadCatalog({ courtsDirs: options.courtsDir ?? [] });
  const listings = [...catalog.courts.values()].map((profile) => listCourt(profile, asOf));
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify(listings, null, 2)}\n`);
    return 0;
  }
  const c = new Chalk({ level: colorLevelFor(io.stdout, io.env, options.color) });
  const rows = listings.map((court) => [
    court.id,
    court.type,
    court.nextGen.status === 'live'
      ? 'live'
      : court.nextGen.status === 'not-live'
        ? 'not live'
        : 'unknown',
    court.nextGen.goLive,
    court.ecfUrl,
    court.name,
  ]);
  const header = ['ID', 'TYPE', `ON ${asOf}`, 'NEXTGEN GO-LIVE', 'CM/ECF', 'NAME'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ');
  io.stdout.write(`${c.bold(line(header))}\n`);
  for (const row of rows) io.stdout.write(`${line(row)}\n`);
  io.stdout.write(
    `${c.dim(`${rows.length} court(s). Details: nextgen-ready check --court <id>`)}\n`,
  );
  return 0;
}
