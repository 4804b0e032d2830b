/**
 * What a court of appeals' profile says of ACMS, its Appellate Case Management System, on a
 * given day: which new cases are filed there rather than in CM/ECF, in words and as data.
 * Pure: `courts` and the plan both read it. A move whose day the facts cannot place is never
 * claimed to have happened, or not, on a day in between: it is "possibly" then.
 */
import { formatDay, type IsoDate } from '../dates.js';
import type { Acms, AcmsMove } from './schema.js';
import { sourcesOf } from './sources.js';

/**
 * On the day: all new cases are filed in ACMS; some case types are; none yet; the facts cannot
 * say; or no public statement of a move was found for this court.
 */
export type AcmsStatus =
  'all-new-cases' | 'some-case-types' | 'not-yet' | 'unknown' | 'no-statement-found';

/** A move as the output shows it. */
export interface AcmsMoveFields {
  cases: AcmsMove['cases'];
  caseTypes?: string;
  from?: IsoDate;
  to?: IsoDate;
  sources: string[];
}

/** The ACMS facts of a court on a day: what `courts --format json` and the plan both show. */
export interface AcmsFields {
  status: AcmsStatus;
  /** The whole state in words, for the court header (without a leading "ACMS:"). */
  summary: string;
  /** What new cases are (or may be) filed in ACMS on the day, in words; absent when none are. */
  inAcms?: string;
  moves: AcmsMoveFields[];
  /** What happens to cases opened in CM/ECF before, as the court says. */
  existingCases?: string;
  /** Where filers log in to ACMS. */
  portal?: string;
  /** The day the court's statements (or its pages, when none was found) were last read. */
  checked: IsoDate;
  sources: string[];
}

/** A move has surely happened by `asOf`. */
function started(move: AcmsMove, asOf: IsoDate): boolean {
  const latest = move.to ?? move.from;
  return latest !== undefined && asOf >= latest;
}

/** A move may or may not have happened by `asOf`: the day falls in its window, or before its bound. */
function possible(move: AcmsMove, asOf: IsoDate): boolean {
  if (started(move, asOf) || move.to === undefined) return false;
  return move.from === undefined || asOf >= move.from;
}

function casesOf(move: AcmsMove): string {
  if (move.cases === 'all-new') return 'all new cases';
  return move.caseTypes ?? 'case types the sources found do not name';
}

/** "immigration petitions for review opened since May 1, 2021" */
function describeMove(move: AcmsMove): string {
  const cases = casesOf(move);
  if (move.to === undefined) return `${cases} opened since ${formatDay(move.from ?? '')}`;
  if (move.from === undefined)
    return `${cases} (in ACMS by ${formatDay(move.to)}; since when is not known)`;
  return `${cases} (moved on a day between ${formatDay(move.from)} and ${formatDay(move.to)})`;
}

/** The court's ACMS status on `asOf`. */
export function acmsStatus(acms: Acms, asOf: IsoDate): AcmsStatus {
  if (acms.status === 'no-statement-found') return 'no-statement-found';
  const done = acms.moves.filter((move) => started(move, asOf));
  if (done.some((move) => move.cases === 'all-new')) return 'all-new-cases';
  if (done.length > 0) return 'some-case-types';
  return acms.moves.some((move) => possible(move, asOf)) ? 'unknown' : 'not-yet';
}

/** True when new cases of some type are, or may be, filed in ACMS on the day. */
export function acmsMayHoldCases(status: AcmsStatus): boolean {
  return status === 'all-new-cases' || status === 'some-case-types' || status === 'unknown';
}

/** Every source of a court's ACMS facts. */
export function acmsSources(acms: Acms): string[] {
  if (acms.status === 'no-statement-found') return sourcesOf(acms.source);
  return [
    ...acms.moves.flatMap((move) => sourcesOf(move.source)),
    ...(acms.existingCases ? sourcesOf(acms.existingCases.source) : []),
    ...(acms.portal ? sourcesOf(acms.portal.source) : []),
  ];
}

