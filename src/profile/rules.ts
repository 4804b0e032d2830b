/**
 * Cross-field rules that a schema cannot say: each is a small named function that reports
 * problems at a path. They run only on data that already passed the schema.
 */
import { describeUnsafeText } from '../safe-text.js';
import { goLiveBounds } from './go-live.js';
import {
  SOURCE_ID,
  STEP_PLACEHOLDERS,
  type CourtProfile,
  type NationalProcedures,
  type SourceRegistry,
  type Step,
} from './schema.js';
import { suggestNearest } from '../suggest.js';
import { citedSourceIds } from './sources.js';
import type { PathSegment } from '../io/yaml-source.js';

export interface RuleContext<T> {
  data: T;
  /** The file name without `.yaml`. */
  fileId: string;
  /** The ids of the source registry; when given, every cited id must be one of them. */
  knownSources?: ReadonlySet<string>;
  report(path: PathSegment[], message: string): void;
}
export type Rule<T> = (ctx: RuleContext<T>) => void;

const idMatchesFileName: Rule<CourtProfile> = ({ data, fileId, report }) => {
  if (data.id !== fileId)
    report(['id'], `id "${data.id}" must match the file name "${fileId}.yaml"`);
};

const goLiveBoundsAgree: Rule<CourtProfile> = ({ data, report }) => {
  const { goLive, liveBy, notLiveOn } = data.nextGen;
  if (goLive.precision === 'window' && goLive.from > goLive.to) {
    report(
      ['nextGen', 'goLive', 'to'],
      `window ends (${goLive.to}) before it starts (${goLive.from})`,
    );
  }
  const { earliest, latest } = goLiveBounds(data.nextGen);
  if (earliest !== undefined && latest !== undefined && earliest > latest) {
    const path = liveBy ? ['nextGen', 'liveBy', 'date'] : ['nextGen', 'notLiveOn', 'date'];
    report(
      path,
      `the dated facts contradict each other: go-live cannot be after ${earliest} and by ${latest}` +
        (notLiveOn ? ` (notLiveOn ${notLiveOn.date})` : ''),
    );
  }
};

const PLACEHOLDER = /\{([^{}]*)\}/g;

function checkPlaceholders(
  steps: readonly Step[],
  path: PathSegment[],
  report: RuleContext<unknown>['report'],
) {
  steps.forEach((step, index) => {
    const text = typeof step === 'string' ? step : step.text;
    for (const match of text.matchAll(PLACEHOLDER)) {
      const name = match[1] ?? '';
      if (!(STEP_PLACEHOLDERS as readonly string[]).includes(name)) {
        report(
          [...path, index],
          `unknown placeholder {${name}}; allowed: ${STEP_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
        );
      }
    }
  });
}

const courtStepPlaceholdersKnown: Rule<CourtProfile> = ({ data, report }) => {
  for (const [id, override] of Object.entries(data.procedures)) {
    if (override?.steps) checkPlaceholders(override.steps, ['procedures', id, 'steps'], report);
  }
};

const overrideSaysSomething: Rule<CourtProfile> = ({ data, report }) => {
  for (const [id, override] of Object.entries(data.procedures)) {
    if (!override) continue;
    if (override.mode !== 'replace' && !override.steps?.length) {
      report(
        ['procedures', id, 'mode'],
        `mode "${override.mode}" adds steps, so \`steps\` is required`,
      );
    }
    if (!override.title && !override.steps && !override.links && !override.contacts) {
      report(
        ['procedures', id],
        'an override needs at least one of: title, steps, links, contacts',
      );
    }
  }
};

const relatedIsAnotherCourt: Rule<CourtProfile> = ({ data, report }) => {
  data.related.forEach((related, index) => {
    if (related.id === data.id)
      report(['related', index, 'id'], 'a court cannot be related to itself');
  });
  const bankruptcy = data.related.filter((related) => related.relation === 'bankruptcy');
  if (bankruptcy.length > 1) report(['related'], 'at most one related bankruptcy court');
};

/** Every string in the data, with its path. */
function* stringsOf(value: unknown, path: PathSegment[] = []): Generator<[PathSegment[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value))
    for (const [index, item] of value.entries()) yield* stringsOf(item, [...path, index]);
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) yield* stringsOf(item, [...path, key]);
}

/**
 * No string may hold a terminal control character or a bidirectional override: a profile from
 * someone else's repository would otherwise retitle a terminal, clear it, write to the
 * clipboard (OSC 52) or make a URL read backwards wherever the tool shows the text. The
 * message says where, never the text itself.
 */
