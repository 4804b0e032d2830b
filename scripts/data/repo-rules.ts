/**
 * Rules that only make sense for the bundled data, run by `npm run lint` (scripts/data/lint.ts):
 * the repository's files in their canonical form, the registry and the seeds, the courts as a
 * set. Every rule that applies to one profile lives in src/profile/rules/ instead, so that
 * `validate` runs it on a firm's own profiles too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDay } from '../../src/dates.js';
import type { PathSegment } from '../../src/io/yaml-source.js';
import { objectsOf } from '../../src/profile/rules/rule.js';
import type { CourtProfile, SourceEntry } from '../../src/profile/schema.js';
import { citedSourceIds } from '../../src/profile/sources.js';
import { formatYaml, NotCanonicalError } from './canonical-yaml.js';
import type { DataFile } from './data-files.js';

export interface BundledData {
  files: readonly DataFile[];
  /** The merged profiles, by id. */
  courts: ReadonlyMap<string, CourtProfile>;
  registry: ReadonlyMap<string, SourceEntry>;
  /** Source ids cited outside the data files (the question catalogue). */
  citedElsewhere: ReadonlySet<string>;
  /** The seed documents' file names, and a reader for their text. */
  seeds: readonly string[];
  seedText(name: string): string;
}

export interface Finding {
  file: string;
  path?: PathSegment[];
  message: string;
}

export interface RepoRule {
  id: string;
  description: string;
  /** What to do about a finding, where one command does it. */
  tip?: string;
  check(data: BundledData): Finding[];
}

const canonicalForm: RepoRule = {
  id: 'canonical-form',
  description:
    'Every data file is in its canonical form: schema line, key order, quoting, wrapping.',
  tip: 'run `npm run data:fix` to rewrite the files in their canonical form',
  check({ files }) {
    return files.flatMap((file) => {
      try {
        return formatYaml(file.text, file.kind, file.schema) === file.text
          ? []
          : [{ file: file.path, message: 'is not in its canonical form' }];
      } catch (error) {
        if (error instanceof NotCanonicalError) return []; // the loader reports bad YAML
        throw error;
      }
    });
  },
};

const citationsOf = (files: readonly DataFile[]) =>
  files.flatMap((file) => [...citedSourceIds(file.value)].map(([, id]) => id));

const registryEntriesCited: RepoRule = {
  id: 'registry-entries-cited',
  description: 'Every entry of sources/registry.yaml is cited by some data file or question.',
  check({ files, registry, citedElsewhere }) {
    const cited = new Set([...citationsOf(files), ...citedElsewhere]);
    const index = [...registry.keys()];
    return index
      .filter((id) => !cited.has(id))
      .map((id) => ({
        file: 'sources/registry.yaml',
        path: ['sources', index.indexOf(id), 'id'],
        message: `entry "${id}" is cited by nothing; remove it, or cite it`,
      }));
  },
};

const seedsRegistered: RepoRule = {
  id: 'seeds-registered',
  description: 'Each seed document has exactly one registry entry, and that entry is cited.',
  check({ files, registry, seeds }) {
    const entries = [...registry.values()].filter((entry) => entry.kind === 'seed-document');
    const cited = new Set(citationsOf(files));
    const findings: Finding[] = [];
    for (const seed of seeds)
      if (!entries.some((entry) => entry.seedFile === seed))
        findings.push({ file: 'sources/registry.yaml', message: `seed ${seed} has no entry` });
    for (const entry of entries) {
      if (!seeds.includes(entry.seedFile ?? ''))
        findings.push({
          file: 'sources/registry.yaml',
          message: `entry "${entry.id}" names ${entry.seedFile ?? '(no file)'}, which is not in sources/seeds/`,
        });
      if (!cited.has(entry.id))
        findings.push({ file: 'sources/registry.yaml', message: `seed entry "${entry.id}" is cited by nothing` });
    }
    return findings;
  },
};

/**
 * A phone, e-mail, URL or date sourced only to seeds must appear in those seeds' text, unless a
 * `note` says what was corrected: the seeds hold typos, and a fact copied from one is checked.
 */
