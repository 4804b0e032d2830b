/**
 * A bundled court profile is made of layers, merged field by field at build time:
 *
 *   courts/defaults.yaml      what holds for every court, or every court of a type
 *   courts/generated/<id>.yaml what the generator derives (PACER's feed, courts-db, go-live table)
 *   courts/<id>.yaml           what a person curated
 *
 * A later layer wins, field by field: maps of fields are merged key by key, and a fact (an
 * object that carries its own `source`, or a `notPublished` record, or a tagged union such as
 * `goLive`) or a list is replaced whole, since half of one fact and half of another would cite
 * sources for what they do not say. So regenerating never loses a curated value, and curating
 * one field never freezes the generated others.
 *
 * Pure and without zod: the build, the generator and the tests use it alike.
 */
import type { PathSegment } from '../io/yaml-source.js';

export type Layer = Readonly<Record<string, unknown>>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Keys that make an object one fact, replaced whole rather than merged. */
const FACT_KEYS = ['source', 'notPublished', 'precision', 'status'];

/** True for a value a layer replaces whole: a fact, a list, a scalar. */
export function isWhole(value: unknown): boolean {
  return !isPlainObject(value) || FACT_KEYS.some((key) => key in value);
}

/**
 * `over` laid on `base`, field by field. Neither is changed. A field a layer sets to `null` is
 * left out of the result: a curated file's way to say that a generated or default fact does not
 * hold for the court.
 */
export function mergeLayer(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (over === null) return undefined;
  if (isWhole(over) || isWhole(base) || base === undefined) return dropNulls(over);
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(over as Record<string, unknown>)) {
    const next = mergeLayer(merged[key], value);
    if (next === undefined) delete merged[key];
    else merged[key] = next;
  }
  return merged;
}

/** A map of fields without the ones set to `null` (they say "none" to the layers below). */
function dropNulls(value: unknown): unknown {
  if (isWhole(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>))
    if (item !== null) out[key] = dropNulls(item);
  return out;
}

/** The layers merged, lowest first. */
export function mergeLayers(layers: readonly unknown[]): Record<string, unknown> {
  let merged: unknown = {};
  for (const layer of layers) merged = mergeLayer(merged, layer);
  return merged as Record<string, unknown>;
}

/**
 * The smallest layer that, laid on `base`, gives `full`: what `full` adds or changes, and
 * `null` for each field of `base` that `full` does not have.
 */
export function layerBetween(base: unknown, full: unknown): unknown {
  if (deepEqual(base, full)) return undefined;
  if (full === undefined) return null;
  if (isWhole(full) || isWhole(base) || base === undefined) return full;
  const out: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(base as object), ...Object.keys(full as object)]);
  for (const key of keys) {
    const part = layerBetween(
      (base as Record<string, unknown>)[key],
      (full as Record<string, unknown>)[key],
    );
    if (part !== undefined) out[key] = part;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Structural equality of plain data (key order ignored). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => deepEqual(item, b[index]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key in b && deepEqual(a[key], b[key]));
}

function has(value: unknown, path: readonly PathSegment[]): boolean {
  let at: unknown = value;
  for (const segment of path) {
    if (at === null || typeof at !== 'object') return false;
    if (!(segment in at)) return false;
    at = (at as Record<PathSegment, unknown>)[segment];
  }
  return true;
}

function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let at: unknown = value;
  for (const segment of path) at = (at as Record<PathSegment, unknown> | undefined)?.[segment];
  return at;
}

/**
 * Which layer (an index into `layers`, lowest first) the merged value at `path` comes from, so
 * that a problem there is reported in the file a person would edit. Where the value is missing
 * (a required field no layer gives), the highest layer holding its parent.
 */
export function ownerOf(layers: readonly unknown[], path: readonly PathSegment[]): number {
  let candidates = layers.map((_, index) => index).reverse();
  for (let depth = 1; depth <= path.length; depth++) {
    const prefix = path.slice(0, depth);
    const holders = candidates.filter((index) => has(layers[index], prefix));
    if (holders.length === 0) return candidates[0] ?? layers.length - 1;
    const top = holders[0] as number;
    if (depth === path.length || isWhole(valueAt(layers[top], prefix))) return top;
    candidates = holders;
  }
  return candidates[0] ?? layers.length - 1;
}
