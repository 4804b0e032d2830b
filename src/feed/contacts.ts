/**
 * Help desks from PACER's court feed. The feed's text fields are free text: a phone field may
 * hold "N/A", an e-mail address or two numbers run together; an e-mail field may hold a
 * sentence. Only clean values are taken; everything left out is reported, so the generated
 * profile can say what was dropped and why.
 */
import { isPersonalAddress } from '../profile/email-roles.js';
import { districtOf, TERRITORIAL } from './court-names.js';
import type { FeedCourt, FeedHelpDesk, FeedLocation } from './feed.js';
import { Email, type Contact } from '../profile/schema.js';

/** A phone number found in a feed text, written 800-676-6856. */
export interface ParsedPhone {
  phone: string;
  extension?: string;
  /** Text around the number that is not part of it (", Option 12"); empty when none. */
  rest: string;
}

const PHONE_TEXT =
  /^\s*\(?(\d{3})\)?[\s.-]*(\d{3})[\s.-]+(\d{4})\s*(?:(?:ext\.?|x)\s*(\d{1,6}))?\s*(.*?)\s*$/i;

/**
 * Reads one phone number at the start of a feed text. Area codes and exchanges must be
 * possible North American numbers: N11 codes are services and N9X area codes are reserved,
 * so a typo such as 299 is caught rather than printed.
 */
export function parsePhone(text: string | undefined): ParsedPhone | undefined {
  const match = PHONE_TEXT.exec(text ?? '');
  if (!match) return undefined;
  const [, area = '', exchange = '', line = '', extension, rest = ''] = match;
  if (!isPossibleNumber(area, exchange)) return undefined;
  if (/\d{3}[\s.-]*\d{4}/.test(rest)) return undefined; // a second number: which one is meant?
  const parsed: ParsedPhone = { phone: `${area}-${exchange}-${line}`, rest };
  if (extension) parsed.extension = extension;
  return parsed;
}

function isPossibleNumber(area: string, exchange: string): boolean {
  const serviceCode = (code: string) => code[1] === '1' && code[2] === '1';
  return (
    /^[2-9]/.test(area) &&
    area[1] !== '9' &&
    !serviceCode(area) &&
    /^[2-9]/.test(exchange) &&
    !serviceCode(exchange)
  );
}

/** The digits of a phone text, when it is one possible number and nothing else. */
function singlePhone(text: string | undefined): string | undefined {
  const parsed = parsePhone(text);
  return parsed && parsed.rest === '' && !parsed.extension ? parsed.phone : undefined;
}

/**
 * An e-mail text that is exactly one plain ASCII address at a court (uscourts.gov) domain: the
 * feed also carries placeholders such as deadmail@localhost.localdomain.
 */
export function cleanEmail(text: string | undefined): string | undefined {
  const trimmed = (text ?? '').trim();
  return Email.safeParse(trimmed).success && /@([a-z0-9-]+\.)*uscourts\.gov$/i.test(trimmed)
    ? trimmed
    : undefined;
}

/** The court code of a uscourts.gov address ("gud" of chambers@gud.uscourts.gov). */
const courtCodeOf = (email: string) =>
  /@(?:[a-z0-9-]+\.)*?([a-z0-9-]+)\.uscourts\.gov$/i.exec(email)?.[1]?.toLowerCase();

/**
 * An address the court can be written to: at its own domain (its id, or its website's host:
 * are.uscourts.gov for ared), not another court's, not a named person's, not a judge's
 * chambers. Why one is refused, for the generated file's header; undefined when usable.
 */
export function refusedAddress(
  email: string,
  court: { id: string; webHost?: string | undefined; alsoOwn?: string | undefined },
): string | undefined {
  const code = courtCodeOf(email);
  const own = [court.id, court.webHost, court.alsoOwn].filter(Boolean);
  // A court of the other kind (a bankruptcy court's page listing its district court's box):
  // courts of one kind in a state may share one (the Arkansas bankruptcy courts do).
  const kind = (id: string) => /^[a-z]{2}[nmsewc]?([db])$/.exec(id)?.[1];
  if (code && !own.includes(code) && kind(code) && kind(code) !== kind(court.id))
    return "another court's address";
  if (/^chambers@/i.test(email)) return "a judge's chambers, not a help desk";
  if (isPersonalAddress(email)) return "a named person's own address, not a help desk";
  return undefined;
}

const ADDRESS_IN_TEXT = /[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)*uscourts\.gov/gi;

/**
 * The CM/ECF help addresses in a feed text: an address whose own name says so (ecfhelp@,
 * cod_cmecf@), or that follows a label saying so ("ECF Help Desk - attyhelp@...",
 * "(CM/ECF Help) ..."). "General Questions: info@..." is not one.
 */
