/**
 * `nextgen-ready courts`: the courts with their NextGen status and go-live date, and finding
 * one by type, state, circuit, county or a search text.
 */
import { Chalk } from 'chalk';
import type { z } from 'zod';
import { countOf } from '../counts.js';
import { readingWidth, tableWidth } from '../render/columns.js';
import { LIVE_STATUS_WORDS } from '../render/status-words.js';
// Bundled with the listing, not loaded from its own bundle: a bundle's loading costs more than
// the 11 kB this adds to `courts --format json` (issue 22's start-up).
import { columnsThatFit, columnWidths, tableLine, wrap } from '../render/layout.js';
import { cutText, toSafeJson, toSafeLine, toSafeText } from '../safe-text.js';
import { describeRejected } from '../suggest.js';
import { acmsFields, shortAcms } from '../profile/acms.js';
import { goLiveFields } from '../profile/go-live.js';
import { loadCatalog, type Catalog } from '../catalog/catalog.js';
import type { IsoDate } from '../dates.js';
import { UserError } from '../errors.js';
import {
  matchCourts,
  readCourtFilters,
  type CourtFilters,
  type RawCourtFilters,
} from '../profile/find-courts.js';
import { citedSources, mergeDataAsOf } from '../plan/cited-sources.js';
import { summarizeCourt, type CourtSummary } from '../catalog/court-summary.js';
import type { CourtListingSchema } from '../plan/output-schema.js';
import { describeDataAge } from '../render/references.js';
import { liveStatus } from '../plan/live-status.js';
import type { StoredFeed } from '../feed/store.js';
import type { Outcome } from './exit-codes.js';
import { colorLevelFor, columnsOf, type Io } from './io.js';
import { namedCourtIds, readAsOf, readCourtIds } from './shared.js';
import { warnAboutData } from './data-age.js';

export interface CourtsOptions extends RawCourtFilters {
  /** One court's id (`courts ctd`): its facts, instead of a list. */
  id?: string;
  format?: 'text' | 'json';
  asOf?: string;
  color?: boolean;
  courtsDir?: string[];
}

/** One court as `courts --format json` lists it (schema/court-list.schema.json). */
export type CourtListing = z.infer<typeof CourtListingSchema>;

/** The listing of one court on a day, from its summary. */
export function listCourt(court: CourtSummary, asOf: string): CourtListing {
  const { liveBy } = court.nextGen;
  const nextGen: CourtListing['nextGen'] = {
    status: liveStatus(court, asOf),
    ...goLiveFields(court.nextGen),
  };
  if (liveBy) nextGen.liveBy = liveBy.date;
  return {
    id: court.id,
    name: court.name,
    type: court.type,
    jurisdiction: court.jurisdiction,
    nextGen,
    ...(court.acms ? { acms: acmsFields(court.acms, asOf) } : {}),
    ecfUrl: court.ecf.url,
    dataAsOf: court.dataAsOf,
  };
}

/** The filters as the user wrote them, for messages: `--state AZ --type district`. */
function describeFilters(options: RawCourtFilters): string {
  return (['type', 'state', 'circuit', 'county', 'search'] as const)
    .filter((key) => options[key] !== undefined)
    .map((key) => {
      const value = cutText(String(options[key]));
      return `--${key} ${/\s/.test(value) ? `"${value}"` : value}`;
    })
    .join(' ');
}

/**
 * The courts covering the county, and a hint when the feed lists no such county. The counties
 * are a downloaded feed's where one is in force (the bundled ones for courts it lacks).
 */
