import type { CourtProfile } from '../schema.js';
import type { DataRule } from './rule.js';

export const overrideSaysSomething: DataRule<CourtProfile> = {
  id: 'override-says-something',
  description: 'A procedure override adds or replaces something, and adds steps when it adds.',
  check({ data, report }) {
    for (const [id, override] of Object.entries(data.procedures)) {
      if (!override) continue;
      if (override.mode !== 'replace' && !override.steps?.length) {
        report(
          ['procedures', id, 'mode'],
          `mode "${override.mode}" adds steps, so \`steps\` is required`,
        );
      }
      if (!override.title && !override.steps && !override.links && !override.contacts) {
        report(
          ['procedures', id],
          'an override needs at least one of: title, steps, links, contacts',
        );
      }
    }
  },
};