/** A move as the output shows it, its keys in a stable order. */
function moveFields(move: AcmsMove): AcmsMoveFields {
  return {
    cases: move.cases,
    ...(move.caseTypes !== undefined ? { caseTypes: move.caseTypes } : {}),
    ...(move.from !== undefined ? { from: move.from } : {}),
    ...(move.to !== undefined ? { to: move.to } : {}),
    sources: sourcesOf(move.source),
  };
}

/** The state in a sentence, for a court header. */
function summarise(
  status: AcmsStatus,
  moves: readonly AcmsMove[],
  asOf: IsoDate,
  inAcms: string,
  existing: string,
): string {
  switch (status) {
    case 'not-yet': {
      const first = moves.find((move) => move.from !== undefined);
      return `not yet in use on this day${first?.from ? ` (from ${formatDay(first.from)}: ${casesOf(first)})` : ''}`;
    }
    case 'unknown':
      return `whether new cases were filed in ACMS on this day is not known: ${inAcms}. ${existing}`;
    case 'all-new-cases': {
      const done = moves.filter((move) => started(move, asOf));
      const all = done.find((move) => move.cases === 'all-new');
      const earlier = done.filter((move) => move !== all).map(describeMove);
      return (
        `${all ? describeMove(all) : 'all new cases'} are filed in ACMS` +
        (earlier.length > 0
          ? `, and before that some case types were: ${earlier.join('; ')}`
          : '') +
        `. ${existing}`
      );
    }
    default:
      return `some case types are filed in ACMS, other cases in CM/ECF: ${inAcms}. ${existing}`;
  }
}

/** The ACMS facts of a court on `asOf`, in words and as data. */
export function acmsFields(acms: Acms, asOf: IsoDate): AcmsFields {
  const status = acmsStatus(acms, asOf);
  const sources = [...new Set(acmsSources(acms))];
  if (acms.status === 'no-statement-found') {
    return {
      status,
      summary: `no public statement that this court files cases in ACMS was found (its pages were checked on ${formatDay(acms.checked)})`,
      moves: [],
      checked: acms.checked,
      sources,
    };
  }
  const parts = [
    ...acms.moves.filter((move) => started(move, asOf)).map(describeMove),
    ...acms.moves.filter((move) => possible(move, asOf)).map((m) => `possibly ${describeMove(m)}`),
  ];
  const inAcms = parts.length > 0 ? parts.join('; ') : undefined;
  const existing =
    acms.existingCases?.text ??
    'What happens to cases opened in CM/ECF before is not stated in the sources found.';
  return {
    status,
    summary: summarise(status, acms.moves, asOf, inAcms ?? '', existing),
    ...(inAcms !== undefined ? { inAcms } : {}),
    moves: acms.moves.map(moveFields),
    ...(acms.existingCases ? { existingCases: acms.existingCases.text } : {}),
    ...(acms.portal ? { portal: acms.portal.url } : {}),
    checked: acms.checked,
    sources,
  };
}

/** The state in a table cell: "all new since 2023-10-01", "some types by 2022-12-01", "none found". */
export function shortAcms(fields: AcmsFields | undefined): string {
  if (fields === undefined) return '-';
  switch (fields.status) {
    case 'no-statement-found':
      return 'none found';
    case 'not-yet':
      return 'not yet';
    case 'unknown':
      return 'unknown';
    case 'all-new-cases': {
      const all = fields.moves.find((move) => move.cases === 'all-new');
      return `all new since ${all?.from ?? all?.to ?? '?'}`;
    }
    case 'some-case-types': {
      const first = [...fields.moves]
        .map((move) => ({ day: move.from ?? move.to ?? '', by: move.from === undefined }))
        .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))[0];
      return `some types ${first?.by ? 'by' : 'since'} ${first?.day ?? '?'}`;
    }
  }
}
