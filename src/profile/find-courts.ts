/**
 * Finding a court: the `courts` filters read from what a user typed, and the courts that match
 * them. Reading a filter throws a UserError naming the allowed values and the nearest one;
 * matching is pure.
 */
import { UserError } from '../errors.js';
import { cutText } from '../safe-text.js';
import { describeRejected } from '../suggest.js';
import { findJurisdiction, JURISDICTIONS, type Jurisdiction } from './jurisdictions.js';
import { COURT_TYPES, type CourtTypeName } from './court-types.js';
import type { CourtProfile } from './schema.js';

/**
 * What finding a court reads of it: a whole profile has it, and so has the catalog's summary of
 * one (catalog/court-summary.ts), which `courts` lists without parsing every profile.
 */
export interface CourtFacets extends Pick<
  CourtProfile,
  'id' | 'name' | 'shortName' | 'type' | 'jurisdiction' | 'related'
> {
  helpDesks: readonly { division?: string }[];
}

export interface CourtFilters {
  type?: CourtTypeName;
  jurisdiction?: Jurisdiction;
  /** The court of appeals' id: ca1 ... ca11, cadc, cafc. */
  circuit?: string;
  search?: string;
  county?: string;
}

/** What the user typed, as commander hands it over. */
export interface RawCourtFilters {
  type?: unknown;
  state?: unknown;
  circuit?: unknown;
  search?: unknown;
  county?: unknown;
}

const CIRCUIT_VALUES = [
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '10',
  '11',
  'dc',
  'federal',
] as const;

/** The court of appeals a `--circuit` value names: "9", "ca9", "dc", "federal". */
export function readCircuit(text: string): string {
  const typed = text.trim().toLowerCase().replace(/^ca/, '').replace(/\./g, '');
  if (/^\d+$/.test(typed) && Number(typed) >= 1 && Number(typed) <= 11) return `ca${Number(typed)}`;
  if (typed === 'dc') return 'cadc';
  if (typed === 'federal' || typed === 'fed' || typed === 'fc') return 'cafc';
  throw new UserError(
    `--circuit: ${describeRejected(typed, CIRCUIT_VALUES, 'is not a circuit', 'this value', 3)}; expected 1 to 11, dc or federal`,
  );
}

/** Reads and checks the filters; throws a UserError with one line for the first bad one. */
export function readCourtFilters(raw: RawCourtFilters): CourtFilters {
  const filters: CourtFilters = {};
  const text = (value: unknown) =>
    value === undefined || value === null ? undefined : String(value).trim();
  const type = text(raw.type);
  if (type !== undefined) {
    const wanted = COURT_TYPES.find((courtType) => courtType === type.toLowerCase());
    if (wanted === undefined) {
      throw new UserError(
        `--type: ${describeRejected(type, COURT_TYPES, 'is not a court type', 'this value', 3)}; expected one of: ${COURT_TYPES.join(', ')}`,
      );
    }
    filters.type = wanted;
  }
  const state = text(raw.state);
  if (state !== undefined) {
    const jurisdiction = findJurisdiction(state);
    if (!jurisdiction) {
      // Two letters look like a postal code; anything longer like a name.
      const names = JURISDICTIONS.map((each) => (state.length <= 2 ? each.code : each.name));
      throw new UserError(
        `--state: ${describeRejected(state, names, 'is not a state or territory', 'this value', 3)}; give a postal code (AZ) or a name (Arizona)`,
      );
    }
    filters.jurisdiction = jurisdiction;
  }
  const circuit = text(raw.circuit);
  if (circuit !== undefined) filters.circuit = readCircuit(circuit);
  const search = text(raw.search);
  if (search !== undefined && search !== '') filters.search = search;
  const county = text(raw.county);
  if (county !== undefined) {
    if (!filters.jurisdiction) {
      throw new UserError(
        `--county needs --state: county names repeat across states (e.g. --county "${cutText(county)}" --state AZ)`,
      );
    }
    if (county === '') throw new UserError('--county: give a county name, e.g. --county Maricopa');
    filters.county = county;
  }
  return filters;
}

