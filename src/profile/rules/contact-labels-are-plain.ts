import type { CourtProfile } from '../schema.js';
import type { DataRule } from './rule.js';

/** Feed debris that is not a label: a release ("Cm/ecf Nextgen 1.6.3"), a cut-off address. */
const DEBRIS = /nextgen\s+[\d.]+|release\s+[\d.]+|\bhttps?:|www\./i;

export const contactLabelsArePlain: DataRule<CourtProfile> = {
  id: 'contact-labels-are-plain',
  description: 'Help-desk labels and divisions hold no release string or web address.',
  check({ data, report }) {
    data.helpDesks.forEach((desk, index) => {
      for (const key of ['label', 'division'] as const) {
        const text = desk[key];
        if (text && DEBRIS.test(text))
          report(
            ['helpDesks', index, key],
            'holds a release string or a web address; write only who or where this is',
          );
      }
    });
  },
};
