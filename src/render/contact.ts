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

/** A contact as the plan lists it once: what it says, its sources, the actions it helps with. */
export interface GatheredContact {
  text: string;
  sources: string[];
  /** The numbers (1-based) of the actions that name it. */
  actions: number[];
}

/**
 * Every contact of the plan's actions once, in first-named order, with the actions that name
 * it: a plan states each help desk (the PACER Service Center, a court's) once, not per action.
 */
export function gatherContacts(
  actions: readonly { contacts: readonly PlanContact[] }[],
): GatheredContact[] {
  const byText = new Map<string, GatheredContact>();
  actions.forEach((action, index) => {
    for (const contact of action.contacts) {
      const text = formatContact(contact);
      let gathered = byText.get(text);
      if (!gathered) {
        gathered = { text, sources: [], actions: [] };
        byText.set(text, gathered);
      }
      for (const id of contact.sources)
        if (!gathered.sources.includes(id)) gathered.sources.push(id);
      if (!gathered.actions.includes(index + 1)) gathered.actions.push(index + 1);
    }
  });
  return [...byText.values()];
}

/** "for 1", "for 1 and 3", "for 1, 2 and 4": which actions a contact helps with. */
export function forActions(numbers: readonly number[]): string {
  const words = numbers.map(String);
  const last = words.pop();
  return words.length === 0 ? `for ${last}` : `for ${words.join(', ')} and ${last}`;
}
