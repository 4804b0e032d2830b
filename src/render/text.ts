/**
 * The plan as text for a terminal, the answer first: the status and the actions as a short
 * numbered list, then the court facts that change the plan (each court's NextGen status, the
 * notes), then each action in detail, the contacts once (each help desk with the actions it
 * helps with), and, with `sources`, the numbered list of sources the facts cite. Where the
 * plan is longer than the terminal, the status and the actions are repeated at the end, so
 * that the answer is on the last screen. Laid out at the caller's width, measured on visible
 * characters. Colour only when asked for: the caller decides (TTY, NO_COLOR, --no-color) and
 * passes a level in.
 */
import { LIVE_STATUS_WORDS, STATUS_WORDS } from './status-words.js';
import { Chalk, type ChalkInstance } from 'chalk';
import { countOf } from '../counts.js';
import { formatDay } from '../dates.js';
import type { Plan, PlanAction, PlanCourt } from '../plan/types.js';
import { readingWidth } from './columns.js';
import { forActions, gatherContacts } from './contact.js';
import { toSafePlan } from './safe-plan.js';
import { describeDataAge, describeSource, inReadingOrder, References } from './references.js';
import { wrap } from './wrap.js';

export interface TextOptions {
  /** chalk colour level: 0 for none. */
  colorLevel?: 0 | 1 | 2 | 3;
  /** The terminal's columns; prose is laid out within 40 to 100 of them. */
  width?: number;
  /**
   * Mark each fact with its source ("[3]") and list the sources at the end. Without it the
   * plan ends with one line saying how many documents it rests on (Markdown, HTML and JSON
   * always carry them).
   */
  sources?: boolean;
  /**
   * The terminal's rows: a plan longer than this ends with its status and actions again,
   * where the filer's eyes are when it has been printed.
   */
  rows?: number;
}

/** Renders the plan as text. */
export function renderText(unsafePlan: Plan, options: TextOptions = {}): string {
  const plan = toSafePlan(unsafePlan);
  const c = new Chalk({ level: options.colorLevel ?? 0 });
  const width = readingWidth(options.width);
  const out: string[] = [];
  const count = plan.actions.length;

  // The answer: where, when, and what it comes to.
  out.push(
    wrap(
      c.bold(
        `NextGen CM/ECF readiness · ${plan.courts.map((court) => court.id).join(', ')} · as of ${formatDay(plan.asOf)}`,
      ),
      width,
      '',
      '  ',
    ),
  );
  const answer = answerLines(plan, c, width);
  out.push(answer[0]!);
  const age = describeDataAge(plan.dataAsOf);
  if (age) out.push(wrap(c.dim(`Court data: ${age}`), width, '', '  '));
  out.push('');
  const listed = new References({ sources: inReadingOrder(plan, { contactsLast: true }) });
  const refs = options.sources === true ? listed : NO_REFERENCES;
  out.push(...answer.slice(1));
  out.push('');

  // The court facts that change the plan, before the steps they bear on.
  out.push(c.bold(plan.courts.length === 1 ? 'Court' : 'Courts'));
  for (const court of plan.courts) out.push(...courtLines(court, c, width, refs));
  out.push('');
  if (plan.notes.length > 0) {
    out.push(c.bold('Notes'));
    for (const note of plan.notes) {
      const where = note.court ? `[${note.court}] ` : '';
      out.push(wrap(`${where}${note.text}${refs.cite(note.sources)}`, width, '  - ', '    '));
    }
    out.push('');
  }

  if (count > 0) {
    out.push(c.bold('Step by step'));
    out.push('');
    plan.actions.forEach((action, index) => {
      out.push(...actionLines(action, index + 1, c, width, refs));
      out.push('');
    });
  }
  out.push(...contactLines(plan, c, width, refs));
  if (options.sources === true) out.push(...referenceLines(refs, c, width));
  else if (listed.list().length > 0)
    out.push(
      wrap(
        c.dim(
          `Sources: this plan rests on ${countOf(listed.list().length, 'document')} of the courts, PACER and others; add --sources to mark each step with its own and list them.`,
        ),
        width,
        '',
        '  ',
      ),
      '',
    );
  // The answer again where the filer's eyes are, when the plan has scrolled it away.
  if (count > 0 && options.rows !== undefined && lineCount(out) > options.rows)
    out.push(c.bold('In short'), ...answer, '');
  return out.join('\n');
}

/** References that cite nothing: a plan without --sources. */
const NO_REFERENCES = new References({ sources: [] });