const textIsSafe: Rule<unknown> = ({ data, report }) => {
  for (const [path, text] of stringsOf(data)) {
    const unsafe = describeUnsafeText(text);
    if (unsafe) report(path, `holds ${unsafe}; remove it`);
  }
};

/**
 * Every URL (links, contact pages, sources) names its own host: no user name or password part.
 * `https://ecf.ctd.uscourts.gov@evil.example/` reads as the court's site and goes to
 * evil.example. The URL is not quoted back: a credentials part may be a real password.
 */
const urlsHaveTheirOwnHost: Rule<unknown> = ({ data, report }) => {
  for (const [path, text] of stringsOf(data)) {
    if (!/^https?:\/\//i.test(text)) continue;
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      report(path, 'is not a valid URL');
      continue;
    }
    if (url.username !== '' || url.password !== '')
      report(
        path,
        'the URL has a user name or password part (text before "@"), which hides the host it goes to; remove it',
      );
    else if (url.hostname === '') report(path, 'the URL names no host');
  }
};

/** A cited source id must be an entry of the registry (a URL is taken as it is). */
const sourcesRegistered: Rule<unknown> = ({ data, knownSources, report }) => {
  if (!knownSources) return;
  for (const [path, id] of citedSourceIds(data)) {
    if (!SOURCE_ID.test(id) || knownSources.has(id)) continue;
    const near = suggestNearest(id, [...knownSources], 1);
    report(
      path,
      `source "${id}" is not in sources/registry.yaml${near.length ? ` (did you mean "${near[0]}"?)` : ''}; add it there, or cite an https URL`,
    );
  }
};

// ACMS is the courts of appeals' system: a district or bankruptcy court has nothing to say of it.
const acmsOnlyInCourtsOfAppeals: Rule<CourtProfile> = ({ data, report }) => {
  if (data.acms !== undefined && data.type !== 'appellate')
    report(['acms'], `only a court of appeals files in ACMS; this court's type is ${data.type}`);
};

export const COURT_RULES: readonly Rule<CourtProfile>[] = [
  textIsSafe,
  urlsHaveTheirOwnHost,
  sourcesRegistered,
  idMatchesFileName,
  goLiveBoundsAgree,
  courtStepPlaceholdersKnown,
  overrideSaysSomething,
  relatedIsAnotherCourt,
  acmsOnlyInCourtsOfAppeals,
];

const nationalStepPlaceholdersKnown: Rule<NationalProcedures> = ({ data, report }) => {
  for (const [id, procedure] of Object.entries(data.procedures)) {
    checkPlaceholders(procedure.steps, ['procedures', id, 'steps'], report);
  }
};

const mfaDatesOrdered: Rule<NationalProcedures> = ({ data, report }) => {
  if (data.facts.mfaRequiredBy.date < data.facts.mfaEnrollmentBegan.date) {
    report(['facts', 'mfaRequiredBy', 'date'], 'MFA cannot be required before enrolment began');
  }
};

export const NATIONAL_RULES: readonly Rule<NationalProcedures>[] = [
  textIsSafe,
  urlsHaveTheirOwnHost,
  sourcesRegistered,
  nationalStepPlaceholdersKnown,
  mfaDatesOrdered,
];

const registryIdsUnique: Rule<SourceRegistry> = ({ data, report }) => {
  const seen = new Map<string, number>();
  data.sources.forEach((entry, index) => {
    const first = seen.get(entry.id);
    if (first !== undefined)
      report(['sources', index, 'id'], `id "${entry.id}" is already used by entry ${first + 1}`);
    else seen.set(entry.id, index);
  });
};

// Every uscourts.gov site (courts and PACER) is served over https: an http address there is
// only ever a stale copy of an https one.
const registryHttpsWhereItExists: Rule<SourceRegistry> = ({ data, report }) => {
  data.sources.forEach((entry, index) => {
    for (const key of ['url', 'foundAt'] as const) {
      const url = entry[key];
      if (url && /^http:\/\/([^/]*\.)?uscourts\.gov(\/|$)/i.test(url))
        report(['sources', index, key], `${url} is also served over https: write https://`);
    }
  });
};

export const REGISTRY_RULES: readonly Rule<SourceRegistry>[] = [
  textIsSafe,
  urlsHaveTheirOwnHost,
  registryIdsUnique,
  registryHttpsWhereItExists,
];