const seedFactsExact: RepoRule = {
  id: 'seed-facts-exact',
  description: "A fact sourced only to seed documents is in their text, or a note says why not.",
  check({ files, registry, seedText }) {
    const findings: Finding[] = [];
    for (const file of files) {
      for (const [path, object] of objectsOf(file.value)) {
        const source = object.source;
        const sources = typeof source === 'string' ? [source] : Array.isArray(source) ? source.map(String) : [];
        const seeds = sources.map((id) => registry.get(id)?.seedFile);
        if (sources.length === 0 || seeds.some((seed) => seed === undefined) || 'note' in object) continue;
        const text = seeds.map((seed) => seedText(seed ?? '')).join('\n');
        const digits = text.replace(/\D/g, '');
        const check = (key: string, what: string, found: boolean) => {
          if (!found)
            findings.push({ file: file.path, path: [...path, key], message: `${what} is not in ${sources.join(', ')}; copy it exactly, or add a note saying what was corrected` });
        };
        if (typeof object.phone === 'string')
          check('phone', object.phone, digits.includes(object.phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '')));
        if (typeof object.email === 'string') check('email', object.email, text.includes(object.email));
        if (typeof object.url === 'string') check('url', object.url, text.includes(object.url));
        if (typeof object.date === 'string') {
          const [year, month, day] = object.date.split('-').map(Number) as [number, number, number];
          const long = formatDay(object.date);
          const short = `${long.slice(0, 3)}. ${day}, ${year}`;
          check('date', object.date, [long, short, object.date, `${month}/${day}/${year}`].some((form) => text.includes(form)));
        }
      }
    }
    return findings;
  },
};

const relatedCourtsResolve: RepoRule = {
  id: 'related-courts-resolve',
  description:
    'Each district and its bankruptcy court name each other, in one circuit, and every court names an existing court of appeals.',
  check({ courts }) {
    const findings: Finding[] = [];
    const fileOf = (id: string) => `courts/generated/${id}.yaml`;
    const circuitOf = (id: string) => courts.get(id)?.related.find((r) => r.relation === 'circuit')?.id;
    for (const court of courts.values()) {
      if (court.type === 'appellate') continue;
      const circuit = circuitOf(court.id);
      if (!circuit || courts.get(circuit)?.type !== 'appellate')
        findings.push({ file: fileOf(court.id), path: ['related'], message: `names no existing court of appeals (${circuit ?? 'none'})` });
      if (court.type !== 'district') continue;
      const pair = court.related.find((r) => r.relation === 'bankruptcy')?.id;
      const bankruptcy = pair ? courts.get(pair) : undefined;
      if (!bankruptcy || bankruptcy.type !== 'bankruptcy')
        findings.push({ file: fileOf(court.id), path: ['related'], message: `names no existing bankruptcy court (${pair ?? 'none'})` });
      else if (bankruptcy.related.find((r) => r.relation === 'district')?.id !== court.id)
        findings.push({ file: fileOf(bankruptcy.id), path: ['related'], message: `does not name its district court ${court.id} back` });
      else if (circuitOf(bankruptcy.id) !== circuit)
        findings.push({ file: fileOf(bankruptcy.id), path: ['related'], message: `is in another circuit than its district court ${court.id}` });
    }
    return findings;
  },
};

const appealsRecordAcms: RepoRule = {
  id: 'appeals-record-acms',
  description: 'Every court of appeals says what is known of its move to ACMS, with the day checked.',
  check({ courts }) {
    return [...courts.values()]
      .filter((court) => court.type === 'appellate' && !court.acms)
      .map((court) => ({
        file: `courts/${court.id}.yaml`,
        message: 'a court of appeals needs `acms`: the moves its pages announce, or `status: no-statement-found` with the day checked',
      }));
  },
};

/** How many court files may carry one note text before it belongs in courts/defaults.yaml. */
export const MAX_FILES_PER_NOTE = 5;