async function countyCourts(
  filters: CourtFilters,
  stored: StoredFeed | undefined,
): Promise<{ ids?: Set<string>; hint?: string }> {
  if (filters.county === undefined || !filters.jurisdiction) return {};
  const { findCounty, loadCounties } = await import('../profile/counties.js');
  const bundled = await loadCounties();
  const counties = stored
    ? {
        ...bundled,
        courts: {
          ...Object.fromEntries(
            stored.status.missing.flatMap((id) => {
              const byState = bundled.courts[id];
              return byState ? [[id, byState]] : [];
            }),
          ),
          ...stored.counties(),
        },
      }
    : bundled;
  const match = findCounty(counties, filters.jurisdiction.name, filters.county);
  if (match.county !== undefined) return { ids: new Set(match.courtIds) };
  const state = filters.jurisdiction.name;
  return {
    ids: new Set(),
    hint:
      match.countiesInState.length === 0
        ? `PACER's court feed lists no counties for ${state}; try \`nextgen-ready courts --state ${filters.jurisdiction.code}\`.`
        : `PACER's court feed lists no county ${describeRejected(filters.county, match.countiesInState, `in ${state}`, 'by that name', 3)}` +
          `; its county lists are incomplete for some courts, so also try \`nextgen-ready courts --state ${filters.jurisdiction.code}\`.`,
  };
}

/** Lists the courts that match the filters (all of them when none is given), or shows one. */
export async function courts(options: CourtsOptions, io: Io): Promise<Outcome> {
  const asOf = readAsOf(options.asOf, io);
  const given = describeFilters(options);
  if (options.id !== undefined && given !== '')
    throw new UserError(`courts ${cutText(options.id)} shows one court; ${given} filters a list`, {
      hint: 'Give a court id alone, or filters alone.',
    });
  const filters = readCourtFilters(options);
  const catalog = await loadCatalog({ courtsDirs: options.courtsDir ?? [], env: io.env });
  warnAboutData(catalog.feed, io);
  if (options.id !== undefined) {
    // `courts texas`: not an id, but words that name courts, listed as --search lists them.
    const named = catalog.courts.has(options.id) ? [] : await namedCourtIds(catalog, options.id);
    if (named.length === 0) return showCourt(options.id, asOf, catalog, options, io);
    return courts({ ...options, id: undefined, search: options.id }, io);
  }
  const county = await countyCourts(filters, catalog.feed.stored);
  // Summaries, not profiles: a listing parses neither the 201 profiles nor the registry.
  const matched = matchCourts([...catalog.summaries.values()], filters, county.ids);
  const listings = matched.map((court) => listCourt(court, asOf));
  if (listings.length === 0) {
    // Finding nothing is an answer, not an error: say so on stderr and keep stdout parseable.
    io.stderr.write(
      `${toSafeLine(`No court matches ${describeFilters(options)}.`)}\n${toSafeLine(county.hint ?? 'Try fewer filters, or `nextgen-ready courts` for the full list.')}\n`,
    );
  }
  if (options.format === 'json') {
    io.stdout.write(`${toSafeJson(JSON.stringify(listings, null, 2))}\n`);
    return 'ok';
  }
  if (listings.length === 0) return 'ok';
  const c = new Chalk({ level: colorLevelFor(io.stdout, io.env, options.color) });
  // Profiles from --courts-dir are validated, and shown safe all the same.
  const rows = listings.map((court) =>
    [
      court.id,
      court.type,
      LIVE_STATUS_WORDS[court.nextGen.status].cell,
      shortGoLive(court.nextGen),
      shortAcms(court.acms),
      court.ecfUrl,
      court.name,
    ].map(toSafeText),
  );
  const header = ['ID', 'TYPE', `ON ${asOf}`, 'GO-LIVE', `ACMS ON ${asOf}`, 'CM/ECF', 'NAME'];
  const allWidths = columnWidths(header, rows);
  // A terminal's table is cut to its width, so no row wraps; a file or a pipe gets it whole.
  const width = io.stdout.isTTY ? tableWidth(columnsOf(io.stdout, io.env)) : undefined;
  // Too narrow for every column: the id and the name stay; what can be had otherwise goes
  // first (the CM/ECF address is the id's; a court of appeals' ACMS; the type is in the name).
  const kept = columnsThatFit(allWidths, width, [CMECF_COLUMN, ACMS_COLUMN, 1, 3], 30);
  const pick = <T>(cells: readonly T[]) => kept.map((column) => cells[column] as T);
  const widths = pick(allWidths);
  // One write: a line each would be a system call each, on a file or a pipe.
  const lines = [c.bold(tableLine(pick(header), widths, width))];
  for (const row of rows) lines.push(tableLine(pick(row), widths, width));
  const dropped = kept.includes(CMECF_COLUMN) ? '' : ' CM/ECF: https://ecf.<id>.uscourts.gov.';
  const footer = `${countOf(rows.length, 'court')}.${dropped} One court's facts: nextgen-ready courts <id>; your plan: nextgen-ready check --court <id>`;
  lines.push(c.dim(width === undefined ? footer : wrap(footer, width, '', '')));
  const age = describeDataAge(mergeDataAsOf(listings.map((court) => court.dataAsOf)));
  const ageLine = `Court data: ${age}`;
  lines.push(c.dim(width === undefined ? ageLine : wrap(ageLine, width, '', '')));
  io.stdout.write(`${lines.join('\n')}\n`);
  return 'ok';
}

