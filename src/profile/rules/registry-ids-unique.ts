import type { SourceRegistry } from '../schema.js';
import type { DataRule } from './rule.js';

export const registryIdsUnique: DataRule<SourceRegistry> = {
  id: 'registry-ids-unique',
  description: 'Each registry id names one entry.',
  check({ data, report }) {
    const seen = new Map<string, number>();
    data.sources.forEach((entry, index) => {
      const first = seen.get(entry.id);
      if (first !== undefined)
        report(['sources', index, 'id'], `id "${entry.id}" is already used by entry ${first + 1}`);
      else seen.set(entry.id, index);
    });
  },
};
