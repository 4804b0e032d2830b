/**
 * The plan as one self-contained HTML page, to open, send or print: the status and the
 * numbered actions first, then the court facts, each action with a checkbox per step, and the
 * sources at the end with the data's date. No script at all; a print stylesheet puts each
 * action on its own page and prints each link's address after its text. Every value from a
 * profile, a feed, an answer or a roster cell is escaped (html-page.ts), after the controls
 * and bidirectional overrides are written out as for the terminal (safe-plan.ts).
 */
import { countOf } from '../counts.js';
import { formatDay, formatMonth } from '../dates.js';
import type { Plan, PlanAction, PlanCourt, PlanSource } from '../plan/types.js';
import { toSafeText } from '../safe-text.js';
import { formatContact } from './contact.js';
import { nextGenStatusWords } from './markdown.js';
import { BASE_STYLE, escapeHtml, htmlDocument, linkHtml } from './html-page.js';
import { describeDataAge, inReadingOrder, References } from './references.js';
import { toSafePlan } from './safe-plan.js';

const STATUS_WORDS = {
  ready: 'ready',
  'action-needed': 'action needed',
  waiting: 'waiting for a go-live',
} as const;

const CHECKLIST_STYLE = `${BASE_STYLE}
ol.todo li{margin:.2rem 0}
.action{border-top:2px solid var(--line);margin-top:1.5rem}
h2+.action{border-top:0;margin-top:0}
.action h3 .scope{font-weight:400;color:var(--muted)}
.field{margin:.25rem 0}
ol.steps{list-style:none;padding-left:0}
ol.steps li{margin:.35rem 0}
ol.steps label{display:flex;gap:.6rem;align-items:flex-start;cursor:pointer}
ol.steps input{width:1.15rem;height:1.15rem;margin-top:.2rem;flex:none}
ol.steps input:checked+span{color:var(--muted);text-decoration:line-through}
ol.sources{font-size:.92rem}
@media print{
.action+.action{break-before:page}
ol.steps input{width:12pt;height:12pt}
}
`;

/** " [1] [3]" as links to the sources at the end. */
function citeHtml(refs: References, ids: readonly string[]): string {
  const text = refs.cite(ids);
  if (text === '') return '';
  return text.replace(
    /\[(\d+)\]/g,
    (_, number: string) => `<a class="cite" href="#source-${number}">[${number}]</a>`,
  );
}

/** `[PACER]` or `[ctd]`: where the action is done. */
const scopeOf = (action: PlanAction) => escapeHtml(action.court ?? 'PACER');

/** The dates that bound an action, for the short list. */
function whenOf(action: PlanAction): string {
  const parts: string[] = [];
  if (action.notBefore) parts.push(`not before ${formatDay(action.notBefore)}`);
  if (action.notBeforeGoLive) parts.push("not before the court's go-live");
  if (action.deadline) parts.push(`<strong>by ${formatDay(action.deadline)}</strong>`);
  return parts.map((part) => ` · ${part}`).join('');
}

function courtRow(court: PlanCourt, refs: References): string {
  const status = nextGenStatusWords(court);
  const acms = court.acms
    ? `<br>ACMS: ${escapeHtml(court.acms.summary)}${citeHtml(refs, court.acms.sources)}${court.acms.portal ? ` · ${linkHtml(court.acms.portal, 'ACMS log-in')}` : ''}`
    : '';
  return `<tr><th scope="row">${escapeHtml(court.name)} <span class="muted">(${escapeHtml(court.id)})</span></th><td>${status}; go-live ${escapeHtml(court.nextGen.goLive)}${citeHtml(refs, court.nextGen.sources)}${acms}</td><td>${linkHtml(court.ecfUrl, court.ecfUrl, 'bare')}</td></tr>`;
}

