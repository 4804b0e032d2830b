import { isPersonalAddress } from '../email-roles.js';
import type { CourtProfile } from '../schema.js';
import type { DataRule } from './rule.js';

/** A help desk is a shared box or line: a named person's own address is never shown as one. */
export const helpDesksAreSharedBoxes: DataRule<CourtProfile> = {
  id: 'help-desks-are-shared-boxes',
  description: "No help desk's e-mail address is a named person's own (jane_doe@...).",
  check({ data, report }) {
    data.helpDesks.forEach((desk, index) => {
      if (desk.email && isPersonalAddress(desk.email))
        report(
          ['helpDesks', index, 'email'],
          "looks like a named person's own address, not a help desk's; give the court's shared box, or leave it out",
        );
    });
  },
};
