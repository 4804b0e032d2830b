/**
 * True to the terminal: every plan, at 40, 80 and 120 columns, with and without colour, fits
 * the width measured on visible characters, and no word is split. The only line allowed past
 * the width is one that holds a single word wider than the room it has (a long URL).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import { readingWidth, tableWidth } from '../../src/render/columns.js';
import { renderText } from '../../src/render/text.js';
import { cutToWidth, padToWidth, visibleWidth, wrap } from '../../src/render/wrap.js';
import { overflow } from '../helpers/width.js';
import { bundledCatalog } from '../helpers/plan.js';
import { plansOfEveryKind, widthProblems } from '../helpers/text-width.js';

const WIDTHS = [40, 80, 120] as const;

describe('wrap', () => {
  it('measures visible characters: colour codes count for nothing, wide characters for two', () => {
    expect(visibleWidth('\u001b[1mbold\u001b[22m')).toBe(4);
    expect(visibleWidth('漢字')).toBe(4);
    expect(visibleWidth('Müller · café')).toBe(13);
  });

  it('wraps coloured text at its visible width, not counting the colour codes', () => {
    // Before issue 15, colour codes counted: a bold title broke early and left "[ctd]" alone.
    const bold = (text: string) => `\u001b[1m${text}\u001b[22m`;
    const title = `${bold('1. Link your CM/ECF login')} \u001b[2m[ctd]\u001b[22m`;
    expect(wrap(title, 40, '', '   ').split('\n')).toHaveLength(1);
  });

  it('breaks at spaces only, with a hanging indent, and never splits a long word', () => {
    const url =
      'https://pacer.uscourts.gov/sites/default/files/files/a-very-long-document-name.pdf';
    const text = `See the learning aid ${url} before you start.`;
    expect(wrap(text, 40, '  - ', '    ').split('\n')).toEqual([
      '  - See the learning aid',
      `    ${url}`,
      '    before you start.',
    ]);
  });

  it('closes colour at each line end and opens it again on the next line', () => {
    const lines = wrap(`\u001b[2m${'word '.repeat(12).trim()}\u001b[22m`, 40, '', '').split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line.startsWith('\u001b[2m')).toBe(true);
      expect(line.endsWith('\u001b[22m')).toBe(true);
    }
  });

  it('cuts table lines to the width with an ellipsis, and pads by visible width', () => {
    expect(cutToWidth('abcdefghij', 5)).toBe('abcd…');
    expect(cutToWidth('abcde', 5)).toBe('abcde');
    expect(visibleWidth(cutToWidth('Yamada 山田太郎 Taro', 12))).toBeLessThanOrEqual(12);
    expect(padToWidth('山田', 6)).toBe('山田  ');
  });
});

describe('columns', () => {
  it('lays prose out within 40 to 100 columns, at 100 when the width is unknown', () => {
    expect([20, 40, 80, 100, 120, 300].map(readingWidth)).toEqual([40, 40, 80, 100, 100, 100]);
    expect(readingWidth(undefined)).toBe(100);
    expect(readingWidth(0)).toBe(100);
  });

  it('cuts tables to the whole terminal, at least 40, and not at all when it is unknown', () => {
    expect([20, 80, 200].map(tableWidth)).toEqual([40, 80, 200]);
    expect(tableWidth(undefined)).toBeUndefined();
  });
});

describe('the text plan at 40, 80 and 120 columns', () => {
  // Every court is laid out in the sweep project (test/sweep/text-width.test.ts); here a
  // sample of them, and four courts at once.
  const plans: Plan[] = [];
  beforeAll(async () => {
    const ids = [...(await bundledCatalog()).courts.keys()].filter((_, index) => index % 20 === 0);
    plans.push(...(await plansOfEveryKind(ids)));
  });

  it.each(WIDTHS.flatMap((width) => [0, 1].map((colorLevel) => ({ width, colorLevel }))))(
    'fits $width columns (colour level $colorLevel), and splits no word',
    ({ width, colorLevel }) => {
      expect(widthProblems(plans, width, colorLevel as 0 | 1)).toEqual([]);
    },
  );

  it('keeps prose within 100 columns on a wide terminal', () => {
    for (const line of renderText(plans.at(-1)!, { width: 200 }).split('\n'))
      expect(overflow(line, 100)).toBeUndefined();
  });
});
