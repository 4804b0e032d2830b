/// <reference lib="dom" />
// The page functions run in the browser: they see its DOM, not Node.
/**
 * A real browser for the HTML tests: Debian's Chromium (`/usr/bin/chromium`, or
 * NEXTGEN_READY_CHROMIUM), driven headless by playwright-core, which downloads no browser of
 * its own. .ci/run installs Chromium where apt-get can; where it cannot, the tests that need it
 * are skipped with the reason.
 */
import { accessSync, constants, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './cli.js';

export const CHROMIUM = process.env.NEXTGEN_READY_CHROMIUM || '/usr/bin/chromium';

/** Why the browser tests cannot run here, or undefined when they can. */
export function chromiumMissing(): string | undefined {
  try {
    accessSync(CHROMIUM, constants.X_OK);
    return undefined;
  } catch {
    return `no Chromium at ${CHROMIUM} (install Debian's chromium package, or set NEXTGEN_READY_CHROMIUM)`;
  }
}

/**
 * The flags that work on a machine with no network but the package registries, as root: no
 * sandbox (root), no GPU, and none of Chromium's own background connections.
 */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

/**
 * The folder the browser tests keep what they make in (pages, screenshots, PDFs), for a person
 * to look at after a run: `test-artifacts/NAME` in the checkout (git ignores it), emptied at
 * the start of each run, so nothing piles up and nothing is left in /tmp.
 */
export function artifactDir(name: string): string {
  const dir = join(ROOT, 'test-artifacts', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** What a page did that a self-contained page must not: console errors and requests. */
export interface PageWatch {
  errors: string[];
  requests: string[];
  dialogs: string[];
}

/** Watches a page from before it loads: every console error, uncaught error, request and dialog. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { errors: [], requests: [], dialogs: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(String(error)));
  page.on('request', (request) => watch.requests.push(request.url()));
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return watch;
}

/** How many pages a PDF has: its page objects, counted in the file. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/** The serious and critical accessibility violations axe-core finds on the page. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { default: axe } = await import('axe-core');
  // Evaluated through the DevTools protocol: the page's own CSP (no script) does not apply.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const run = (
      globalThis as unknown as {
        axe: {
          run: (
            context: unknown,
            options: unknown,
          ) => Promise<{
            violations: { id: string; impact: string; help: string; nodes: unknown[] }[];
            passes: unknown[];
          }>;
        };
      }
    ).axe.run;
    const results = await run(document, { resultTypes: ['violations'] });
    // axe ran its rules: a page it could not read would pass none.
    if (results.passes.length === 0) throw new Error('axe-core passed no rule on the page');
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.length,
    }));
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}, ${violation.nodes} nodes): ${violation.help}`,
    );
}