export function cmEcfAddressesIn(text: string | undefined): string[] {
  const found: string[] = [];
  let previousEnd = 0;
  for (const match of (text ?? '').matchAll(ADDRESS_IN_TEXT)) {
    const email = match[0];
    const local = email.split('@')[0] ?? '';
    const label = (text ?? '').slice(previousEnd, match.index);
    previousEnd = match.index + email.length;
    const labelled = /(?:ecf|electronic filing|help)[^:()\-\u2013]*[:)\-\u2013]\s*$/i.test(label);
    if ((/ecf|help|support/i.test(local) || labelled) && Email.safeParse(email).success)
      found.push(email);
  }
  return found;
}

/** A number an office's phone text names, with the words the text gives it ("Main Number"). */
export interface LabelledPhone {
  phone: string;
  label: string;
}

const NUMBER_IN_TEXT = /(?:1-)?(?:\(?(\d{3})\)?[\s.-]*)?(\d{3})[\s.-]+(\d{4})(?![\d-])/g;
const LABEL_AFTER = /^\s*(?:\(([^)]*)\)|for the ([A-Za-z/ ]+?)(?=$|[,;.]))/;
const JOINERS = /^[\s,;:.\-\u2013]+|[\s,;:.\-\u2013]+$|^(?:or|and)\s+|\s+(?:or|and)$/gi;

/**
 * The numbers an office's phone text gives with a label: "Main Number 354-3000; Helpline
 * (criminal) 202-354-3060 and civil (202) 354-3190" names a main number and two helplines. A
 * number's label is the text before it (after the previous number), else a parenthesised or
 * "for the ..." text right after it. A local number takes the text's one area code. A bare
 * qualifier ("civil") after a label like "Helpline (criminal)" is read as "Helpline (civil)".
 */
export function labelledPhones(text: string | undefined): LabelledPhone[] {
  if (!text) return [];
  const matches = [...text.matchAll(NUMBER_IN_TEXT)];
  const areas = new Set(matches.map((match) => match[1]).filter(Boolean));
  const found: LabelledPhone[] = [];
  let previousEnd = 0;
  let previousLabel = '';
  for (const match of matches) {
    const [, area = areas.size === 1 ? [...areas][0] : undefined, exchange = '', line = ''] = match;
    const start = match.index;
    const end = start + match[0].length;
    const between = text.slice(previousEnd, start);
    let label = tidyLabel(between);
    let after = 0;
    if (label === '') {
      const trailing = LABEL_AFTER.exec(text.slice(end));
      label = tidyLabel(trailing?.[1] ?? trailing?.[2] ?? '');
      after = trailing?.[0].length ?? 0;
    }
    // "CM/ECF Help Desk (866) 449-2550 or (501) 604-5351": both numbers are the help desk.
    if (label === '' && /\b(?:or|and)\b/i.test(between)) label = previousLabel;
    const family = /^(.+?)\s*\([^)]*\)$/.exec(previousLabel)?.[1];
    if (family && /^[a-z]+$/.test(label)) label = `${family} (${label})`;
    previousEnd = end + after;
    previousLabel = label;
    // A label holding digits ran over a number that could not be read: it says nothing sure.
    if (!area || !isPossibleNumber(area, exchange) || label === '' || /\d/.test(label)) continue;
    // "ELECTRONIC FILING HELP DESK" reads as "Electronic filing help desk".
    const words = label === label.toUpperCase() ? label.toLowerCase() : label;
    found.push({
      phone: `${area}-${exchange}-${line}`,
      label: words.charAt(0).toUpperCase() + words.slice(1),
    });
  }
  return found;
}

/** The words of a label: separators and joining words trimmed, dash runs read as commas. */
function tidyLabel(text: string): string {
  return text
    .replace(/\s+-{1,2}\s+/g, ', ')
    .replace(JOINERS, '')
    .replace(JOINERS, '')
    .replace(/^(?:or|and)$/i, '')
    .trim();
}

/** A label that names a help desk for filers. */
const HELP_LABEL = /help|ecf/i;
/** A label that names a court's general line rather than a help desk. */
const GENERAL_LABEL = /\b(?:main|general|court|clerk)/i;