function actionHtml(action: PlanAction, number: number, refs: References): string {
  const out: string[] = [];
  out.push(
    `<section class="action" id="action-${number}" aria-labelledby="action-${number}-title">`,
    `<h3 id="action-${number}-title">${number}. ${escapeHtml(action.title)} <span class="scope">[${scopeOf(action)}]</span></h3>`,
    `<p class="field"><strong>Why:</strong> ${escapeHtml(action.why)}${citeHtml(refs, action.whySources)}</p>`,
  );
  if (action.caveat)
    out.push(`<p class="field"><strong>Note:</strong> ${escapeHtml(action.caveat)}</p>`);
  if (action.notBefore)
    out.push(
      `<p class="field"><strong>Not before:</strong> ${formatDay(action.notBefore)} (cannot be done earlier)</p>`,
    );
  if (action.notBeforeGoLive)
    out.push(
      `<p class="field"><strong>Not before:</strong> the court's go-live (${escapeHtml(action.notBeforeGoLive)}); it cannot be done earlier</p>`,
    );
  if (action.deadline)
    out.push(`<p class="field"><strong>Deadline:</strong> ${formatDay(action.deadline)}</p>`);
  out.push(`<ol class="steps" aria-label="Steps of action ${number}">`);
  action.steps.forEach((step, index) =>
    out.push(
      `<li><label><input type="checkbox" name="step-${number}-${index + 1}"><span>${String.fromCharCode(97 + (index % 26))}. ${escapeHtml(step)}${citeHtml(refs, action.stepSources[index] ?? [])}</span></label></li>`,
    ),
  );
  out.push('</ol>');
  if (action.links.length > 0) {
    out.push('<p class="field"><strong>Links:</strong></p><ul>');
    for (const link of action.links)
      out.push(`<li>${linkHtml(link.url, link.label)}${citeHtml(refs, link.sources)}</li>`);
    out.push('</ul>');
  }
  if (action.contacts.length > 0) {
    out.push('<p class="field"><strong>Contacts:</strong></p><ul>');
    for (const contact of action.contacts)
      out.push(
        `<li>${contactHtml(formatContact(contact), contact.email, contact.url)}${citeHtml(refs, contact.sources)}</li>`,
      );
    out.push('</ul>');
  }
  out.push('</section>');
  return out.join('\n');
}

/** A contact's line, its e-mail address and web address as links where they may be. */
function contactHtml(text: string, email?: string, url?: string): string {
  let html = escapeHtml(text);
  // Replaced in the escaped text, so that a value can never inject markup around the link.
  if (email) html = html.replace(escapeHtml(email), linkHtml(`mailto:${email}`, email, 'bare'));
  if (url) html = html.replace(escapeHtml(url), linkHtml(url, url, 'bare'));
  return html;
}

function sourceHtml(number: number, source: PlanSource): string {
  const parts: string[] = [];
  if (source.kind === 'web-page') parts.push(linkHtml(source.url ?? source.id, undefined, 'bare'));
  else {
    parts.push(escapeHtml(/[.?!]$/.test(source.title) ? source.title : `${source.title}.`));
    const date = source.date
      ? `, ${source.date.length === 7 ? formatMonth(source.date) : formatDay(source.date)}`
      : '';
    parts.push(`${escapeHtml(source.publisher)}${escapeHtml(date)}.`);
    if (source.url) parts.push(linkHtml(source.url, source.url, 'bare'));
    if (source.foundAt)
      parts.push(`Linked from ${linkHtml(source.foundAt, source.foundAt, 'bare')}.`);
    if (source.copy) parts.push('A copy ships with nextgen-ready.');
    if (source.kind === 'third-party') parts.push('(Not a court or PACER page.)');
  }
  return `<li id="source-${number}">${parts.join(' ')}</li>`;
}

/** The page's body, with a placeholder where the title goes (it differs per attorney). */
const TITLE = '\u0000title\u0000';

