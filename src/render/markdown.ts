/** The plan as a Markdown checklist, fit to e-mail or print. Never any colour. */
import { countOf } from '../counts.js';
import { formatDay } from '../dates.js';
import type { Plan, PlanAction, PlanCourt } from '../plan/types.js';
import { toSafeText } from '../safe-text.js';
import { forActions, gatherContacts } from './contact.js';
import { toSafePlan } from './safe-plan.js';
import { LIVE_STATUS_WORDS, STATUS_WORDS } from './status-words.js';
import { describeDataAge, describeSource, inReadingOrder, References } from './references.js';

/**
 * Escapes what Markdown would read as formatting in our texts. Underscores are left alone:
 * they sit inside URLs and words, where GitHub-flavoured Markdown does not emphasise them.
 */
function escape(text: string): string {
  return text.replace(/([\\`*[\]|<>])/g, '\\$1');
}

/** Renders the plan as a Markdown checklist, the answer first (as the text plan). */
export function renderMarkdown(unsafePlan: Plan, options: { title?: string } = {}): string {
  const plan = toSafePlan(unsafePlan);
  const out: string[] = [];
  out.push(
    `# ${escape(toSafeText(options.title ?? `NextGen CM/ECF checklist: ${plan.courts.map((court) => court.id).join(', ')}`))}`,
  );
  out.push('');
  out.push(
    `As of ${formatDay(plan.asOf)} · Status: **${STATUS_WORDS[plan.status].phrase}** · ${countOf(plan.actions.length, 'action')}`,
  );
  out.push('');
  const age = describeDataAge(plan.dataAsOf);
  if (age) {
    out.push(`Court data: ${escape(age)}`);
    out.push('');
  }
  const refs = new References({ sources: inReadingOrder(plan, { contactsLast: true }) });
  const cite = (ids: readonly string[]) => escape(refs.cite(ids));
  if (plan.actions.length === 0) {
    out.push('Nothing to do: you can e-file with your PACER account.');
  } else {
    plan.actions.forEach((action, index) =>
      out.push(
        `${index + 1}. ${escape(action.title)} (${action.court ?? 'PACER'})${whenOf(action)}`,
      ),
    );
  }
  out.push('');

  // The court facts that change the plan, before the steps they bear on.
  out.push(plan.courts.length === 1 ? '## Court' : '## Courts');
  out.push('');
  out.push('| Court | NextGen | CM/ECF |');
  out.push('| --- | --- | --- |');
  for (const court of plan.courts) {
    const status = nextGenStatusWords(court);
    out.push(
      `| ${escape(court.name)} (${court.id}) | ${status}; go-live ${escape(court.nextGen.goLive)}${cite(court.nextGen.sources)} | ${court.ecfUrl} |`,
    );
  }
  out.push('');
  // A court of appeals' filing systems belong with the court: where new cases are filed.
  const acmsLines = plan.courts.flatMap(({ id, acms }) =>
    acms
      ? [
          `- ACMS, ${id}: ${escape(acms.summary)}${cite(acms.sources)}${acms.portal ? ` Log in to ACMS at ${acms.portal}.` : ''}`,
        ]
      : [],
  );
  if (acmsLines.length > 0) out.push(...acmsLines, '');
  if (plan.notes.length > 0) {
    out.push('## Notes');
    out.push('');
    for (const note of plan.notes)
      out.push(
        `- ${note.court ? `(${note.court}) ` : ''}${escape(note.text)}${cite(note.sources)}`,
      );
    out.push('');
  }

  if (plan.actions.length > 0) {
    out.push('## Step by step');
    out.push('');
  }
  plan.actions.forEach((action, index) => {
    out.push(`- [ ] **${index + 1}. ${escape(action.title)}** (${action.court ?? 'PACER'})`);
    out.push(`  - Why: ${escape(action.why)}${cite(action.whySources)}`);
    if (action.caveat) out.push(`  - Note: ${escape(action.caveat)}`);
    if (action.notBefore) out.push(`  - Not before: ${formatDay(action.notBefore)}`);
    if (action.notBeforeGoLive)
      out.push(`  - Not before: the court's go-live (${escape(action.notBeforeGoLive)})`);
    if (action.deadline) out.push(`  - Deadline: ${formatDay(action.deadline)}`);
    action.steps.forEach((step, stepIndex) =>
      out.push(`  ${stepIndex + 1}. ${escape(step)}${cite(action.stepSources[stepIndex] ?? [])}`),
    );
    for (const link of action.links)
      out.push(`  - [${escape(link.label)}](${link.url})${cite(link.sources)}`);
  });
  if (plan.actions.length > 0) out.push('');
  // Each help desk once, with the actions it helps with.
  const contacts = gatherContacts(plan.actions);
  if (contacts.length > 0) {
    out.push('## Whom to ask');
    out.push('');
    for (const contact of contacts)
      out.push(
        `- ${escape(contact.text)}${cite(contact.sources)} (${forActions(contact.actions)})`,
      );
    out.push('');
  }
  const sources = refs.list();
  if (sources.length > 0) {
    out.push('## Sources');
    out.push('');
    for (const { number, source } of sources)
      out.push(`${number}. ${escape(describeSource(source))}`);
    out.push('');
  }
  return out.join('\n');
}

/** A court's NextGen status on the plan's day, in words (the Markdown and HTML checklists). */
export function nextGenStatusWords(court: Pick<PlanCourt, 'nextGen'>): string {
  // Under a column headed NextGen, the unknown status need not name it again.
  return court.nextGen.status === 'unknown'
    ? 'status unknown on this date'
    : LIVE_STATUS_WORDS[court.nextGen.status].phrase;
}

/** The dates that bound an action, for the short list: " · not before …", " · by …". */
function whenOf(action: PlanAction): string {
  const parts: string[] = [];
  if (action.notBefore) parts.push(`not before ${formatDay(action.notBefore)}`);
  if (action.notBeforeGoLive) parts.push("not before the court's go-live");
  if (action.deadline) parts.push(`by ${formatDay(action.deadline)}`);
  return parts.map((part) => ` · ${part}`).join('');
}