const PLAIN_DIVISION = /^[A-Za-z][A-Za-z .,'&()/-]*$/;
const squashSpaces = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface FeedContacts {
  helpDesks: Contact[];
  /** What was left out of the feed and why, one line each, for the generated file's header. */
  leftOut: string[];
}

/**
 * The help desks of one court from its feed records (an appellate court's own record first,
 * then its bankruptcy appellate panel's, which shares the court's CM/ECF), each citing `cite`:
 * the registry id of the feed copy the records come from.
 */
export function contactsFromFeed(records: readonly FeedCourt[], cite: string): FeedContacts {
  const helpDesks: Contact[] = [];
  const leftOut: string[] = [];
  const first = records[0];
  const id = first?.hostId ?? '';
  const court = {
    id,
    webHost: /^https?:\/\/(?:www\.)?([a-z0-9-]+)\.uscourts\.gov/i.exec(first?.webUrl ?? '')?.[1],
    // A territory's district court hears its bankruptcy cases: its domain is the court's own.
    alsoOwn: TERRITORIAL[districtOf(id)] ? districtOf(id) : undefined,
  };
  const locations = records.flatMap((record) =>
    record.locations.map((location) => ({ ...location, name: withoutRelease(location.name) })),
  );
  for (const record of records) {
    const bap = /BAP/.test(record.pacerCode);
    for (const desk of record.helpDesk) {
      const contact = deskContact(desk, bap, locations, record.pacerCode, leftOut, cite);
      if (contact) helpDesks.push(contact);
    }
  }
  const labelled = locations.flatMap((location) => labelledPhones(location.phone));
  for (const desk of helpDesks) relabelGeneralLine(desk, labelled);
  helpDesks.push(...helplinesFromOffices(labelled, helpDesks, cite));
  helpDesks.push(...locationContacts(locations, helpDesks, leftOut, cite));
  addCmEcfAddresses(helpDesks, locations, cite);
  return { helpDesks: dedupe(withUsableAddresses(helpDesks, court, leftOut)), leftOut };
}

/**
 * An office name without the feed's debris: "Northern District of Illinois - Cm/ecf Nextgen
 * 1.6.3", "District of Idaho (live) Nextgen 1.6", "Western District of Wisconsin
 * Www.wiwb.uscourts.gov" name the office only by their first words.
 */
function withoutRelease(name: string): string {
  const plain = name
    .replace(/\s*[-\u2013]?\s*(?:\(live\)\s*)?(?:cm\/ecf\s+)?nextgen\s+[\d.]+/gi, '')
    .replace(/\s*\bwww\.\S+/gi, '')
    .trim();
  return plain || name;
}

/**
 * The CM/ECF help address an office's e-mail text names (ecf_support@ared "for technical
 * questions on CM/ECF"): given to the court's one CM/ECF help desk that has no address, or as
 * a help desk of its own.
 */
function addCmEcfAddresses(desks: Contact[], locations: readonly FeedLocation[], cite: string) {
  const known = new Set(desks.map((desk) => desk.email?.toLowerCase()));
  const addresses = [
    ...new Set(locations.flatMap((location) => cmEcfAddressesIn(location.email))),
  ].filter((email) => !known.has(email.toLowerCase()));
  if (addresses.length === 0) return;
  const bare = desks.filter((desk) => desk.label === 'CM/ECF Help Desk' && !desk.email);
  const [only] = addresses;
  if (addresses.length === 1 && bare.length === 1 && only) {
    (bare[0] as Contact).email = only;
    return;
  }
  for (const email of addresses) desks.push({ label: 'CM/ECF Help Desk', email, source: cite });
}

/** The contacts without addresses that are not the court's help desk's (said in `leftOut`). */
function withUsableAddresses(
  contacts: readonly Contact[],
  court: Parameters<typeof refusedAddress>[1],
  leftOut: string[],
): Contact[] {
  return contacts.flatMap((contact) => {
    const why = contact.email ? refusedAddress(contact.email, court) : undefined;
    if (!why) return [contact];
    leftOut.push(`e-mail ${contact.email ?? ''}: ${why}.`);
    const { email: _dropped, ...rest } = contact;
    // Without its address, an entry with no phone or page says nothing.
    return rest.phone || rest.url ? [rest] : [];
  });
}

/**
 * A number the feed lists as a help desk but whose offices' text names as the court's general
 * line ("Main Number 354-3000") is labelled as the text says, not as a help desk.
 */
function relabelGeneralLine(desk: Contact, labelled: readonly LabelledPhone[]): void {
  const labels = [
    ...new Set(labelled.filter((each) => each.phone === desk.phone).map((each) => each.label)),
  ];
  const [label] = labels;
  if (labels.length !== 1 || !label || HELP_LABEL.test(label) || !GENERAL_LABEL.test(label)) return;
  desk.label = label;
  const said = `PACER's feed lists ${desk.phone} among the court's help-desk numbers, but its office text calls it "${label}", which is the label used.`;
  desk.note = desk.note ? `${desk.note} ${said}` : said;
}

/** Help-desk numbers that only an office's text gives ("Helpline (criminal) 202-354-3060"). */
function helplinesFromOffices(
  labelled: readonly LabelledPhone[],
  desks: readonly Contact[],
  cite: string,
): Contact[] {
  const known = new Set(desks.map((desk) => desk.phone));
  const found: Contact[] = [];
  for (const { phone, label } of labelled) {
    if (known.has(phone) || !HELP_LABEL.test(label) || label.length > 60) continue;
    known.add(phone);
    found.push({
      label,
      phone,
      source: cite,
      note: `Not in the feed's help-desk list; its office text gives "${label}" with this number.`,
    });
  }
  return found;
}

function quoteDesk(desk: FeedHelpDesk): string {
  const parts = [
    desk.phone !== undefined ? `phone "${desk.phone}"` : undefined,
    desk.phoneExt !== undefined ? `extension "${desk.phoneExt}"` : undefined,
    desk.division !== undefined ? `division "${desk.division}"` : undefined,
  ].filter(Boolean);
  return parts.join(', ');
}

function deskContact(
  desk: FeedHelpDesk,
  bap: boolean,
  locations: readonly FeedLocation[],
  pacerCode: string,
  leftOut: string[],
  cite: string,
): Contact | undefined {
  const label = bap ? 'CM/ECF Help Desk, Bankruptcy Appellate Panel' : 'CM/ECF Help Desk';
  const notes: string[] = [];
  let parsed = parsePhone(desk.phone);
  if (!parsed) {
    // "txwd_ecf_help@txwd.uscourts.gov - Replies will be sent ...", "Reset CM/ECF credentials:
    // Email cod_cmecf@...": an address where the feed has no number.
    const [address] = cmEcfAddressesIn(`${desk.division ?? ''} ${desk.phone ?? ''}`);
    if (address) return { label, email: address, source: cite };
    const url = onlyHttpsUrl(desk.division);
    if (url && !desk.phone) {
      return {
        label,
        url,
        source: cite,
        note: `PACER's feed lists this help desk as ${quoteDesk(desk)}.`,
      };
    }
    const corrected = correctedFromLocation(desk, locations);
    if (!corrected) {
      leftOut.push(
        `${pacerCode} help desk ${quoteDesk(desk)}: no usable phone number (none, or not a possible one).`,
      );
      return undefined;
    }
    notes.push(
      `The feed's help-desk list gives ${quoteDesk(desk)}, which is not a possible number; the feed's office "${corrected.office}" lists ${corrected.phone}, the same number but for the area code, which is used.`,
    );
    parsed = { phone: corrected.phone, rest: '' };
  }
  const contact: Contact = { label, source: cite };
  // "Rochester http://www.nywd.uscourts.gov/cmecf to rest lost password": the place is the
  // words before the address.
  const division =
    desk.division === undefined
      ? undefined
      : squashSpaces(desk.division.replace(/\s*https?:\/?\/?\S*.*$/i, ''));
  if (division && PLAIN_DIVISION.test(division) && division.length <= 60)
    contact.division = division;
  else if (division) {
    // "Admissions/biennial fee inquiries: Email ..." says what the number is for: say that.
    const purpose = division.split(':')[0]?.trim() ?? '';
    if (/^[A-Za-z][A-Za-z .,'&()/-]*$/.test(purpose) && purpose.length <= 60)
      contact.label = purpose;
    // "Admissions/biennial fee inquiries: Email cod_attorneyservices@...": that line's address.
    const [address] = division.match(ADDRESS_IN_TEXT) ?? [];
    if (address && Email.safeParse(address).success) contact.email = address;
  }
  // "585-613-4000 - general #": the court's general line, not a help desk.
  if (/general/i.test(parsed.rest)) contact.label = 'General number';
  contact.phone = parsed.phone;
  const extension = desk.phoneExt?.trim() || parsed.extension;
  if (extension && /^\d{1,6}$/.test(extension)) contact.extension = extension;
  const plain =
    parsed.rest === '' &&
    (division === undefined || contact.division === division) &&
    (desk.phoneExt === undefined || contact.extension === desk.phoneExt) &&
    /^\s*\d{3}-\d{3}-\d{4}\s*$/.test(desk.phone ?? '');
  if (!plain && notes.length === 0)
    notes.push(`PACER's feed writes this entry as ${quoteDesk(desk)}.`);

  // E-mail and hours come only from a feed office that lists exactly this number.
  const offices = locations.filter((location) => singlePhone(location.phone) === contact.phone);
  const emails = new Set(offices.map((office) => cleanEmail(office.email)));
  const hours = new Set(offices.map((office) => office.hours && squashSpaces(office.hours)));
  if (offices.length > 0 && emails.size === 1 && hours.size === 1) {
    const [email] = emails;
    const [hour] = hours;
    if (email && !contact.email) contact.email = email;
    if (hour) contact.hours = hour;
    if (email || hour) {
      notes.push(
        `${email ? (hour ? 'E-mail and hours' : 'E-mail') : 'Hours'} from the feed's office "${squashSpaces(offices[0]?.name ?? '')}", which lists the same number.`,
      );
    }
  }
  if (notes.length > 0) contact.note = notes.join(' ');
  return contact;
}

/** A help-desk number with an impossible area code, fixed from an office with the same line. */
function correctedFromLocation(
  desk: FeedHelpDesk,
  locations: readonly FeedLocation[],
): { phone: string; office: string } | undefined {
  const typed = /^\s*\(?\d{3}\)?[\s.-]*(\d{3})[\s.-]+(\d{4})\s*$/.exec(desk.phone ?? '');
  if (!typed || !desk.division) return undefined;
  const local = `${typed[1]}-${typed[2]}`;
  const division = desk.division.trim().toLowerCase();
  const offices = locations.filter(
    (location) =>
      singlePhone(location.phone)?.endsWith(local) &&
      location.name.toLowerCase().includes(division),
  );
  const office = offices[0];
  const phone = singlePhone(office?.phone);
  if (offices.length !== 1 || !office || !phone) return undefined;
  return { phone, office: squashSpaces(office.name) };
}

function onlyHttpsUrl(text: string | undefined): string | undefined {
  const urls = (text ?? '').match(/https?:\/\/[^\s)]+/g) ?? [];
  const [url] = urls;
  return urls.length === 1 && url?.startsWith('https://') ? url : undefined;
}

/**
 * Offices whose e-mail is one clean address not already on a help desk; where a court lists no
 * usable help-desk phone at all, its offices' phones too.
 */
function locationContacts(
  locations: readonly FeedLocation[],
  desks: readonly Contact[],
  leftOut: string[],
  cite: string,
): Contact[] {
  const contacts: Contact[] = [];
  const known = new Set(desks.map((desk) => desk.email).filter(Boolean));
  const byEmail = new Map<string, FeedLocation[]>();
  for (const location of locations) {
    const email = cleanEmail(location.email);
    if (location.email !== undefined && location.email.trim() !== '' && !email) {
      leftOut.push(
        `office "${squashSpaces(location.name)}" e-mail "${squashSpaces(location.email)}": not exactly one plain address at a uscourts.gov domain.`,
      );
    }
    if (!email || known.has(email)) continue;
    byEmail.set(email, [...(byEmail.get(email) ?? []), location]);
  }
  for (const [email, offices] of byEmail) {
    const names = [...new Set(offices.map((office) => squashSpaces(office.name)))];
    const phones = new Set(offices.map((office) => singlePhone(office.phone)));
    const hours = new Set(offices.map((office) => office.hours && squashSpaces(office.hours)));
    const contact: Contact = {
      label: 'Court office',
      division: names.join('; '),
      source: cite,
    };
    const [phone] = phones;
    if (phones.size === 1 && phone) contact.phone = phone;
    contact.email = email;
    const [hour] = hours;
    if (hours.size === 1 && hour) contact.hours = hour;
    // (An address the feed gives for several offices keeps a phone or hours only where they
    // all agree: the README's "Generated profiles" says so once, not each contact.)
    contacts.push(contact);
  }
  if (desks.some((desk) => desk.phone) || contacts.some((contact) => contact.phone))
    return contacts;
  // No help-desk number at all: the offices' own numbers are the best the feed has.
  const seen = new Set<string>();
  for (const location of locations) {
    const phone = singlePhone(location.phone);
    if (!phone || seen.has(phone)) continue;
    seen.add(phone);
    const contact: Contact = {
      label: 'Court office',
      division: squashSpaces(location.name),
      phone,
      source: cite,
    };
    if (location.hours) contact.hours = squashSpaces(location.hours);
    contacts.push(contact);
  }
  return contacts;
}

/** Drops a contact that repeats an earlier one's phone, extension, e-mail and division. */
function dedupe(contacts: readonly Contact[]): Contact[] {
  const seen = new Set<string>();
  return contacts.filter((contact) => {
    const key = [contact.phone, contact.extension, contact.email, contact.division, contact.url]
      .map(String)
      .join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
