/**
 * What each court of appeals has said of ACMS, its Appellate Case Management System, as read
 * on the day below: the Second and Ninth Circuits moved new cases from CM/ECF to ACMS (by case
 * type, then all, for the Ninth); for the other eleven no public statement was found, and the
 * profile says so with the pages read. Sources are page addresses, cited by their registry ids
 * in the generated files. (The Court of Appeals for Veterans Claims, which also announced ACMS,
 * is not one of the 201 courts.)
 */
import type { Acms, ProcedureOverride } from '../../src/profile/schema.js';

/** The day every court of appeals' pages were last searched for an ACMS statement. */
export const ACMS_CHECKED = '2026-11-23';

const CA2_HOME = 'https://www.ca2.uscourts.gov/';
const CA9_EFILING = 'https://www.ca9.uscourts.gov/efiling/';
const CA9_ACMS = 'https://www.ca9.uscourts.gov/efiling/acms/';
const ACMS_INSTRUCTIONS = 'https://dokumen.tips/documents/acms-portal-instructions.html';
const CA9_PORTAL = 'https://ca9-portal.powerappsportals.us';

/** A court whose pages were searched and showed no move to ACMS: the newest pages read. */
const notFound = (...pages: string[]): Acms => ({
  status: 'no-statement-found',
  checked: ACMS_CHECKED,
  source: pages.length === 1 ? (pages[0] as string) : pages,
  note: 'No page found mentions ACMS (a search for "<court> ACMS Appellate Case Management System" over stored copies of public pages); the source is the newest court page seen. Not proof that the court has not moved.',
});

/** Every court of appeals, by id. */
export const ACMS_FACTS: Readonly<Record<string, Acms>> = {
  ca1: notFound('https://www.ca1.uscourts.gov/cmecf'),
  ca2: {
    status: 'moved',
    moves: [
      {
        cases: 'some-types',
        caseTypes: 'petitions for review of Board of Immigration Appeals decisions',
        to: '2022-12-01',
        source: [ACMS_INSTRUCTIONS, CA2_HOME],
        note: 'The Second and Ninth Circuits\' joint "ACMS Portal Instructions" (undated, a third-party copy): "Initially the system will accept only new petitions for review (PFR) on appeal from a Board of Immigration Appeals decision." The court\'s announcement of December 1, 2022 shows ACMS already in use ("the court\'s case management program that processes Ag…", cut off there in the copy read). When the Second Circuit began is not known.',
      },
      {
        cases: 'some-types',
        from: '2023-01-01',
        source: CA2_HOME,
        note: '"December 1, 2022 – ACMS to Expand Operations on January 1, 2023 - On January 1, 2023, ACMS ..." The copy read is cut off before the case types.',
      },
      {
        cases: 'some-types',
        caseTypes: 'prisoner habeas and civil rights appeals',
        from: '2023-05-01',
        source: CA2_HOME,
        note: '"April 3, 2023 – ACMS to Expand Operations on May 1, 2023 - ... Filings in all Prisoner habeas and civil rights appeals opened in the Court of Appeals on or after May 1, 2023 must be filed in ACMS." Nothing newer on ACMS was found (the announcements archive runs to December 2023).',
      },
    ],
    checked: ACMS_CHECKED,
    note: 'No Second Circuit page says what happens to cases opened in CM/ECF before a move; that they stay there is an inference from "opened ... on or after May 1, 2023", so it is not stated.',
  },
  ca3: notFound('https://www.ca3.uscourts.gov/cmecf_faq?page=2'),
  ca4: notFound(
    'https://webharvest.gov/congress115th/20190109030614/http://www.ca4.uscourts.gov/caseinformationefiling/efiling_cm-ecf/cm-ecf-next-gen/linkaccounts',
  ),
  ca5: notFound('https://www.ca5.uscourts.gov/about-the-court'),
  ca6: notFound('https://www.ca6.uscourts.gov/internet/'),
  ca7: notFound('https://www.ca7.uscourts.gov/case-information/case-information.htm'),
  ca8: notFound('https://www.ca8.uscourts.gov/news?page=1'),
  ca9: {
    status: 'moved',
    moves: [
      {
        cases: 'some-types',
        caseTypes: 'immigration petitions for review',
        from: '2021-05-01',
        source: [CA9_EFILING, CA9_ACMS],
        note: '"As of May 1, 2021, the court began to process new petitions for review in immigration cases through the court\'s new Appellate Case Management System (ACMS)."',
      },
      {
        cases: 'some-types',
        from: '2021-05-01',
        to: '2023-09-30',
        source: CA9_EFILING,
        note: '"Since then, other case types have been opened in ACMS": which, and on what days before October 1, 2023, the page does not say.',
      },
      {
        cases: 'all-new',
        from: '2023-10-01',
        source: CA9_EFILING,
        note: '"as of October 1, 2023, all new cases opened in the U.S. Court of Appeals for the Ninth Circuit will be opened in ACMS."',
      },
    ],
    existingCases: {
      text: 'Cases opened in CM/ECF continue in CM/ECF unless the court directs otherwise.',
      source: CA9_EFILING,
    },
    portal: {
      label: 'Ninth Circuit E-Filer Portal (ACMS)',
      url: CA9_PORTAL,
      source: CA9_ACMS,
    },
    checked: ACMS_CHECKED,
  },
  ca10: notFound('https://ecf.ca10.uscourts.gov/n/AttorneyFiling/pages/customPublicFilerPage.html'),
  ca11: notFound('https://www.ca11.uscourts.gov/index.php/node?page=6'),
  cadc: notFound('https://www.cadc.uscourts.gov/tags/announcement-active?page=1'),
  cafc: notFound('https://www.cafc.uscourts.gov/home/the-court/notices-announcements/page/4'),
};

