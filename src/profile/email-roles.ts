/**
 * Telling a shared box (cmecf@, ecf_helpdesk@, bankruptcy_clerk@) from a named person's own
 * address (jane_doe@): only the first is a help desk a filer may be sent to. Used by the feed
 * reader, which drops the second, and by a data rule, which refuses it in any profile.
 */

/** Words that name a role, not a person: an address holding one is a shared box. */
const ROLE_WORDS = new Set(
  'info information intake web webmaster webteam case cases bk bankruptcy usbc usdc attorney attorneys atty admissions prose jury finance general mail office records docket doc docs notices ntc pacer nextgen claims newcases team staff filing efile registration user users questions contact service services systems operations qc dqa chambers court courts admin support clerk clerks help desk helpdesk all'.split(
    ' ',
  ),
);

/**
 * A named person's own address ("janet_stafford@..."), which is not a help desk: two or three
 * plain words joined by "_" or ".", none of them a role word, none naming CM/ECF or help.
 */
export function isPersonalAddress(email: string): boolean {
  const local = (email.split('@')[0] ?? '').toLowerCase();
  if (!/^[a-z]+(?:[._][a-z]+){1,2}$/.test(local) || /ecf|help|desk|clerk/.test(local)) return false;
  // A court code among the words (wyb_doc, webteam_wieb) makes it a court's box too.
  return !local
    .split(/[._]/)
    .some((word) => ROLE_WORDS.has(word) || /^[a-z]{2}[nmsewc]?[db]$/.test(word));
}