function bodyOf(plan: Plan): string {
  const refs = new References({ sources: inReadingOrder(plan) });
  const out: string[] = [];
  const count = plan.actions.length;
  out.push(
    '<main>',
    `<header><h1>${TITLE}</h1>`,
    `<p class="status">Status: <span class="badge ${plan.status}">${STATUS_WORDS[plan.status]}</span>${count > 0 ? ` · ${countOf(count, 'action')}` : ''} · as of ${formatDay(plan.asOf)}</p>`,
  );
  const age = describeDataAge(plan.dataAsOf);
  if (age) out.push(`<p class="muted">Court data: ${escapeHtml(age)}</p>`);
  out.push('</header>');

  out.push('<section aria-labelledby="todo"><h2 id="todo">What to do</h2>');
  if (count === 0) out.push('<p>Nothing to do: you can e-file with your PACER account.</p>');
  else {
    out.push('<ol class="todo">');
    plan.actions.forEach((action, index) =>
      out.push(
        `<li><a href="#action-${index + 1}">${escapeHtml(action.title)}</a> <span class="muted">[${scopeOf(action)}]</span>${whenOf(action)}</li>`,
      ),
    );
    out.push('</ol>');
  }
  out.push('</section>');

  const courtsTitle = plan.courts.length === 1 ? 'Court' : 'Courts';
  out.push(
    `<section aria-labelledby="courts"><h2 id="courts">${courtsTitle}</h2>`,
    '<table><thead><tr><th scope="col">Court</th><th scope="col">NextGen</th><th scope="col">CM/ECF</th></tr></thead><tbody>',
    ...plan.courts.map((court) => courtRow(court, refs)),
    '</tbody></table></section>',
  );
  if (plan.notes.length > 0) {
    out.push('<section aria-labelledby="notes"><h2 id="notes">Notes</h2><ul>');
    for (const note of plan.notes)
      out.push(
        `<li>${note.court ? `<span class="muted">[${escapeHtml(note.court)}]</span> ` : ''}${escapeHtml(note.text)}${citeHtml(refs, note.sources)}</li>`,
      );
    out.push('</ul></section>');
  }
  if (count > 0) {
    out.push('<section aria-labelledby="steps"><h2 id="steps">Step by step</h2>');
    plan.actions.forEach((action, index) => out.push(actionHtml(action, index + 1, refs)));
    out.push('</section>');
  }
  const sources = refs.list();
  if (sources.length > 0) {
    out.push(
      '<section aria-labelledby="sources"><h2 id="sources">Sources</h2><ol class="sources">',
      ...sources.map(({ number, source }) => sourceHtml(number, source)),
      '</ol></section>',
    );
  }
  out.push(
    `<footer><p class="muted">Made by nextgen-ready for ${formatDay(plan.asOf)}${age ? `; court data: ${escapeHtml(age)}` : ''}. Check each step against its source before you act on it.</p></footer>`,
    '</main>\n',
  );
  return out.join('\n');
}

// A roster shares one Plan object between the rows with the same answers: its page is made
// once, and only the title differs per attorney.
const pages = new WeakMap<Plan, [string, string]>();

/** Renders the plan as one self-contained HTML page. */
export function renderHtml(unsafePlan: Plan, options: { title?: string } = {}): string {
  const plan = toSafePlan(unsafePlan);
  let parts = pages.get(plan);
  if (parts === undefined) {
    const page = htmlDocument({ title: TITLE, style: CHECKLIST_STYLE, body: bodyOf(plan) });
    const [head = '', middle = '', tail = ''] = page.split(TITLE);
    parts = [head, `${middle}\u0000${tail}`];
    pages.set(plan, parts);
  }
  const title = escapeHtml(
    toSafeText(
      options.title ??
        `NextGen CM/ECF checklist: ${plan.courts.map((court) => court.id).join(', ')}`,
    ),
  );
  return `${parts[0]}${title}${parts[1].replace('\u0000', () => title)}`;
}
