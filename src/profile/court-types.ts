/** The kinds of court, as plain data: the schema and the court finder both use it. */
export const COURT_TYPES = ['district', 'bankruptcy', 'appellate'] as const;
export type CourtTypeName = (typeof COURT_TYPES)[number];
