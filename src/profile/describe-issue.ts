/**
 * Turns zod issues into plain sentences that say what is wrong and what is allowed, with the
 * nearest allowed key or value where the input looks like a typo.
 */
import type { z } from 'zod';
import { countOf } from '../counts.js';
import { cutText } from '../safe-text.js';
import { didYouMean, suggestNearest } from '../suggest.js';
import type { PathSegment } from '../io/yaml-source.js';

export interface DescribedIssue {
  path: PathSegment[];
  /** For an unknown key: the key itself, so it can be located exactly. */
  key?: string;
  message: string;
}

/** Describes every issue of a failed parse; one issue may give several (one per unknown key). */
export function describeIssues(
  schema: z.ZodType,
  input: unknown,
  issues: readonly z.core.$ZodIssue[],
): DescribedIssue[] {
  return issues.flatMap((issue) => describeIssue(schema, input, issue));
}

/** `unknown key "helpdesks" (did you mean "helpDesks"?)`, or just `unknown key`. */
function namedKey(key: string, allowed: readonly string[]): string {
  const [near] = suggestNearest(key, allowed, 1);
  return near === undefined
    ? 'unknown key'
    : `unknown key "${cutText(key)}" (did you mean "${near}"?)`;
}

function describeIssue(
  schema: z.ZodType,
  input: unknown,
  issue: z.core.$ZodIssue,
): DescribedIssue[] {
  const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schemaAt(schema, input, path));
      // Quoted only when it is a near miss of an allowed key: a key may be anything typed in
      // the wrong place, a password too. The problem's line and column say where it is.
      return issue.keys.map((key) => ({
        path,
        key,
        message: `${namedKey(key, allowed)}; allowed keys: ${allowed.join(', ') || '(none)'}`,
      }));
    }
    case 'invalid_type': {
      const got = valueAt(input, path);
      if (got === undefined) return [{ path, message: `missing: expected ${issue.expected}` }];
      const quoteHint =
        issue.expected === 'string' &&
        got !== null &&
        typeof got === 'object' &&
        !Array.isArray(got)
          ? ' (unquoted text containing ": " is read as a map: quote it or use a >- block)'
          : '';
      return [{ path, message: `expected ${issue.expected}, got ${kindOf(got)}${quoteHint}` }];
    }
    case 'invalid_value': {
      const got = valueAt(input, path);
      const allowed = issue.values.map(String);
      return [
        {
          path,
          message: `"${String(got)}" is not allowed${didYouMean(String(got), allowed, 1)}; expected one of: ${allowed.join(', ')}`,
        },
      ];
    }
    case 'invalid_union': {
      if ('discriminator' in issue && typeof issue.discriminator === 'string') {
        const options = (
          'options' in issue && Array.isArray(issue.options) ? issue.options : []
        ).map(String);
        const got = valueAt(input, path);
        const what = got === undefined ? 'missing' : `"${String(got)}" is not allowed`;
        return [
          {
            path,
            message: `${what}${didYouMean(String(got), options, 1)}; expected one of: ${options.join(', ')}`,
          },
        ];
      }
      // Report the branch that got furthest: the one with the fewest issues.
      const branches = issue.errors.filter((branch) => branch.length > 0);
      const best = branches.sort((a, b) => a.length - b.length)[0];
      if (
        best === undefined ||
        branches.every((b) => b.every((i) => i.code === 'invalid_type' && i.path.length === 0))
      ) {
        const expected = issue.errors
          .flatMap((b) => b.map((i) => (i.code === 'invalid_type' ? i.expected : '')))
          .filter(Boolean);
        const got = valueAt(input, path);
        const what = [...new Set(expected)].join(' or ') || 'another form';
        const message =
          got === undefined ? `missing: expected ${what}` : `expected ${what}, got ${kindOf(got)}`;
        return [{ path, message }];
      }
      return best.flatMap((inner) =>
        describeIssue(schema, input, { ...inner, path: [...path, ...inner.path] }),
      );
    }
    case 'too_small':
      if (issue.origin === 'array')
        return [{ path, message: `expected at least ${countOf(Number(issue.minimum), 'item')}` }];
      if (issue.origin === 'string') return [{ path, message: 'expected a non-empty text' }];
      return [{ path, message: issue.message }];
    case 'invalid_format':
      return [{ path, message: `${issue.message}, got "${String(valueAt(input, path))}"` }];
    default:
      return [{ path, message: issue.message }];
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (value === undefined) return 'nothing';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function valueAt(input: unknown, path: readonly PathSegment[]): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return value;
}

// zod 4 exposes each schema's definition as `.def`; walking it finds the schema for a path.
interface AnyDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  in?: z.ZodType;
}
const defOf = (schema: z.ZodType): AnyDef => (schema as unknown as { def: AnyDef }).def;

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

function pickUnionOption(schema: z.ZodType, data: unknown): z.ZodType {
  const def = defOf(schema);
  const options = def.options ?? [];
  if (def.discriminator && data && typeof data === 'object') {
    const tag = (data as Record<string, unknown>)[def.discriminator];
    const match = options.find((option) => {
      const field = defOf(unwrap(option)).shape?.[def.discriminator ?? ''];
      return field !== undefined && (defOf(field).values ?? []).includes(tag);
    });
    if (match) return unwrap(match);
  }
  const wanted = Array.isArray(data) ? 'array' : typeof data === 'object' ? 'object' : 'other';
  return unwrap(
    options.find((option) => defOf(unwrap(option)).type === wanted) ?? options[0] ?? schema,
  );
}

function schemaAt(schema: z.ZodType, input: unknown, path: readonly PathSegment[]): z.ZodType {
  let current = unwrap(schema);
  let data = input;
  for (let i = 0; i <= path.length; i++) {
    if (defOf(current).type === 'union') current = pickUnionOption(current, data);
    const segment = path[i];
    if (segment === undefined) break;
    const def = defOf(current);
    const next = def.shape?.[String(segment)] ?? def.element ?? def.valueType;
    if (!next) break;
    current = unwrap(next);
    data = valueAt(data, [segment]);
  }
  return current;
}

function allowedKeys(schema: z.ZodType): string[] {
  const def = defOf(schema);
  if (def.shape) return Object.keys(def.shape);
  if (def.keyType) {
    const keyDef = defOf(unwrap(def.keyType));
    if (keyDef.entries) return Object.values(keyDef.entries);
  }
  return [];
}
