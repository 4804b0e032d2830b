/**
 * What the facts audit of December 2026 found wrong in the help desks read from PACER's feed
 * (../shared/research/facts-audit-2026-12.md), each a case: CM/ECF addresses the feed gives
 * are kept, a named person's own address or another court's is never a help desk, and a
 * label carries no release string or stray "http".
 */
import { describe, expect, it } from 'vitest';
import { contactsFromFeed, refusedAddress } from '../../src/feed/contacts.js';
import { isPersonalAddress } from '../../src/profile/email-roles.js';
import { feedRecordsOf } from '../../src/feed/court-facts.js';
import { readReferenceData } from '../../scripts/generate/write-generated.js';
import { ROOT } from '../helpers/cli.js';

const data = await readReferenceData(ROOT);
const desksOf = (id: string) => contactsFromFeed(feedRecordsOf(id, data.feed), 'feed').helpDesks;
const emailsOf = (id: string) =>
  desksOf(id)
    .map((desk) => desk.email)
    .filter(Boolean);

describe("the help desks read from PACER's feed", () => {
  it.each([
    ['cod', 'cod_cmecf@cod.uscourts.gov'],
    ['txwd', 'txwd_ecf_help@txwd.uscourts.gov'],
    ['ared', 'ecf_support@ared.uscourts.gov'],
    ['miwd', 'ecfhelp@miwd.uscourts.gov'],
    ['mied', 'attyhelp@mied.uscourts.gov'],
    ['ca9', 'cmecf_bapca9@ca9.uscourts.gov'],
  ])('keep the CM/ECF address the feed gives for %s', (id, email) => {
    expect(emailsOf(id)).toContain(email);
  });

  it('do not take a general address for the CM/ECF one', () => {
    expect(emailsOf('miwd')).not.toContain('info@miwd.uscourts.gov');
    expect(emailsOf('ared')).not.toContain('clerksoffice@ared.uscourts.gov');
  });

  it.each([
    ['akb', 'janet_stafford@akb.uscourts.gov'],
    ['neb', 'cheri_sorensen@neb.uscourts.gov'],
    ['mtb', 'denali_elmore@mtb.uscourts.gov'],
    ['gub', 'chambers@gud.uscourts.gov'],
  ])("never show %s's %s as a help desk", (id, email) => {
    expect(emailsOf(id)).not.toContain(email);
    expect(contactsFromFeed(feedRecordsOf(id, data.feed), 'feed').leftOut.join('\n')).toContain(
      email,
    );
  });

  it.each(['ilnd', 'nywd', 'idd', 'wiwb'])(
    'give %s labels without release strings or addresses',
    (id) => {
      for (const desk of desksOf(id))
        for (const text of [desk.label, desk.division ?? ''])
          expect(text, id).not.toMatch(/nextgen|https?:|www\./i);
    },
  );

  it("call nywd's Rochester number the general line it is, at Rochester", () => {
    expect(desksOf('nywd')).toContainEqual(
      expect.objectContaining({
        label: 'General number',
        division: 'Rochester',
        phone: '585-613-4000',
      }),
    );
  });
});

describe('telling a shared box from a person', () => {
  it.each([
    ['cmecf@ctd.uscourts.gov', false],
    ['ecf_helpdesk@ca3.uscourts.gov', false],
    ['bankruptcy_clerk@utb.uscourts.gov', false],
    ['efile_information@alsd.uscourts.gov', false],
    ['wyb_doc@wyb.uscourts.gov', false],
    ['webteam_wieb@wieb.uscourts.gov', false],
    ['janet_stafford@akb.uscourts.gov', true],
    ['jane.q.doe@ctd.uscourts.gov', true],
  ])('%s is a person’s: %s', (email, personal) => {
    expect(isPersonalAddress(email)).toBe(personal);
  });

  it("refuses another kind of court's box, but not a territory's district or a shared one", () => {
    expect(refusedAddress('x_help@ctd.uscourts.gov', { id: 'ctb' })).toBe(
      "another court's address",
    );
    expect(
      refusedAddress('vib_ecfhelp@vid.uscourts.gov', { id: 'vib', alsoOwn: 'vid' }),
    ).toBeUndefined();
    expect(refusedAddress('askecf@areb.uscourts.gov', { id: 'arwb' })).toBeUndefined();
  });
});
