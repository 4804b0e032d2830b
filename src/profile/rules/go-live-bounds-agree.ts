import { goLiveBounds } from '../go-live.js';
import type { CourtProfile } from '../schema.js';
import type { DataRule } from './rule.js';

export const goLiveBoundsAgree: DataRule<CourtProfile> = {
  id: 'go-live-bounds-agree',
  description: "The go-live day, window, liveBy and notLiveOn facts don't contradict each other.",
  check({ data, report }) {
    const { goLive, liveBy, notLiveOn } = data.nextGen;
    if (goLive.precision === 'window' && goLive.from > goLive.to) {
      report(
        ['nextGen', 'goLive', 'to'],
        `window ends (${goLive.to}) before it starts (${goLive.from})`,
      );
    }
    const { earliest, latest } = goLiveBounds(data.nextGen);
    if (earliest !== undefined && latest !== undefined && earliest > latest) {
      const path = liveBy ? ['nextGen', 'liveBy', 'date'] : ['nextGen', 'notLiveOn', 'date'];
      report(
        path,
        `the dated facts contradict each other: go-live cannot be after ${earliest} and by ${latest}` +
          (notLiveOn ? ` (notLiveOn ${notLiveOn.date})` : ''),
      );
    }
  },
};
