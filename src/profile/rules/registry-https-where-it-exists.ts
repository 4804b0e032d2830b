import type { SourceRegistry } from '../schema.js';
import type { DataRule } from './rule.js';

// Every uscourts.gov site (courts and PACER) is served over https: an http address there is
// only ever a stale copy of an https one.
export const registryHttpsWhereItExists: DataRule<SourceRegistry> = {
  id: 'registry-https-where-it-exists',
  description: 'A uscourts.gov page is cited at its https address.',
  check({ data, report }) {
    data.sources.forEach((entry, index) => {
      for (const key of ['url', 'foundAt'] as const) {
        const url = entry[key];
        if (url && /^http:\/\/([^/]*\.)?uscourts\.gov(\/|$)/i.test(url))
          report(['sources', index, key], `${url} is also served over https: write https://`);
      }
    });
  },
};