const notesNotRepeated: RepoRule = {
  id: 'notes-not-repeated',
  description: `No maintainers' note text appears in more than ${MAX_FILES_PER_NOTE} court files.`,
  tip: 'state it once: in courts/defaults.yaml, or as a rule in the README; keep per-court notes for what is particular to the court',
  check({ files }) {
    const where = new Map<string, { file: string; path: PathSegment[] }[]>();
    for (const file of files) {
      if (file.kind !== 'court-layer' && file.kind !== 'generated-layer') continue;
      const seen = new Set<string>();
      for (const [path, object] of objectsOf(file.value)) {
        const note = object.note;
        if (typeof note !== 'string' || seen.has(note)) continue;
        seen.add(note);
        where.set(note, [...(where.get(note) ?? []), { file: file.path, path: [...path, 'note'] }]);
      }
    }
    return [...where].flatMap(([note, places]) =>
      places.length > MAX_FILES_PER_NOTE
        ? [{ ...(places[0] as { file: string; path: PathSegment[] }), message: `this note is in ${places.length} court files ("${note.slice(0, 60)}...")` }]
        : [],
    );
  },
};

const curatedFilesNameTheirCourt: RepoRule = {
  id: 'curated-files-name-their-court',
  description: 'A curated court file starts with the id of a court, its file name.',
  check({ files, courts }) {
    return files
      .filter((file) => file.kind === 'court-layer')
      .flatMap((file) => {
        const id = (file.value as { id?: unknown } | null)?.id;
        const name = file.path.replace(/^.*\//, '').replace(/\.yaml$/, '');
        if (id !== name) return [{ file: file.path, path: ['id'], message: `needs \`id: ${name}\` (its file name)` }];
        if (!courts.has(name)) return [{ file: file.path, path: ['id'], message: `${name} is not a court of the bundled data` }];
        return [];
      });
  },
};

const MONTH_DAY =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b/;

/**
 * A court whose go-live is "unknown" while a page it cites says, in the words the registry
 * quotes, which day it went (or would go) live on NextGen: the day must be read into the
 * profile (the facts audit found ca1 saying "unknown" beside its own page's August 21, 2017).
 */
const goLiveKnownWhenSourced: RepoRule = {
  id: 'go-live-known-when-sourced',
  description:
    "No court's go-live is unknown while a page it cites quotes the day it went live on NextGen.",
  check({ courts, registry }) {
    const findings: Finding[] = [];
    for (const court of courts.values()) {
      if (court.nextGen.goLive.precision !== 'unknown') continue;
      const ids = new Set([...citedSourceIds(court)].map(([, id]) => id));
      for (const id of ids) {
        const entry = registry.get(id);
        // A court's own page or notice: a feed's date is the day of its copy, not a go-live.
        if (entry?.kind !== 'court-page' && entry?.kind !== 'court-notice') continue;
        const sentences = `${entry?.title ?? ''}. ${entry?.note ?? ''}`.split(/(?<=[.;])\s+/);
        const said = sentences.find(
          (sentence) =>
            /nextgen|next generation/i.test(sentence) &&
            /went live|go(?:es|ing)? live|upgrad|conver|implement|transition|complet|live on/i.test(
              sentence,
            ) &&
            MONTH_DAY.test(sentence),
        );
        if (said)
          findings.push({
            file: `courts/${court.id}.yaml`,
            path: ['nextGen', 'goLive'],
            message: `is unknown, but ${id}, which the profile cites, says: ${said.trim().slice(0, 160)}; read the day into nextGen.goLive, quoting the page`,
          });
      }
    }
    return findings;
  },
};

export const REPO_RULES: readonly RepoRule[] = [
  canonicalForm,
  curatedFilesNameTheirCourt,
  registryEntriesCited,
  seedsRegistered,
  seedFactsExact,
  relatedCourtsResolve,
  appealsRecordAcms,
  notesNotRepeated,
  goLiveKnownWhenSourced,
];

/** A reader of the seed documents in sources/seeds/. */
export function seedReader(root: string): (name: string) => string {
  const cache = new Map<string, string>();
  return (name) => {
    let text = cache.get(name);
    if (text === undefined) {
      text = readFileSync(join(root, 'sources', 'seeds', name), 'utf8');
      cache.set(name, text);
    }
    return text;
  };
}
