import { stringsOf, type DataRule } from './rule.js';

const ADDRESS = /[^\s,;()<>"]+@[^\s,;()<>"]+/g;
const PLAIN = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

// Seeds extracted from PDFs carry look-alike letters (a Cyrillic "е" in pacer@psc...): an
// address in text must be plain ASCII too, not only the `email` fields the schema checks.
export const emailsPlainAscii: DataRule<unknown> = {
  id: 'emails-plain-ascii',
  description: 'Every e-mail address, in any text a filer reads, is plain ASCII.',
  check({ data, report }) {
    for (const [path, text] of stringsOf(data)) {
      if (path.at(-1) === 'note' || path.includes('lookedAt')) continue;
      // A URL's "user@host" part is the URL rule's to report (urls-have-their-own-host).
      if (/^https?:\/\//i.test(text)) continue;
      for (const match of text.matchAll(ADDRESS)) {
        const address = match[0].replace(/[.]$/, '');
        if (!PLAIN.test(address))
          report(
            path,
            'holds an e-mail address that is not plain ASCII (check for look-alike letters)',
          );
      }
    }
  },
};
