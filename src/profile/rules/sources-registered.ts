import { suggestNearest } from '../../suggest.js';
import { SOURCE_ID } from '../schema.js';
import { citedSourceIds } from '../sources.js';
import type { DataRule } from './rule.js';

/** A cited source id must be an entry of the registry (a URL is taken as it is). */
export const sourcesRegistered: DataRule<unknown> = {
  id: 'sources-registered',
  description: 'Every cited source id is an entry of sources/registry.yaml.',
  check({ data, knownSources, report }) {
    if (!knownSources) return;
    for (const [path, id] of citedSourceIds(data)) {
      if (!SOURCE_ID.test(id) || knownSources.has(id)) continue;
      const near = suggestNearest(id, [...knownSources], 1);
      report(
        path,
        `source "${id}" is not in sources/registry.yaml${near.length ? ` (did you mean "${near[0]}"?)` : ''}; add it there, or cite an https URL`,
      );
    }
  },
};
