import { isNoteOrSource, stringsOf, type DataRule } from './rule.js';

// Every court and PACER site is served over https; a plain http address shown to a filer is a
// stale copy (the schema already holds `url` fields to https unless `httpReason` says why).
export const noHttpInText: DataRule<unknown> = {
  id: 'no-http-in-text',
  description: 'Text shown to filers (steps, notes to filers, labels) links only to https URLs.',
  check({ data, report }) {
    for (const [path, text] of stringsOf(data)) {
      if (isNoteOrSource(path) || path.at(-1) === 'url') continue;
      for (const match of text.matchAll(/http:\/\/\S+/g))
        report(path, `links to ${match[0]} over plain http; write the https address`);
    }
  },
};
