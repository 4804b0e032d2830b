/** Reading the `source` fields of the data. */
import type { Sources } from './schema.js';

/** A path into parsed data: keys and list indexes. */
export type DataPath = (string | number)[];

/** A source field as a list. */
export function sourcesOf(source: Sources): string[] {
  return Array.isArray(source) ? [...source] : [source];
}

/**
 * The ids a value cites, without where: what a listing needs (the date of its data) for 201
 * courts at once. citedSourceIds builds a path per node, which a validator wants and a
 * listing only pays for (`courts` spent more time there than in parsing the profiles).
 */
export function addCitedIds(value: unknown, ids: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) addCitedIds(item, ids);
  } else if (value !== null && typeof value === 'object') {
    // for...in, not Object.entries: no array per node (201 profiles' worth is garbage to collect).
    const record = value as Record<string, unknown>;
    for (const key in record) {
      if (!Object.hasOwn(record, key)) continue;
      const item = record[key];
      if (key === 'source' || key === 'identitySource') {
        if (Array.isArray(item)) for (const id of item as unknown[]) ids.add(String(id));
        else ids.add(String(item));
      } else addCitedIds(item, ids);
    }
  }
  return ids;
}

/** Every `source` (and `identitySource`) cited under `value`, with its path. */
export function* citedSourceIds(
  value: unknown,
  path: DataPath = [],
): Generator<[DataPath, string]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* citedSourceIds(item, [...path, index]);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    if (key === 'source' || key === 'identitySource') {
      if (Array.isArray(item))
        for (const [index, id] of item.entries()) yield [[...path, key, index], String(id)];
      else yield [[...path, key], String(item)];
    } else yield* citedSourceIds(item, [...path, key]);
  }
}
