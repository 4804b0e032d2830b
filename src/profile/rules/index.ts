/**
 * Every data rule, by what it checks: court profiles, the national procedures, the source
 * registry. The loader runs them after the schema; `validate` reports what they find.
 */
import type { CourtProfile, NationalProcedures, SourceRegistry } from '../schema.js';
import { acmsOnlyInCourtsOfAppeals } from './acms-only-in-courts-of-appeals.js';
import { contactLabelsArePlain } from './contact-labels-are-plain.js';
import { emailsPlainAscii } from './emails-plain-ascii.js';
import { factsSourced } from './facts-sourced.js';
import { goLiveBoundsAgree } from './go-live-bounds-agree.js';
import { goLiveNotesAgree } from './go-live-notes-agree.js';
import { helpDesksAreSharedBoxes } from './help-desks-are-shared-boxes.js';
import { idMatchesFileName } from './id-matches-file-name.js';
import { mfaDatesOrdered } from './mfa-dates-ordered.js';
import { noHttpInText } from './no-http-in-text.js';
import { overrideSaysSomething } from './override-says-something.js';
import { registryHttpsWhereItExists } from './registry-https-where-it-exists.js';
import { registryIdsUnique } from './registry-ids-unique.js';
import { relatedIsAnotherCourt } from './related-is-another-court.js';
import type { DataRule } from './rule.js';
import { sourcesRegistered } from './sources-registered.js';
import {
  courtStepPlaceholdersKnown,
  nationalStepPlaceholdersKnown,
} from './step-placeholders-known.js';
import { textIsSafe } from './text-is-safe.js';
import { urlsHaveTheirOwnHost } from './urls-have-their-own-host.js';

export type { DataRule, RuleContext } from './rule.js';

/** What every data file must be, whatever it holds: safe text, real hosts, sourced facts. */
const EVERY_FILE: readonly DataRule<unknown>[] = [
  textIsSafe,
  urlsHaveTheirOwnHost,
  sourcesRegistered,
  factsSourced,
  noHttpInText,
  emailsPlainAscii,
];

export const COURT_RULES: readonly DataRule<CourtProfile>[] = [
  ...EVERY_FILE,
  idMatchesFileName,
  goLiveBoundsAgree,
  courtStepPlaceholdersKnown,
  overrideSaysSomething,
  relatedIsAnotherCourt,
  acmsOnlyInCourtsOfAppeals,
  helpDesksAreSharedBoxes,
  contactLabelsArePlain,
  goLiveNotesAgree,
];

export const NATIONAL_RULES: readonly DataRule<NationalProcedures>[] = [
  ...EVERY_FILE,
  nationalStepPlaceholdersKnown,
  mfaDatesOrdered,
];

export const REGISTRY_RULES: readonly DataRule<SourceRegistry>[] = [
  textIsSafe,
  urlsHaveTheirOwnHost,
  registryIdsUnique,
  registryHttpsWhereItExists,
];
