import type { CourtProfile } from '../schema.js';
import type { DataRule } from './rule.js';

/** A note telling filers the go-live day is not known, beside a go-live that gives it. */
export const goLiveNotesAgree: DataRule<CourtProfile> = {
  id: 'go-live-notes-agree',
  description: 'No note says the go-live day is not known where the profile gives it.',
  check({ data, report }) {
    if (data.nextGen.goLive.precision === 'unknown') return;
    data.notes.forEach((note, index) => {
      if (/day it went live is not known|go-live (day )?is not known/i.test(note.text))
        report(
          ['notes', index, 'text'],
          'says the go-live day is not known, but nextGen.goLive gives it; remove the note',
        );
    });
  },
};
