/**
 * How the generated profiles name a court, and the territories whose district court also hears
 * bankruptcy cases: shared by the generator and by the reading of a downloaded feed, so both
 * label a court's CM/ECF and website alike.
 */
import type { CourtTypeName } from '../profile/court-types.js';

/** What the court list (sources/reference/federal-courts.json, from courts-db) gives of a court. */
export interface CourtIdentity {
  id: string;
  type: CourtTypeName;
  jurisdiction: string | null;
  /** "https://ecf.<id>.uscourts.gov". */
  ecfUrl: string;
  /** The court's website as courts-db gives it, or null where it gives none of the court's own. */
  website: string | null;
}

/** The territories whose district court also hears bankruptcy cases, by district id. */
export const TERRITORIAL: Readonly<Record<string, { court: string; feedShows: string }>> = {
  gud: {
    court: 'District Court of Guam',
    feedShows:
      'PACER\'s feed names the court of its bankruptcy CM/ECF (GUBK) "District Court of Guam"',
  },
  nmid: {
    court: 'District Court for the Northern Mariana Islands',
    feedShows:
      "PACER's feed gives its bankruptcy CM/ECF (NMIBK) the district court's e-mail domain (ecf-nmib@nmid.uscourts.gov)",
  },
  vid: {
    court: 'District Court of the Virgin Islands',
    feedShows:
      'PACER\'s feed names the court of its bankruptcy CM/ECF (VIBK) "District Court of the Virgin Islands - Bankruptcy Division"',
  },
};

const DIRECTIONS: Record<string, string> = {
  n: 'Northern',
  s: 'Southern',
  e: 'Eastern',
  w: 'Western',
  m: 'Middle',
  c: 'Central',
};
const ORDINALS = [
  'First',
  'Second',
  'Third',
  'Fourth',
  'Fifth',
  'Sixth',
  'Seventh',
  'Eighth',
  'Ninth',
  'Tenth',
  'Eleventh',
];

/** The district court's id for a district or bankruptcy court id: azb → azd. */
export const districtOf = (id: string) => `${id.slice(0, -1)}d`;
/** The bankruptcy court's id for a district or bankruptcy court id: azd → azb. */
export const bankruptcyOf = (id: string) => `${id.slice(0, -1)}b`;

/** "Middle District of Alabama", from the id and the jurisdiction. */
export function districtPhrase(court: Pick<CourtIdentity, 'id' | 'jurisdiction'>): string {
  const base = court.id.slice(0, -1);
  if (base === 'dc') return 'District of Columbia';
  const jurisdiction = court.jurisdiction;
  if (!jurisdiction) throw new Error(`${court.id}: a district needs a jurisdiction`);
  if (base.length === 2) return `District of ${jurisdiction}`;
  const direction = DIRECTIONS[base.slice(2)];
  if (base.length === 3 && direction) return `${direction} District of ${jurisdiction}`;
  throw new Error(`${court.id}: cannot tell the district from the id`);
}

/** How sentences name the court: "District of Arizona", "Court of Appeals for the Ninth Circuit". */
export function shortNameOf(court: Pick<CourtIdentity, 'id' | 'type' | 'jurisdiction'>): string {
  if (court.type === 'appellate') {
    if (court.id === 'cadc') return 'Court of Appeals for the D.C. Circuit';
    if (court.id === 'cafc') return 'Court of Appeals for the Federal Circuit';
    const ordinal = ORDINALS[Number(court.id.slice(2)) - 1];
    if (!ordinal) throw new Error(`${court.id}: not a numbered circuit`);
    return `Court of Appeals for the ${ordinal} Circuit`;
  }
  const territorial = TERRITORIAL[districtOf(court.id)];
  if (territorial)
    return court.type === 'district' ? territorial.court : `${territorial.court} (bankruptcy)`;
  const district = districtPhrase(court);
  return court.type === 'district' ? district : `Bankruptcy Court for the ${district}`;
}
