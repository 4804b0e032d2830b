/** Notes that hold for the whole plan: linking per court, and each court's own notes. */
import type { CourtNote } from '../../profile/schema.js';
import { sourcesOf } from '../../profile/sources.js';
import type { FilerAnswers } from '../questions.js';
import type { PlanRule } from '../builder.js';

/** Several courts (or a district and its bankruptcy court): each is linked on its own. */
export const noteLinkingPerCourt: PlanRule = (plan) => {
  const several =
    plan.courts.length > 1 || plan.courts.some((court) => court.answers.bankruptcy === 'yes');
  if (!several) return;
  const perCourt = plan.national.notes['linking-per-court'];
  plan.note(null, perCourt.text, sourcesOf(perCourt.source));
};

/** The courts' own notes, for the filers they are meant for. */
export const noteCourtNotes: PlanRule = (plan) => {
  for (const court of plan.courts) {
    for (const courtNote of court.profile.notes) {
      if (noteApplies(courtNote, plan.filer.filer, court.answers.cja === 'yes'))
        plan.note(court, courtNote.text, sourcesOf(courtNote.source));
    }
  }
};

function noteApplies(courtNote: CourtNote, filer: FilerAnswers['filer'], cja: boolean): boolean {
  switch (courtNote.audience) {
    case 'all':
      return true;
    case 'attorney':
      return filer === 'attorney';
    case 'pro-se':
      return filer === 'pro-se';
    case 'cja':
      return cja;
  }
}
