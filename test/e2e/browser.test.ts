/// <reference lib="dom" />
// The page functions run in the browser: they see its DOM, not Node.
/**
 * The HTML checklist and the roster's dashboard in a real browser (headless Chromium, see
 * test/helpers/browser.ts): they load with no console error and no request but the page
 * itself, a box can be checked, the table sorts, filters and pages, they print to PDF, axe-core
 * finds no serious accessibility violation, and a hostile roster's text stays text. What they
 * make (pages, PDFs, a screenshot of each) is kept in test-artifacts/browser/ for a person to
 * look at.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  artifactDir,
  chromiumMissing,
  launchChromium,
  pdfPageCount,
  seriousViolations,
  watchPage,
  type PageWatch,
} from '../helpers/browser.js';
import { answerFlags, READY_ANSWERS } from '../helpers/fixtures.js';
import { runCli } from '../helpers/cli.js';

const AS_OF = '2026-11-22';
const missing = chromiumMissing();
const COLUMNS = ['name', 'email', 'id', 'courts', ...Object.keys(READY_ANSWERS), 'ecf-login'];

/** A CSV cell, quoted as Excel quotes it. */
const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const csvOf = (rows: Record<string, string>[]) =>
  `${COLUMNS.join(',')}\n${rows.map((row) => COLUMNS.map((column) => cell(row[column] ?? '')).join(',')).join('\n')}\n`;

/** Cells a hostile spreadsheet could hold: markup, a script, a javascript: link, bidi controls. */
const HOSTILE = {
  name: '<script>window.__pwned = 1</script>Mallory',
  email: 'javascript:window.__pwned=3',
  id: '"><img src=x onerror="window.__pwned=2">\u202eevil',
};

/** 240 attorneys in two courts with different answers, one hostile row and one bad row. */
function teamRows(): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  for (let i = 0; i < 240; i++)
    rows.push({
      name: `Attorney ${String(i).padStart(3, '0')}`,
      email: `a${i}@firm.example`,
      id: `E${i}`,
      courts: i % 3 === 0 ? 'ctd;utd' : i % 3 === 1 ? 'ctd' : 'utd',
      ...READY_ANSWERS,
      'account-type': ['upgraded', 'legacy', 'unknown'][i % 3]!,
      mfa: ['enrolled', 'not-enrolled', 'unknown'][Math.floor(i / 3) % 3]!,
      linked: i % 4 === 0 ? 'no' : 'yes',
      'ecf-login': i % 4 === 0 ? 'known' : '',
    });
  rows.push({ ...rows[1]!, ...HOSTILE });
  rows.push({ ...rows[2]!, name: 'Zed Broken', id: 'E999', courts: 'ctdd' });
  return rows;
}

/** Loads a page from its file, watching it from the start. */
async function open(browser: Browser, file: string): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const watch = watchPage(page);
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  return { page, watch };
}

/** Waits until the table shows `count` rows and the line above it reads `shown`. */
async function waitForTable(page: Page, count: number, shown?: string): Promise<void> {
  await page.waitForFunction(
    ([rows, text]) =>
      document.querySelectorAll('#rows-body tr').length === rows &&
      (text === undefined || document.getElementById('shown')?.textContent === text),
    [count, shown] as const,
    { timeout: 5000 },
  );
}

/** The page made nothing happen that a self-contained page must not. */
function expectQuiet(watch: PageWatch, file: string): void {
  expect(watch.errors, 'console errors').toEqual([]);
  expect(watch.requests, 'requests').toEqual([`file://${file}`]);
  expect(watch.dialogs, 'dialogs').toEqual([]);
}

