import type { CourtProfile } from '../schema.js';
import type { DataRule } from './rule.js';

export const relatedIsAnotherCourt: DataRule<CourtProfile> = {
  id: 'related-is-another-court',
  description: 'A court is not related to itself, and to at most one bankruptcy court.',
  check({ data, report }) {
    data.related.forEach((related, index) => {
      if (related.id === data.id)
        report(['related', index, 'id'], 'a court cannot be related to itself');
    });
    const bankruptcy = data.related.filter((related) => related.relation === 'bankruptcy');
    if (bankruptcy.length > 1) report(['related'], 'at most one related bankruptcy court');
  },
};
