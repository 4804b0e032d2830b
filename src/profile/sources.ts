/** Reading the `source` fields of the data. */
import type { Sources } from './schema.js';

/** A path into parsed data: keys and list indexes. */
export type DataPath = (string | number)[];

/** A source field as a list. */
export function sourcesOf(source: Sources): string[] {
  return Array.isArray(source) ? [...source] : [source];
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
