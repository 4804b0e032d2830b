/** One-line forms of contacts, shared by the text and Markdown renderers. */
import type { PlanContact } from '../plan/types.js';

/** "CM/ECF Help Desk (Hartford): 860-240-3200 · cmecf@ctd.uscourts.gov · 9-4, M-F" */
export function formatContact(contact: PlanContact): string {
  const who = [contact.label, contact.name].filter(Boolean).join(', ');
  const heading = contact.division ? `${who} (${contact.division})` : who;
  const phone = contact.phone
    ? contact.extension
      ? `${contact.phone} ext. ${contact.extension}`
      : contact.phone
    : contact.extension
      ? `extension ${contact.extension}`
      : undefined;
  const parts = [phone, contact.email, contact.hours, contact.url].filter((part): part is string =>
    Boolean(part),
  );
  return parts.length > 0 ? `${heading}: ${parts.join(' · ')}` : heading;
}
