import { objectsOf, type DataRule } from './rule.js';

/** Keys that make an object a fact a filer relies on: it must say where it comes from. */
const FACT_KEYS = [
  'url',
  'phone',
  'email',
  'date',
  'month',
  'steps',
  'extension',
  'panelName',
  'text',
  'from',
  'to',
  'amount',
];

export const factsSourced: DataRule<unknown> = {
  id: 'facts-sourced',
  description: 'Every object holding a fact (a date, URL, phone, e-mail, step, fee) has a source.',
  check({ data, report }) {
    for (const [path, object] of objectsOf(data)) {
      // The registry's entries are the sources themselves.
      if ('id' in object && 'kind' in object && 'checked' in object) continue;
      if (!FACT_KEYS.some((key) => key in object)) continue;
      const source = object.source;
      const cited = typeof source === 'string' || (Array.isArray(source) && source.length > 0);
      // A step list inherits its procedure's source; a step object carries its own.
      if (!cited) report(path, 'holds a fact with no `source`; cite where it comes from');
    }
  },
};
