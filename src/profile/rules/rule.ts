/**
 * A data rule: one check a schema cannot say, with an id and a line on what it is for. Each runs
 * on data that already passed the schema, reports problems at a path, and has its own test
 * (test/profile/rules.test.ts) with a passing and a failing example. `validate` runs every rule
 * that applies to a profile, on the bundled data and on a firm's own directories alike.
 */
import type { PathSegment } from '../../io/yaml-source.js';

export interface RuleContext<T> {
  data: T;
  /** The file name without `.yaml`. */
  fileId: string;
  /** The ids of the source registry; when given, every cited id must be one of them. */
  knownSources?: ReadonlySet<string>;
  report(path: PathSegment[], message: string): void;
}

export interface DataRule<T> {
  /** kebab-case, unique: what a maintainer names when they talk about the rule. */
  id: string;
  /** What it checks, in one sentence. */
  description: string;
  check(ctx: RuleContext<T>): void;
}

/** Every string in the data, with its path. */
export function* stringsOf(
  value: unknown,
  path: PathSegment[] = [],
): Generator<[PathSegment[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value))
    for (const [index, item] of value.entries()) yield* stringsOf(item, [...path, index]);
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) yield* stringsOf(item, [...path, key]);
}

/** Every object in the data, with its path. */
export function* objectsOf(
  value: unknown,
  path: PathSegment[] = [],
): Generator<[PathSegment[], Record<string, unknown>]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* objectsOf(item, [...path, index]);
  } else if (value !== null && typeof value === 'object') {
    yield [path, value as Record<string, unknown>];
    for (const [key, item] of Object.entries(value)) yield* objectsOf(item, [...path, key]);
  }
}

/** A path's last key is a maintainers' `note`, or a citation: text no filer reads. */
export const isNoteOrSource = (path: readonly PathSegment[]): boolean =>
  path.some((segment) => segment === 'note' || segment === 'source' || segment === 'lookedAt');