/** The columns of the list a narrow terminal may leave out first. */
const CMECF_COLUMN = 5;
const ACMS_COLUMN = 4;

/** `courts <id>`: one court's facts, with their sources, in text or JSON. */
async function showCourt(
  id: string,
  asOf: IsoDate,
  catalog: Catalog,
  options: CourtsOptions,
  io: Io,
): Promise<Outcome> {
  const [known] = await readCourtIds([id], [...catalog.courts.keys()], 'courts');
  const profile = catalog.courts.get(known ?? id);
  if (!profile) throw new Error(`court ${id} passed the id check but has no profile`);
  const nameOf = (other: string) => catalog.courts.get(other)?.name;
  // One court's card is loaded only for it: the list does without it.
  const { courtCard } = await import('../plan/court-card.js');
  const lines = courtCard(
    profile,
    nameOf,
    (source) => catalog.sources.get(source)?.kind === 'third-party',
  );
  const listing = listCourt(summarizeCourt(profile, catalog.sources), asOf);
  const sources = citedSources(
    lines.flatMap((line) => line.sources),
    catalog.sources,
  );
  if (options.format === 'json') {
    io.stdout.write(
      `${toSafeJson(JSON.stringify({ ...listing, facts: lines, sources }, null, 2))}\n`,
    );
    return 'ok';
  }
  const c = new Chalk({ level: colorLevelFor(io.stdout, io.env, options.color) });
  const { renderCourtCard } = await import('../render/court-card-text.js');
  const summary = [
    profile.type,
    ...(profile.jurisdiction ? [profile.jurisdiction] : []),
    `${LIVE_STATUS_WORDS[listing.nextGen.status].phrase} on ${asOf}`,
    `go-live ${shortGoLive(listing.nextGen)}`,
    ...(listing.acms ? [`ACMS: ${shortAcms(listing.acms)}`] : []),
  ].join(' · ');
  const age = describeDataAge(listing.dataAsOf);
  const text = renderCourtCard(
    {
      id: profile.id,
      name: profile.name,
      summary,
      lines,
      sources,
      footer: [
        `Court data: ${age}`,
        `Your own plan for this court: nextgen-ready check --court ${profile.id}`,
      ],
    },
    c,
    readingWidth(io.stdout.isTTY ? columnsOf(io.stdout, io.env) : undefined),
  );
  io.stdout.write(toSafeText(text));
  return 'ok';
}

/** The go-live in a table cell: the date at its precision, and the live-by bound if no day. */
export function shortGoLive(nextGen: CourtListing['nextGen']): string {
  const bound = nextGen.liveBy ? `; by ${nextGen.liveBy}` : '';
  switch (nextGen.precision) {
    case 'day':
      return nextGen.date ?? '';
    case 'window':
      return `${nextGen.from ?? ''}..${nextGen.to ?? ''}`;
    case 'month':
      return `${nextGen.month ?? ''} (month)${bound}`;
    case 'expected-month':
      return `expected ${nextGen.month ?? ''}${bound}`;
    case 'unknown':
      return `unknown${bound}`;
  }
}
