import { stringsOf, type DataRule } from './rule.js';

/**
 * Every URL (links, contact pages, sources) names its own host: no user name or password part.
 * `https://ecf.ctd.uscourts.gov@evil.example/` reads as the court's site and goes to
 * evil.example. The URL is not quoted back: a credentials part may be a real password.
 */
export const urlsHaveTheirOwnHost: DataRule<unknown> = {
  id: 'urls-have-their-own-host',
  description: 'Every URL is valid and has no user name or password part hiding its host.',
  check({ data, report }) {
    for (const [path, text] of stringsOf(data)) {
      if (!/^https?:\/\//i.test(text)) continue;
      let url: URL;
      try {
        url = new URL(text);
      } catch {
        report(path, 'is not a valid URL');
        continue;
      }
      if (url.username !== '' || url.password !== '')
        report(
          path,
          'the URL has a user name or password part (text before "@"), which hides the host it goes to; remove it',
        );
      else if (url.hostname === '') report(path, 'the URL names no host');
    }
  },
};
