/**
 * The plan as text for a terminal: a header with the courts, the date and the status, then
 * numbered actions with their steps, links and contacts. Colour only when asked for: the
 * caller decides (TTY, NO_COLOR, --no-color) and passes a level in.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { formatDay } from '../dates.js';
import type { Plan, PlanAction } from '../plan/types.js';
import { formatContact } from './contact.js';
import { toSafePlan } from './safe-plan.js';
import { describeDataAge, describeSource, References } from './references.js';
import { wrap } from './wrap.js';

export interface TextOptions {
  /** chalk colour level: 0 for none. */
  colorLevel?: 0 | 1 | 2 | 3;
  /** Columns to wrap at. */
  width?: number;
}

const STATUS_WORDS = {
  ready: 'READY',
  'action-needed': 'ACTION NEEDED',
  waiting: 'WAITING',
} as const;

/** Renders the plan as text. */
export function renderText(unsafePlan: Plan, options: TextOptions = {}): string {
  const plan = toSafePlan(unsafePlan);
  const c = new Chalk({ level: options.colorLevel ?? 0 });
  const width = Math.max(60, Math.min(options.width ?? 100, 120));
  const out: string[] = [];

  out.push(
    c.bold(
      `NextGen CM/ECF readiness · ${plan.courts.map((court) => court.id).join(', ')} · as of ${formatDay(plan.asOf)}`,
    ),
  );
  const statusColor =
    plan.status === 'ready' ? c.green : plan.status === 'waiting' ? c.yellow : c.red;
  const count = plan.actions.length;
  out.push(
    `Status: ${statusColor.bold(STATUS_WORDS[plan.status])}${count > 0 ? ` (${count} action${count === 1 ? '' : 's'})` : ''}`,
  );
  const age = describeDataAge(plan.dataAsOf);
  if (age) out.push(wrap(c.dim(`Court data: ${age}`), width, '', '  '));
  out.push('');
  const refs = new References(plan);
  for (const court of plan.courts) {
    out.push(`${c.bold(court.id)}  ${court.name}`);
    const status =
      court.nextGen.status === 'live'
        ? c.green('on NextGen')
        : court.nextGen.status === 'not-live'
          ? c.yellow('not yet on NextGen')
          : c.yellow('NextGen status unknown on this date');
    out.push(
      wrap(
        `${status} · go-live ${court.nextGen.goLive}${refs.cite(court.nextGen.sources)} · CM/ECF ${court.ecfUrl}`,
        width,
        '     ',
        '     ',
      ),
    );
    // A court of appeals' filing systems belong to its header: where new cases are filed.
    if (court.acms) {
      const portal = court.acms.portal ? ` · ACMS log-in ${court.acms.portal}` : '';
      out.push(
        wrap(
          `ACMS: ${court.acms.summary}${refs.cite(court.acms.sources)}${portal}`,
          width,
          '     ',
          '     ',
        ),
      );
    }
  }
  out.push('');
  if (count === 0) {
    out.push(c.green('Nothing to do: you can e-file with your PACER account.'));
  }
  plan.actions.forEach((action, index) => {
    out.push(...renderAction(action, index + 1, c, width, refs));
    out.push('');
  });
  if (plan.notes.length > 0) {
    out.push(c.bold('Notes'));
    for (const note of plan.notes) {
      const where = note.court ? `[${note.court}] ` : '';
      out.push(wrap(`${where}${note.text}${refs.cite(note.sources)}`, width, '  - ', '    '));
    }
    out.push('');
  }
  out.push(...renderReferences(refs, c, width));
  return out.join('\n');
}

/** The numbered list of sources, once, at the end. */
function renderReferences(refs: References, c: ChalkInstance, width: number): string[] {
  const sources = refs.list();
  if (sources.length === 0) return [];
  const lines = [c.bold('Sources')];
  for (const { number, source } of sources) {
    const prefix = `  [${number}] `;
    lines.push(wrap(describeSource(source), width, prefix, ' '.repeat(prefix.length)));
  }
  lines.push('');
  return lines;
}

function renderAction(
  action: PlanAction,
  number: number,
  c: ChalkInstance,
  width: number,
  refs: References,
): string[] {
  const lines: string[] = [];
  const scope = action.court ? `[${action.court}]` : '[PACER]';
  lines.push(wrap(`${c.bold(`${number}. ${action.title}`)} ${c.dim(scope)}`, width, '', '   '));
  const field = (label: string, text: string) =>
    lines.push(wrap(`${c.bold(label)} ${text}`, width, '   ', '     '));
  field('Why:', `${action.why}${refs.cite(action.whySources)}`);
  if (action.caveat) field('Note:', action.caveat);
  if (action.notBefore)
    field('Not before:', `${formatDay(action.notBefore)} (cannot be done earlier)`);
  if (action.notBeforeGoLive)
    field(
      'Not before:',
      `the court's go-live (${action.notBeforeGoLive}); it cannot be done earlier`,
    );
  if (action.deadline) field('Deadline:', `${formatDay(action.deadline)}`);
  lines.push(`   ${c.bold('Steps:')}`);
  action.steps.forEach((step, index) => {
    const prefix = `     ${String.fromCharCode(97 + (index % 26))}. `;
    lines.push(
      wrap(
        `${step}${refs.cite(action.stepSources[index] ?? [])}`,
        width,
        prefix,
        ' '.repeat(prefix.length),
      ),
    );
  });
  if (action.links.length > 0) {
    lines.push(`   ${c.bold('Links:')}`);
    for (const link of action.links)
      lines.push(
        wrap(
          `${link.label}: ${c.cyan(link.url)}${refs.cite(link.sources)}`,
          width,
          '     - ',
          '       ',
        ),
      );
  }
  if (action.contacts.length > 0) {
    lines.push(`   ${c.bold('Contacts:')}`);
    for (const contact of action.contacts)
      lines.push(
        wrap(`${formatContact(contact)}${refs.cite(contact.sources)}`, width, '     - ', '       '),
      );
  }
  return lines;
}