describe.skipIf(missing !== undefined)(
  `in Chromium${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    let browser: Browser;
    let dir: string;
    beforeAll(async () => {
      dir = artifactDir('browser');
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
    });

    describe('check --format html', () => {
      let file: string;
      beforeAll(() => {
        file = join(dir, 'plan.html');
        const flags = answerFlags({
          ...READY_ANSWERS,
          'account-type': 'unknown',
          mfa: 'unknown',
          linked: 'no',
          'ecf-login': 'known',
        });
        const result = runCli([
          'check',
          '--court',
          'ctd',
          '--as-of',
          AS_OF,
          ...flags,
          '--format',
          'html',
          '--output',
          file,
          '--no-input',
        ]);
        expect(result.code, result.stderr).toBe(0);
      });

      it('loads with no console error and no request, and a box can be checked', async () => {
        const { page, watch } = await open(browser, file);
        await expect(page.title()).resolves.toBe('NextGen CM/ECF checklist: ctd');
        const boxes = page.locator('ol.steps input[type=checkbox]');
        expect(await boxes.count()).toBeGreaterThan(4);
        await page.locator('ol.steps label').first().click();
        expect(await boxes.first().isChecked()).toBe(true);
        expect(await boxes.nth(1).isChecked()).toBe(false);
        // A checked step is struck through, as on paper.
        const struck = await page
          .locator('ol.steps input:checked + span')
          .first()
          .evaluate((element) => getComputedStyle(element).textDecorationLine);
        expect(struck).toBe('line-through');
        await page.screenshot({ path: join(dir, 'checklist.png'), fullPage: true });
        expectQuiet(watch, file);
        await page.close();
      });

      it('prints: a page per action, each link followed by its address', async () => {
        const { page, watch } = await open(browser, file);
        const actions = await page.locator('section.action').count();
        await page.emulateMedia({ media: 'print' });
        const after = await page
          .locator('a[href^="http"]:not(.bare)')
          .first()
          .evaluate((element) => getComputedStyle(element, '::after').content);
        expect(after).toMatch(/^" \(" attr\(href\) "\)"$|^" \(https:/);
        const pdf = await page.pdf({ format: 'Letter' });
        writeFileSync(join(dir, 'checklist.pdf'), pdf);
        // The summary and the courts, then each action on its own page.
        expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(actions + 1);
        expectQuiet(watch, file);
        await page.close();
      });

      it('has no serious accessibility violation', async () => {
        const { page } = await open(browser, file);
        expect(await seriousViolations(page)).toEqual([]);
        await page.close();
      });
    });

    describe('roster --out: index.html', () => {
      let out: string;
      let index: string;
      beforeAll(() => {
        writeFileSync(join(dir, 'team.csv'), csvOf(teamRows()));
        out = join(dir, 'out');
        const result = runCli(['roster', 'team.csv', '--out', 'out', '--as-of', AS_OF], {
          cwd: dir,
        });
        expect(result.code, result.stderr).toBe(2); // the bad row
        index = join(out, 'index.html');
      });

      it('loads with no console error and no request, the counts and the first page drawn', async () => {
        const { page, watch } = await open(browser, index);
        expect(await page.locator('.tile.all .number').innerText()).toBe('242');
        // Inline SVG bars, one per action and per court.
        const bars = await page.locator('svg.bar').count();
        expect(bars).toBeGreaterThan(4);
        await waitForTable(page, 100, 'Attorneys 1 to 100 of 242.');
        expect(await page.locator('#errors + ul').innerText()).toContain('Zed Broken');
        await page.screenshot({ path: join(dir, 'dashboard.png') });
        expectQuiet(watch, index);
        await page.close();
      });

      it('sorts, filters and pages without a server, and links each checklist', async () => {
        const { page, watch } = await open(browser, index);
        const firstName = () =>
          page
            .locator('#rows-body tr td:nth-child(2) a, #rows-body tr td:nth-child(2)')
            .first()
            .innerText();
        await page.getByRole('button', { name: 'Attorney' }).click();
        expect(await firstName()).toMatch(/^<script>window.__pwned = 1<\/script>Mallory/);
        await page.getByRole('button', { name: 'Attorney' }).click();
        expect(await firstName()).toMatch(/^Zed Broken/);
        expect(await page.locator('th[aria-sort=descending]').innerText()).toMatch(/Attorney/);

        await page.getByRole('button', { name: 'Next page' }).click();
        await waitForTable(page, 100, 'Attorneys 101 to 200 of 242.');
        await page.getByRole('button', { name: 'Next page' }).click();
        await waitForTable(page, 42, 'Attorneys 201 to 242 of 242.');
        expect(await page.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);

        // Every word must match: the ids E10 and E100 to E109.
        await page.getByLabel('Filter').fill('e10 firm');
        await waitForTable(page, 11, 'Attorneys 1 to 11 of 11 matching (242 in all).');
        await page.getByLabel('Filter').fill('');
        await waitForTable(page, 100);
        await page.getByLabel('Status').selectOption('error');
        await waitForTable(page, 1);
        await page.getByLabel('Status').selectOption('ready');
        await page.waitForFunction(
          () => document.getElementById('shown')?.textContent?.includes('matching') === true,
        );
        const ready = await page.locator('#rows-body tr').count();
        expect(ready).toBeGreaterThan(0);
        for (const badge of await page.locator('#rows-body .badge').allInnerTexts())
          expect(badge).toBe('ready');

        // Each name links to the attorney's HTML checklist beside index.html.
        const href = await page.locator('#rows-body a').first().getAttribute('href');
        expect(href).toMatch(/^attorney-\d{3}(-\d+)?\.html$/);
        expect(existsSync(join(out, href!))).toBe(true);
        await page.locator('#rows-body a').first().click();
        await page.waitForURL(/\.html$/);
        expect(await page.locator('h1').innerText()).toMatch(
          /^NextGen CM\/ECF checklist: Attorney \d{3} /,
        );
        expect(watch.errors).toEqual([]);
        await page.close();
      });

      it('prints to PDF', async () => {
        const { page } = await open(browser, index);
        const pdf = await page.pdf({ format: 'Letter' });
        writeFileSync(join(dir, 'dashboard.pdf'), pdf);
        expect(pdfPageCount(pdf)).toBeGreaterThan(1);
        await page.close();
      });

      it('has no serious accessibility violation', async () => {
        const { page } = await open(browser, index);
        expect(await seriousViolations(page)).toEqual([]);
        await page.close();
      });

      it("shows a hostile roster's cells as inert text, on the dashboard and in the checklist", async () => {
        for (const file of [index, join(out, 'script-window-pwned-1-script-mallory.html')]) {
          const { page, watch } = await open(browser, file);
          if (file === index) {
            await page.getByLabel('Filter').fill('mallory');
            await waitForTable(page, 1);
          }
          const text = await page.locator('body').innerText();
          expect(text).toContain('<script>window.__pwned = 1</script>Mallory');
          if (file === index) {
            expect(text).toContain('javascript:window.__pwned=3');
            // The bidi override is written out, never applied.
            expect(text).toContain('"><img src=x onerror="window.__pwned=2">\\u202eevil');
          }
          expect(
            await page.evaluate(() => (window as { __pwned?: number }).__pwned),
          ).toBeUndefined();
          expect(await page.locator('img').count()).toBe(0);
          expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
          // The only script is the dashboard's own, and the checklist has none.
          expect(await page.locator('script:not([type="application/json"])').count()).toBe(
            file === index ? 1 : 0,
          );
          expectQuiet(watch, file);
          await page.close();
        }
        expect(readFileSync(index, 'utf8')).not.toContain('\u202e');
      });
    });
  },
);
