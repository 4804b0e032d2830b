/**
 * Issue 26: a plan that ends on the answer. The five personas' plans (test/fixtures/personas)
 * state each contact once, leave the list of sources to --sources, and, when longer than the
 * terminal, end with the status and the numbered actions again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { planFor } from '../helpers/plan.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'personas');
const PSC_PHONE = '800-676-6856';

const personas = await Promise.all(
  readdirSync(DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map(async (name) => {
      const { courts, ...answers } = parse(readFileSync(join(DIR, name), 'utf8')) as {
        courts: string[];
      } & Record<string, unknown>;
      return { name, plan: await planFor(courts, '2026-12-06', answers) };
    }),
);

const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

describe("the personas' plans", () => {
  it('are the six of issue 26', () => {
    expect(personas.map(({ name }) => name)).toHaveLength(6);
  });

  it.each(personas)(
    '$name: name the PACER Service Center once, with the actions it helps',
    ({ plan }) => {
      for (const sources of [false, true]) {
        const text = renderText(plan, { width: 80, sources });
        expect(occurrences(text, PSC_PHONE)).toBeLessThanOrEqual(2);
        // Each contact line once.
        const contactLines = text.split('\n').filter((line) => line.includes(PSC_PHONE));
        expect(new Set(contactLines).size).toBe(contactLines.length);
      }
      expect(occurrences(renderMarkdown(plan), PSC_PHONE)).toBeLessThanOrEqual(2);
    },
  );

  it.each(personas)(
    '$name: lists the sources only with --sources, in Markdown always',
    ({ plan }) => {
      if (plan.sources.length === 0) return;
      const short = renderText(plan, { width: 80 });
      const full = renderText(plan, { width: 80, sources: true });
      expect(short).not.toMatch(/^Sources$/m);
      expect(short).not.toMatch(/ \[\d+\]/);
      expect(short).toContain(`rests on ${plan.sources.length} document`);
      expect(full).toMatch(/^Sources$/m);
      expect(full.split('\n').length).toBeGreaterThan(short.split('\n').length);
      expect(renderMarkdown(plan)).toMatch(/^## Sources$/m);
    },
  );

  it.each(personas.filter(({ plan }) => plan.actions.length > 0))(
    '$name: ends with the status and the numbered actions when longer than the screen',
    ({ plan }) => {
      const text = renderText(plan, { width: 80, rows: 24 });
      const lines = text.replace(/\n+$/, '').split('\n');
      expect(lines.length).toBeGreaterThan(24);
      // The last screen: the status line and every numbered action.
      const last = lines.slice(-20).join('\n');
      expect(last).toMatch(/^Status: [A-Z ]+ · \d+ actions?$/m);
      plan.actions.forEach((action, index) =>
        expect(last).toContain(`${index + 1}. ${action.title.split(' ').slice(0, 3).join(' ')}`),
      );
      // Not repeated where the whole plan fits, nor where the height is unknown (a file).
      expect(renderText(plan, { width: 80 }).match(/^Status: /gm)).toHaveLength(1);
      expect(renderText(plan, { width: 80, rows: 10_000 }).match(/^Status: /gm)).toHaveLength(1);
    },
  );
});