/** The lines `out` makes once joined (a wrapped entry holds several). */
function lineCount(out: readonly string[]): number {
  return out.reduce((total, entry) => total + entry.split('\n').length, 0);
}

/**
 * The status line, then the numbered actions: the answer, said first (and again at the end).
 */
function answerLines(plan: Plan, c: ChalkInstance, width: number): string[] {
  const count = plan.actions.length;
  const statusColor =
    plan.status === 'ready' ? c.green : plan.status === 'waiting' ? c.yellow : c.red;
  const lines = [
    `Status: ${statusColor.bold(STATUS_WORDS[plan.status].word.toUpperCase())}${count > 0 ? ` · ${countOf(count, 'action')}` : ''}`,
  ];
  if (count === 0) {
    lines.push(
      wrap(c.green('Nothing to do: you can e-file with your PACER account.'), width, '', ''),
    );
    return lines;
  }
  lines.push(c.bold('What to do'));
  plan.actions.forEach((action, index) => {
    const number = `${index + 1}. `;
    lines.push(
      wrap(
        `${number}${action.title} ${c.dim(scopeOf(action))}${whenOf(action, c)}`,
        width,
        '  ',
        ' '.repeat(2 + number.length),
      ),
    );
  });
  return lines;
}

/** Whom to ask, once each: every help desk the actions name, with the actions it helps with. */
function contactLines(plan: Plan, c: ChalkInstance, width: number, refs: References): string[] {
  const contacts = gatherContacts(plan.actions);
  if (contacts.length === 0) return [];
  const lines = [c.bold('Whom to ask')];
  for (const contact of contacts)
    lines.push(
      wrap(
        `${contact.text}${refs.cite(contact.sources)} ${c.dim(`(${forActions(contact.actions)})`)}`,
        width,
        '  - ',
        '    ',
      ),
    );
  lines.push('');
  return lines;
}

/** `[PACER]` for an action done once in PACER, `[ctd]` for one done in a court. */
function scopeOf(action: PlanAction): string {
  return action.court ? `[${action.court}]` : '[PACER]';
}

/** The dates that bound an action, for the short list: " · not before …", " · by …". */
function whenOf(action: PlanAction, c: ChalkInstance): string {
  const parts: string[] = [];
  if (action.notBefore) parts.push(`not before ${formatDay(action.notBefore)}`);
  if (action.notBeforeGoLive) parts.push("not before the court's go-live");
  if (action.deadline) parts.push(c.yellow(`by ${formatDay(action.deadline)}`));
  return parts.map((part) => ` · ${part}`).join('');
}

function courtLines(court: PlanCourt, c: ChalkInstance, width: number, refs: References): string[] {
  const { phrase } = LIVE_STATUS_WORDS[court.nextGen.status];
  const status =
    court.nextGen.status === 'live'
      ? c.green(phrase)
      : c.yellow(court.nextGen.status === 'unknown' ? `${phrase} on this date` : phrase);
  const indent = ' '.repeat(2 + court.id.length + 2);
  return [
    // The id goes in the prefix: wrapping squeezes runs of spaces, and these align the name.
    wrap(court.name, width, `  ${c.bold(court.id)}  `, indent),
    wrap(
      `${status} · go-live ${court.nextGen.goLive}${refs.cite(court.nextGen.sources)} · CM/ECF ${court.ecfUrl}`,
      width,
      indent,
      indent,
    ),
    // A court of appeals' filing systems belong to its facts: where new cases are filed.
    ...(court.acms
      ? [
          wrap(
            `ACMS: ${court.acms.summary}${refs.cite(court.acms.sources)}${court.acms.portal ? ` · ACMS log-in ${court.acms.portal}` : ''}`,
            width,
            indent,
            indent,
          ),
        ]
      : []),
  ];
}

function actionLines(
  action: PlanAction,
  number: number,
  c: ChalkInstance,
  width: number,
  refs: References,
): string[] {
  const lines: string[] = [];
  const prefix = `${number}. `;
  lines.push(
    wrap(
      `${c.bold(`${prefix}${action.title}`)} ${c.dim(scopeOf(action))}`,
      width,
      '',
      ' '.repeat(prefix.length),
    ),
  );
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
    const stepPrefix = `     ${String.fromCharCode(97 + (index % 26))}. `;
    lines.push(
      wrap(
        `${step}${refs.cite(action.stepSources[index] ?? [])}`,
        width,
        stepPrefix,
        ' '.repeat(stepPrefix.length),
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
  return lines;
}

/** The numbered list of sources, once, at the end. */
function referenceLines(refs: References, c: ChalkInstance, width: number): string[] {
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
