/**
 * Reading PACER's court feed as PACER serves it: normalised exactly as the copy the bundled
 * profiles were generated from, checked strictly, and made safe for a terminal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { courtFactsFromFeed, feedRecordsOf } from '../../src/feed/court-facts.js';
import { readFeedTime } from '../../src/feed/feed.js';
import { FeedShapeError, hostIdOf, readFeedJson } from '../../src/feed/raw-feed.js';
import { ROOT } from '../helpers/cli.js';

const REFERENCE = join(ROOT, 'sources', 'reference');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(REFERENCE, path), 'utf8'));
const raw2023 = readJson('pacer-feed-raw/2023-01-10.json');
const raw2022 = readJson('pacer-feed-raw/2022-11-27.json');
const normalised = readJson('pacer-feed-2023-01-10.json') as {
  meta: { url: string; feedLastUpdated: string };
  courts: unknown[];
};

/** A feed of one court, as PACER writes it, with `court` laid over a plain entry. */
function rawFeed(court: Record<string, unknown> = {}, meta: Record<string, unknown> = {}) {
  return {
    meta: {
      credit: 'PACER',
      url: 'https://x',
      last_updated: 'Tue, 10 Jan 2023 06:10:05 -0500',
      ...meta,
    },
    data: [
      {
        title: 'Connecticut District Court',
        court_id: 'CTDC',
        type: 'District',
        login_url: 'https://ecf.ctd.uscourts.gov',
        ...court,
      },
    ],
  };
}