/** The courts' own ACMS steps, after the national ones. */
export const ACMS_PROCEDURES: Readonly<Record<string, ProcedureOverride>> = {
  ca2: {
    mode: 'after',
    steps: [
      {
        text: "Check the court's website, https://www.ca2.uscourts.gov, for which case types are filed in ACMS: the court's notices found name prisoner habeas and civil rights appeals opened on or after May 1, 2023, but not the case types added on January 1, 2023.",
        source: CA2_HOME,
      },
      {
        text: 'Which court system holds cases opened before a move is not stated in the sources found: ask the court.',
        source: CA2_HOME,
      },
    ],
    source: CA2_HOME,
  },
  ca9: {
    // The court's own steps cover the national ones, with its portal and its registration.
    mode: 'replace',
    steps: [
      {
        text: `ACMS is a filing system apart from CM/ECF: log in to it at the Ninth Circuit's E-Filer Portal, ${CA9_PORTAL}, with your PACER username and password, not with a CM/ECF login.`,
        source: CA9_ACMS,
      },
      {
        text: 'Make sure your PACER account is upgraded before you log in to ACMS for the first time.',
        source: ACMS_INSTRUCTIONS,
      },
      {
        text: 'If you are already registered to e-file in the Ninth Circuit, nothing more is needed to file in ACMS. If not, register through PACER first (the court points to the PACER Registration Wizard): Manage My Account, Maintenance tab, Attorney Admissions/E-File Registration (or Non-Attorney E-File Registration).',
        source: [
          CA9_ACMS,
          'https://pacer.uscourts.gov/help/faqs/how-do-i-link-my-cmecf-electronic-filing-credentials-my-upgraded-pacer-account',
        ],
      },
      {
        text: 'Cases opened in CM/ECF continue in CM/ECF unless the court directs otherwise. The case number tells them apart: a CM/ECF number is the year, a hyphen and five digits (21-70002); an ACMS number has fewer digits after the hyphen (21-20).',
        source: CA9_EFILING,
      },
      {
        text: 'You cannot ask for an exemption from e-filing in ACMS.',
        source: CA9_EFILING,
      },
    ],
    links: [
      { label: 'Ninth Circuit E-Filer Portal (ACMS)', url: CA9_PORTAL, source: CA9_ACMS },
      { label: 'Ninth Circuit electronic filing', url: CA9_EFILING, source: CA9_EFILING },
    ],
    source: [CA9_ACMS, CA9_EFILING],
  },
};
