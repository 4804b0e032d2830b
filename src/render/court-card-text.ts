/**
 * `courts <id>` in a terminal or a file: the court's name and status, then one line per fact,
 * its topic on the left and its words wrapped beside it, each with its numbered sources, and
 * the sources listed once at the end.
 */
import type { ChalkInstance } from 'chalk';
import type { CourtCardLine } from '../plan/court-card.js';
import type { PlanSource } from '../plan/types.js';
import { formatContact } from './contact.js';
import { describeSource, References } from './references.js';
import { padToWidth, visibleWidth, wrap } from './wrap.js';

export interface CourtCardText {
  id: string;
  name: string;
  /** "district · Connecticut · on NextGen on 2026-12-06 · go-live ...": the listing's line. */
  summary: string;
  lines: readonly CourtCardLine[];
  sources: readonly PlanSource[];
  /** The closing lines (data age, what to run next), already in words. */
  footer: readonly string[];
}

/** The card as text, laid out at `width` columns. */
export function renderCourtCard(card: CourtCardText, c: ChalkInstance, width: number): string {
  const refs = new References({ sources: [...card.sources] });
  const indent = ' '.repeat(2 + card.id.length + 2);
  const out = [
    wrap(card.name, width, `  ${c.bold(card.id)}  `, indent),
    wrap(card.summary, width, indent, indent),
    '',
  ];
  // The topics in a column of their own, unless the terminal is too narrow for one.
  const topicWidth = Math.max(...card.lines.map((line) => visibleWidth(line.topic)));
  const beside = width - topicWidth - 4 >= 30;
  for (const line of card.lines) {
    const words = line.contact ? formatContact(line.contact) : line.text;
    const text = `${line.state === 'known' ? words : c.dim(words)}${refs.cite(line.sources)}`;
    if (beside) {
      const prefix = `  ${padToWidth(line.topic, topicWidth)}  `;
      out.push(wrap(text, width, c.bold(prefix), ' '.repeat(topicWidth + 4)));
    } else {
      out.push(c.bold(`  ${line.topic}`));
      out.push(wrap(text, width, '    ', '    '));
    }
  }
  const listed = refs.list();
  if (listed.length > 0) {
    out.push('', c.bold('Sources'));
    for (const { number, source } of listed)
      out.push(wrap(describeSource(source), width, `  [${number}] `, '      '));
  }
  out.push('', ...card.footer.map((line) => c.dim(wrap(line, width, '', ''))));
  return `${out.join('\n')}\n`;
}
