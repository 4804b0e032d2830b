/**
 * The HTML checklist: one self-contained page, the answer first, every value escaped. The
 * browser tests (test/e2e/browser.test.ts) load it in Chromium; these read the markup.
 */
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { embedJson, escapeHtml, linkHtml, safeHref } from '../../src/render/html-page.js';
import type { Plan } from '../../src/plan/types.js';
import { READY_ANSWERS } from '../helpers/fixtures.js';
import { planFor } from '../helpers/plan.js';

const AS_OF = '2026-11-22';
const HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(2)>\u202eevil';

/** A real plan with hostile text in every kind of string a profile or feed could give. */
async function hostilePlan(): Promise<Plan> {
  const plan = await planFor(['ctd'], AS_OF, {
    ...READY_ANSWERS,
    'account-type': 'legacy',
    linked: 'no',
    'ecf-login': 'known',
  });
  const [first, ...rest] = plan.actions;
  return {
    ...plan,
    courts: plan.courts.map((court) => ({
      ...court,
      name: `${court.name} ${HOSTILE}`,
      ecfUrl: 'javascript:alert(3)',
    })),
    notes: [{ court: 'ctd', text: HOSTILE, sources: [] }],
    actions: [
      {
        ...first!,
        title: `Title ${HOSTILE}`,
        why: HOSTILE,
        caveat: HOSTILE,
        steps: [`Step ${HOSTILE}`, ...first!.steps],
        stepSources: [[], ...first!.stepSources],
        links: [
          { label: `Link ${HOSTILE}`, url: 'javascript:alert(4)', sources: [] },
          { label: 'Data', url: 'data:text/html,<script>alert(5)</script>', sources: [] },
          { label: 'Good', url: 'https://pacer.uscourts.gov/?a=1&b=2', sources: [] },
          { label: 'Quoted', url: 'https://pacer.uscourts.gov/?a="><b>x', sources: [] },
        ],
        contacts: [
          {
            label: HOSTILE,
            email: '"><script>@x.example',
            url: 'javascript:alert(6)',
            sources: [],
          },
        ],
      },
      ...rest,
    ],
    sources: plan.sources.map((source, index) =>
      index === 0 ? { ...source, title: HOSTILE, url: 'javascript:alert(7)' } : source,
    ),
  };
}

describe('the HTML checklist', () => {
  it('is one self-contained page: a strict CSP, no script, nothing fetched', async () => {
    const plan = await planFor(['ctd'], AS_OF, { ...READY_ANSWERS, 'account-type': 'legacy' });
    const html = renderHtml(plan);
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toMatch(
      /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'none'/,
    );
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/\s(src|srcset)=/i);
  });

  it('puts the status and the numbered actions first, a checkbox per step, the sources last', async () => {
    const plan = await planFor(['ctd'], AS_OF, {
      ...READY_ANSWERS,
      'account-type': 'legacy',
      linked: 'no',
      'ecf-login': 'known',
    });
    const html = renderHtml(plan);
    const at = (text: string) => html.indexOf(text);
    expect(at('Status: <span class="badge action-needed">action needed</span>')).toBeGreaterThan(0);
    expect(at('Status:')).toBeLessThan(at('<ol class="todo">'));
    expect(at('<ol class="todo">')).toBeLessThan(at('id="courts"'));
    expect(at('id="courts"')).toBeLessThan(at('id="steps"'));
    expect(at('id="steps"')).toBeLessThan(at('id="sources"'));
    const steps = plan.actions.reduce((sum, action) => sum + action.steps.length, 0);
    expect(html.match(/<input type="checkbox"/g)).toHaveLength(steps);
    expect(html).toContain('Court data: ');
    expect(html).toContain('as of November 22, 2026');
    // Each action after the first starts a new printed page; links print their address.
    expect(html).toContain('.action+.action{break-before:page}');
    expect(html).toMatch(
      /a\[href\^="http"\]:not\(\.bare\)::after,[^{]*\{content:" \(" attr\(href\) "\)"/,
    );
  });

  it('escapes every value, keeps only http(s) and mailto links, and writes out bidi controls', async () => {
    const html = renderHtml(await hostilePlan(), { title: `Checklist: ${HOSTILE}` });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/href="(javascript|data):/i);
    expect(html).not.toContain('\u202e');
    expect(html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;\\u202eevil',
    );
    // A refused link stays as its text; a good one is a link, its address escaped.
    expect(html).toContain('Link &lt;script&gt;');
    expect(html).toContain('href="https://pacer.uscourts.gov/?a=1&amp;b=2"');
    expect(html).not.toContain('?a=&quot;');
    expect(html).toContain('<title>Checklist: &lt;script&gt;');
    // Every tag in the page is one the renderer writes.
    const tags = new Set([...html.matchAll(/<([a-z0-9]+)/g)].map((match) => match[1]));
    expect([...tags].sort()).toEqual(
      [
        'a',
        'body',
        'code',
        'footer',
        'h1',
        'h2',
        'h3',
        'head',
        'header',
        'html',
        'input',
        'label',
        'li',
        'main',
        'meta',
        'ol',
        'p',
        'section',
        'span',
        'strong',
        'style',
        'table',
        'tbody',
        'td',
        'th',
        'thead',
        'title',
        'tr',
        'ul',
      ].filter((tag) => html.includes(`<${tag}`)),
    );
    expect(tags.has('script')).toBe(false);
  });
});

describe('HTML helpers', () => {
  it('escape the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('link only http, https and mailto addresses', () => {
    expect(safeHref('https://pacer.uscourts.gov/')).toBe('https://pacer.uscourts.gov/');
    expect(safeHref('mailto:cmecf@ctd.uscourts.gov')).toBe('mailto:cmecf@ctd.uscourts.gov');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '/etc/passwd',
      'file:///etc/passwd',
      'https://a.example/ onmouseover=x',
      'mailto:x@y?body=<b>',
    ])
      expect(safeHref(bad), bad).toBeUndefined();
    expect(linkHtml('javascript:alert(1)', '<b>')).toBe('&lt;b&gt;');
  });

  it('embed JSON that no value can close its script block with', () => {
    const value = { name: '</script><script>alert(1)</script>', line: '\u2028' };
    const json = embedJson(value);
    expect(json).not.toMatch(/<|>|\u2028/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