/** The court of appeals a court belongs to: itself, or its related circuit. */
export function circuitOf(profile: CourtFacets): string | undefined {
  if (profile.type === 'appellate') return profile.id;
  return profile.related.find((related) => related.relation === 'circuit')?.id;
}

/** Words a search may hold that name no court: "court of the district of ...". */
const FILLER = new Set(['the', 'of', 'for', 'court', 'courts', 'us', 'u.s.', 'united', 'states']);

/** What a court is called in words a user may type: the kinds of court, each its own way. */
const TYPE_WORDS: Record<CourtProfile['type'], string> = {
  district: 'district',
  bankruptcy: 'bankruptcy bankr',
  appellate: 'appellate appeals circuit',
};

/**
 * True when every word of the search text names the court: its id, name, short name, state
 * (or its postal code), kind ("bankruptcy", "appeals"), or a city its offices are in. So
 * "western texas" finds the Western District's courts and "texas bank" the Texas bankruptcy
 * courts, though neither phrase is written anywhere whole.
 */
function matchesSearch(profile: CourtFacets, search: string): boolean {
  const code = profile.jurisdiction
    ? findJurisdiction(profile.jurisdiction)?.code.toLowerCase()
    : undefined;
  const text = [
    profile.id,
    profile.name,
    profile.shortName,
    profile.jurisdiction,
    TYPE_WORDS[profile.type],
    ...profile.helpDesks.map((desk) => desk.division),
  ]
    .filter((value): value is string => typeof value === 'string')
    .join(' ')
    .toLowerCase();
  const needle = search.toLowerCase().trim();
  if (text.includes(needle) || code === needle) return true;
  const words = needle.split(/[\s,]+/).filter((word) => word !== '' && !FILLER.has(word));
  return words.length > 0 && words.every((word) => text.includes(word) || word === code);
}

/**
 * The courts that match every filter, in the order given. `--state` matches the courts in that
 * state or territory and the court of appeals for its circuit; `countyCourts` (court ids) is
 * used when a county is asked for.
 */
export function matchCourts<Court extends CourtFacets>(
  profiles: readonly Court[],
  filters: CourtFilters,
  countyCourts?: ReadonlySet<string>,
): Court[] {
  const { jurisdiction } = filters;
  const stateCircuits = new Set(
    jurisdiction
      ? profiles
          .filter((profile) => profile.jurisdiction === jurisdiction.name)
          .map(circuitOf)
          .filter((id): id is string => id !== undefined)
      : [],
  );
  return profiles.filter((profile) => {
    if (filters.type && profile.type !== filters.type) return false;
    if (
      jurisdiction &&
      profile.jurisdiction !== jurisdiction.name &&
      !(profile.type === 'appellate' && stateCircuits.has(profile.id))
    )
      return false;
    if (filters.circuit && circuitOf(profile) !== filters.circuit) return false;
    if (filters.search && !matchesSearch(profile, filters.search)) return false;
    if (filters.county !== undefined && !countyCourts?.has(profile.id)) return false;
    return true;
  });
}

/**
 * The courts a picker shows for what was typed, best first: the court with that id; the
 * courts of a state named or coded exactly ("ct", "new york"), with its circuit's court of
 * appeals; then every court whose id, name, short name or state contains the text. Empty
 * text: every court, in the order given.
 */
export function searchCourts<Court extends CourtFacets>(
  profiles: readonly Court[],
  text: string,
): Court[] {
  const typed = text.trim().toLowerCase();
  if (typed === '') return [...profiles];
  const jurisdiction = findJurisdiction(typed);
  const found = [
    ...profiles.filter((profile) => profile.id === typed),
    ...(jurisdiction ? matchCourts(profiles, { jurisdiction }) : []),
    ...profiles.filter((profile) => matchesSearch(profile, typed)),
  ];
  return [...new Set(found)];
}
