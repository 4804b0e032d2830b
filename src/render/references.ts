/**
 * Sources as a reader follows them, shared by the text and Markdown renderers: each fact is
 * followed by short numbered references ("[2]"), and the plan ends with the list of what each
 * number is. The numbers follow the plan's first-cited order.
 */
import { formatDay, formatMonth } from '../dates.js';
import type { DataAsOf, Plan, PlanSource } from '../plan/types.js';

export class References {
  private readonly numbers: ReadonlyMap<string, number>;

  constructor(private readonly plan: Pick<Plan, 'sources'>) {
    this.numbers = new Map(plan.sources.map((source, index) => [source.id, index + 1]));
  }

  /** " [1] [3]" for these source ids, or '' when there are none. */
  cite(ids: readonly string[]): string {
    const numbers = [...new Set(ids.map((id) => this.numbers.get(id)))]
      .filter((number): number is number => number !== undefined)
      .sort((a, b) => a - b);
    return numbers.length === 0 ? '' : ` ${numbers.map((number) => `[${number}]`).join(' ')}`;
  }

  /** Every source with its number, in order. */
  list(): { number: number; source: PlanSource }[] {
    return this.plan.sources.map((source, index) => ({ number: index + 1, source }));
  }
}

/**
 * The plan's sources in the order the text and Markdown plans cite them: the courts' facts,
 * the notes, then each action (why, steps, links, contacts); so the numbers rise as one reads.
 * Any source not cited there keeps its place at the end. With `contactsLast`, the contacts'
 * sources come after every action's, where a plan that lists its contacts once cites them.
 */
export function inReadingOrder(
  plan: Pick<Plan, 'sources' | 'courts' | 'notes' | 'actions'>,
  options: { contactsLast?: boolean } = {},
): PlanSource[] {
  const contactSources = (action: Plan['actions'][number]) =>
    action.contacts.flatMap((contact) => contact.sources);
  const ids = [
    ...plan.courts.flatMap((court) => [...court.nextGen.sources, ...(court.acms?.sources ?? [])]),
    ...plan.notes.flatMap((note) => note.sources),
    ...plan.actions.flatMap((action) => [
      ...action.whySources,
      ...action.stepSources.flat(),
      ...action.links.flatMap((link) => link.sources),
      ...(options.contactsLast === true ? [] : contactSources(action)),
    ]),
    ...(options.contactsLast === true ? plan.actions.flatMap(contactSources) : []),
  ];
  const byId = new Map(plan.sources.map((source) => [source.id, source]));
  const ordered = new Set<PlanSource>();
  for (const id of ids) {
    const source = byId.get(id);
    if (source) ordered.add(source);
  }
  for (const source of plan.sources) ordered.add(source);
  return [...ordered];
}

/** A date as a source gives it: a day or a month. */
function formatSourceDate(date: string): string {
  return date.length === 7 ? formatMonth(date) : formatDay(date);
}

/**
 * One source in words: "Title. Publisher, date. https://..." and, for a document with no
 * public copy, where it is linked from and that a copy ships with the tool.
 */
export function describeSource(source: PlanSource): string {
  if (source.kind === 'web-page') return source.url ?? source.id;
  const parts = [
    /[.?!]$/.test(source.title) ? source.title : `${source.title}.`,
    `${source.publisher}${source.date ? `, ${formatSourceDate(source.date)}` : ''}.`,
  ];
  if (source.url) parts.push(source.url);
  if (source.foundAt) parts.push(`Linked from ${source.foundAt}.`);
  if (source.copy) parts.push('A copy ships with nextgen-ready.');
  if (source.kind === 'third-party') parts.push('(Not a court or PACER page.)');
  return parts.join(' ');
}

/** How each kind of source is named when telling the data's age. */
const AGE_WORDS: Record<string, string> = {
  'court-page': 'court pages',
  'pacer-page': 'PACER pages',
  'seed-document': 'court documents',
  dataset: 'court list',
  'third-party': 'other pages',
};

/**
 * The data's age in one line: "PACER's court feed of January 10, 2023; court pages checked
 * November 22, 2026; ...". Court notices count as court pages.
 */
export function describeDataAge(dataAsOf: DataAsOf): string {
  const parts: string[] = [];
  if (dataAsOf['data-feed'])
    parts.push(`PACER's court feed of ${formatDay(dataAsOf['data-feed'])}`);
  const ages: Partial<Record<string, string>> = { ...dataAsOf };
  const courtPages = [dataAsOf['court-page'], dataAsOf['court-notice']]
    .filter((day): day is string => day !== undefined)
    .sort()[0];
  ages['court-page'] = courtPages;
  for (const [kind, words] of Object.entries(AGE_WORDS)) {
    const day = ages[kind];
    if (day) parts.push(`${words} checked ${formatDay(day)}`);
  }
  return parts.join('; ');
}
