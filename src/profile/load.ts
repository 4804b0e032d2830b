/**
 * Loading a data file: YAML syntax → schema → cross-field rules. Every problem is collected
 * with its file, line and column; nothing throws for bad data.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readUserFile } from '../io/read-file.js';
import { LIMITS } from '../limits.js';
import type { z } from 'zod';
import { describeIssues } from './describe-issue.js';
import { COURT_RULES, NATIONAL_RULES, REGISTRY_RULES, type DataRule } from './rules/index.js';
import { mergeLayers, ownerOf } from './layers.js';
import { CourtProfile, NationalProcedures, SourceRegistry } from './schema.js';
import type { Problem } from '../io/problem.js';
import { formatPath, parseYamlSource, type PathSegment } from '../io/yaml-source.js';

export type LoadResult<T> =
  { ok: true; data: T; file: string } | { ok: false; problems: Problem[]; file: string };

/** Validates YAML text against a schema and rules; `file` is used in messages. */
export function parseDataText<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
  rules: readonly DataRule<T>[],
  knownSources?: ReadonlySet<string>,
): LoadResult<T> {
  const source = parseYamlSource(text, file);
  if (source.problems.length > 0) return { ok: false, problems: source.problems, file };
  const at = (path: PathSegment[], message: string, key?: string): Problem => ({
    file,
    ...source.locate(path, key),
    path: formatPath(path),
    message,
  });
  if (source.value === undefined || source.value === null) {
    return { ok: false, problems: [at([], 'the file is empty')], file };
  }
  const parsed = schema.safeParse(source.value);
  if (!parsed.success) {
    const problems = describeIssues(schema, source.value, parsed.error.issues).map((issue) =>
      at(issue.path, issue.message, issue.key),
    );
    return { ok: false, problems: sortProblems(problems), file };
  }
  const problems: Problem[] = [];
  const fileId = basename(file).replace(/\.ya?ml$/, '');
  for (const rule of rules) {
    rule.check({
      data: parsed.data,
      fileId,
      ...(knownSources ? { knownSources } : {}),
      report: (path, message) => problems.push(at(path, message)),
    });
  }
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems), file };
  return { ok: true, data: parsed.data, file };
}

/** One layer of a court's profile: its file name (for messages) and its text, lowest first. */
export interface LayerText {
  file: string;
  text: string;
  /** The part of the file that is this court's layer (the defaults' `all` or `district`). */
  at?: PathSegment[];
}

/**
 * Validates a court made of layers (defaults, generated, curated), merged field by field. A
 * problem is reported in the file whose layer gave the value, at its line and column, so it
 * points where a person would fix it.
 */
export function parseLayeredCourt(
  layers: readonly LayerText[],
  fileId: string,
  knownSources?: ReadonlySet<string>,
): LoadResult<CourtProfile> {
  const sources = layers.map((layer) => parseYamlSource(layer.text, layer.file));
  const syntax = sources.flatMap((source) => source.problems);
  const top = layers.at(-1)?.file ?? fileId;
  if (syntax.length > 0) return { ok: false, problems: syntax, file: top };
  const values = sources.map((source, index) => {
    let value = source.value;
    for (const segment of layers[index]?.at ?? [])
      value = (value as Record<PathSegment, unknown> | null | undefined)?.[segment];
    return value ?? {};
  });
  const at = (path: PathSegment[], message: string, key?: string): Problem => {
    const owner = ownerOf(values, key === undefined ? path : [...path, key]);
    const layer = layers[owner];
    const where = [...(layer?.at ?? []), ...path];
    return {
      file: layer?.file ?? top,
      ...(sources[owner]?.locate(where, key) ?? { line: 1, column: 1 }),
      path: formatPath(path),
      message,
    };
  };
  const merged = mergeLayers(values);
  const parsed = CourtProfile.safeParse(merged);
  if (!parsed.success) {
    const problems = describeIssues(CourtProfile, merged, parsed.error.issues).map((issue) =>
      at(issue.path, issue.message, issue.key),
    );
    return { ok: false, problems: sortProblems(problems), file: top };
  }
  const problems: Problem[] = [];
  for (const rule of COURT_RULES)
    rule.check({
      data: parsed.data,
      fileId,
      ...(knownSources ? { knownSources } : {}),
      report: (path, message) => problems.push(at(path, message)),
    });
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems), file: top };
  return { ok: true, data: parsed.data, file: top };
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

/** A profile's text; a file that cannot be read or is too large is a UserError naming it. */
async function readProfileText(file: string, displayName: string): Promise<string> {
  try {
    // A FIFO named *.yaml in a directory of profiles is refused, not waited on.
    return await readUserFile(file, 'court profile', LIMITS.profileFileBytes, {
      regularOnly: true,
    });
  } catch (error) {
    // Named as the user wrote it, not by the absolute path it was read from.
    if (error instanceof Error && displayName !== file)
      error.message = error.message.replace(file, displayName);
    throw error;
  }
}

/** Reads and validates one court profile; its source ids must be among `knownSources`. */
export async function loadCourtFile(
  file: string,
  displayName = file,
  knownSources?: ReadonlySet<string>,
): Promise<LoadResult<CourtProfile>> {
  return parseDataText(
    await readProfileText(file, displayName),
    displayName,
    CourtProfile,
    COURT_RULES,
    knownSources,
  );
}

/** Reads and validates the national procedures file. */
export async function loadNationalFile(
  file: string,
  displayName = file,
  knownSources?: ReadonlySet<string>,
): Promise<LoadResult<NationalProcedures>> {
  return parseDataText(
    await readProfileText(file, displayName),
    displayName,
    NationalProcedures,
    NATIONAL_RULES,
    knownSources,
  );
}

/** Reads and validates the source registry (bundled data): the schema, then one entry per id. */
export async function loadRegistryFile(
  file: string,
  displayName = file,
): Promise<LoadResult<SourceRegistry>> {
  return parseDataText(await readFile(file, 'utf8'), displayName, SourceRegistry, REGISTRY_RULES);
}