describe('the raw feed, normalised', () => {
  it('is exactly the normalised copy the bundled profiles were made from (2023-01-10)', () => {
    const read = readFeedJson(raw2023);
    expect(read.form).toBe('raw');
    expect(read.feed.courts).toEqual(normalised.courts);
    expect(read.feed.meta.url).toBe(normalised.meta.url);
    expect(read.feed.meta.feedLastUpdated).toBe(normalised.meta.feedLastUpdated);
    expect(read.newFields).toEqual([]);
  });

  it('reads the older copy too, with all its 210 entries', () => {
    const read = readFeedJson(raw2022);
    expect(read.feed.courts).toHaveLength(210);
    expect(readFeedTime(read.feed.meta.feedLastUpdated)?.day).toBe('2022-11-27');
  });

  it('gives a court the same facts from the raw copy as from the normalised one', () => {
    const fromRaw = readFeedJson(raw2023).feed;
    const fromCopy = readFeedJson(normalised).feed;
    const azd = {
      id: 'azd',
      type: 'district' as const,
      jurisdiction: 'Arizona',
      ecfUrl: 'https://ecf.azd.uscourts.gov',
      website: 'http://www.azd.uscourts.gov/',
    };
    const facts = (feed: typeof fromRaw) =>
      courtFactsFromFeed(azd, feedRecordsOf('azd', feed), '2023-01-10', 'x').facts;
    expect(facts(fromRaw)).toEqual(facts(fromCopy));
    expect(facts(fromRaw).helpDesks[0]?.email).toBe('ecfhelpphx@azd.uscourts.gov');
  });

  it('decodes entities, removes tags and squashes spaces in text fields', () => {
    const { feed } = readFeedJson(
      rawFeed({
        help_desk: [
          { courtId: 'CTDC', phone: '203-579-5861', division: 'Lincoln &amp;   North<BR>Platte' },
        ],
        locations: [
          {
            name: 'Clerk&#039;s Office',
            email: '<a href="mailto:x">cmecf&#064;ctd.uscourts.gov</a>',
            phone: '&nbsp;',
          },
        ],
      }),
    );
    const [court] = feed.courts;
    expect(court?.helpDesk[0]?.division).toBe('Lincoln & NorthPlatte');
    expect(court?.locations[0]).toEqual({
      name: "Clerk's Office",
      email: 'cmecf@ctd.uscourts.gov',
      phone: '',
    });
  });

  it('drops control and bidirectional-override characters, so no feed text can drive a terminal', () => {
    const { feed } = readFeedJson(
      rawFeed({
        title: 'Connecticut\u001b[31m District\u202e Court\u0007',
        help_desk: [
          {
            courtId: 'CTDC',
            phone: '203-579-5861\u001b]0;pwned\u0007',
            division: 'New\u009bHaven',
          },
        ],
      }),
    );
    const [court] = feed.courts;
    expect(court?.title).toBe('Connecticut[31m District Court');
    expect(court?.helpDesk[0]).toEqual({
      courtId: 'CTDC',
      phone: '203-579-5861]0;pwned',
      division: 'NewHaven',
    });
    const unsafe =
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
    expect(JSON.stringify(feed)).not.toMatch(unsafe);
  });

  it('drops them from a normalised copy too, and changes nothing else there', () => {
    const copy = structuredClone(normalised) as {
      courts: { title: string; pdfSizeMB: string | null }[];
    };
    const [first] = copy.courts;
    if (first) first.title = 'Pacer\u001b[2J Case Locator';
    const read = readFeedJson(copy);
    expect(read.form).toBe('normalised');
    expect(read.feed.courts[0]?.title).toBe('Pacer[2J Case Locator');
    expect(read.feed.courts.slice(1)).toEqual(normalised.courts.slice(1));
  });

  it('turns offices given as an object keyed by index into a list, in index order', () => {
    const { feed } = readFeedJson(
      rawFeed({
        locations: { '4': { name: 'Fourth' }, '0': { name: 'First' }, '2': { name: 'Third' } },
      }),
    );
    expect(feed.courts[0]?.locations.map((location) => location.name)).toEqual([
      'First',
      'Third',
      'Fourth',
    ]);
  });

  it('groups counties by state, and a county with no state under "(state not given)"', () => {
    const { feed } = readFeedJson(
      rawFeed({
        counties: [
          { name: 'Fairfield', state: 'Connecticut' },
          { name: 'American Samoa' },
          { name: 'Hartford', state: 'Connecticut' },
        ],
      }),
    );
    expect(feed.courts[0]?.counties).toEqual({
      Connecticut: ['Fairfield', 'Hartford'],
      '(state not given)': ['American Samoa'],
    });
  });

  it('reports fields it does not know, and reads the rest', () => {
    const read = readFeedJson(
      rawFeed(
        {
          accessibility_url: 'https://x',
          help_desk: [{ courtId: 'CTDC', phone: '203-579-5861', tty: '711' }],
        },
        { version: 2 },
      ),
    );
    expect(read.newFields).toEqual([
      'data[].accessibility_url',
      'data[].help_desk[].tty',
      'meta.version',
    ]);
    expect(read.feed.courts[0]?.helpDesk).toEqual([{ courtId: 'CTDC', phone: '203-579-5861' }]);
  });

  it.each([
    ['help desks given as text', rawFeed({ help_desk: '203-579-5861' }), 'data[0].help_desk'],
    ['an entry without its id', rawFeed({ court_id: undefined }), 'data[0].court_id'],
    [
      'a list of courts that is not one',
      { meta: { last_updated: 'Tue, 10 Jan 2023 06:10:05 -0500' }, data: 3 },
      'data',
    ],
    ['an empty list', { ...rawFeed(), data: [] }, 'data'],
    ['no last_updated', { meta: {}, data: rawFeed().data }, 'meta.last_updated'],
  ])('refuses a changed shape: %s', (_what, json, where) => {
    expect(() => readFeedJson(json)).toThrow(FeedShapeError);
    expect(() => readFeedJson(json)).toThrow(where);
  });

  it('refuses a last_updated it cannot read', () => {
    expect(() => readFeedJson(rawFeed({}, { last_updated: 'yesterday' }))).toThrow(/last_updated/);
  });
});

describe('the feed helpers', () => {
  it.each([
    ['https://ecf.ctd.uscourts.gov', 'ctd'],
    ['https://ecf.ca9.uscourts.gov/n/beam/servlet/TransportRoom', 'ca9'],
    ['https://ecf.ohndad.ohnd.uscourts.gov', null],
    ['https://pcl.uscourts.gov/search', null],
    [null, null],
  ])('reads the court id of the CM/ECF address %s', (url, id) => {
    expect(hostIdOf(url)).toBe(id);
  });

  it('orders copies of the feed by their last_updated, time zone included', () => {
    const a = readFeedTime('Tue, 10 Jan 2023 06:10:05 -0500');
    const b = readFeedTime('Tue, 10 Jan 2023 11:10:06 +0000');
    expect(a?.day).toBe('2023-01-10');
    expect(a && b && b.instant - a.instant).toBe(1000);
    expect(readFeedTime('Tue, 31 Feb 2023 06:10:05 -0500')).toBeUndefined();
  });
});
