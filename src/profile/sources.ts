/** Reading the `source` fields of the data. */
import type { Sources } from './schema.js';

/** A source field as a list. */
export function sourcesOf(source: Sources): string[] {
  return Array.isArray(source) ? [...source] : [source];
}
