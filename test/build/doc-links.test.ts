/**
 * Every relative link in README.md and docs/*.md leads somewhere: the file exists, and an
 * anchor (`#exit-codes`) names a heading of that document as GitHub makes its ids
 * (github-slugger, the library GitHub's own renderer follows).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { documentFiles } from '../../scripts/build/readme-tables.js';

/** The links of a Markdown text, outside code blocks and code spans. */
export function linksOf(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1]!);
}

/** The ids GitHub gives a Markdown text's headings. */
export function anchorsOf(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '');
  return new Set(
    [...prose.matchAll(/^#{1,6} (.+)$/gm)].map((match) =>
      slugger.slug(match[1]!.replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')),
    ),
  );
}

/** What is wrong with each relative link of the document at `file` (none: all lead somewhere). */
function brokenLinks(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const broken: string[] = [];
  for (const link of linksOf(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(link)) continue; // https:, mailto:
    const [path = '', anchor] = link.split('#');
    const target = path === '' ? file : resolve(dirname(file), path);
    if (!existsSync(target)) {
      broken.push(`${link}: no such file`);
      continue;
    }
    if (
      anchor !== undefined &&
      target.endsWith('.md') &&
      !anchorsOf(readFileSync(target, 'utf8')).has(anchor)
    )
      broken.push(`${link}: no heading with that id`);
  }
  return broken;
}

describe('the documents', () => {
  it('are a short README and the rest in docs/', () => {
    const readme = readFileSync(documentFiles()[0]!, 'utf8');
    expect(readme.split('\n').length).toBeLessThanOrEqual(200);
    expect(documentFiles().length).toBeGreaterThan(5);
  });

  it.each(documentFiles().map((file) => [file.replace(/.*\/(?=docs\/|README)/, ''), file]))(
    '%s: every relative link leads to a file and heading that exist',
    (_name, file) => {
      expect(brokenLinks(file)).toEqual([]);
    },
  );

  it('finds a broken link, a missing anchor, and skips code and web addresses', () => {
    const dir = join(import.meta.dirname, '..', '..', 'docs');
    expect(
      linksOf('[a](x.md) `[b](y.md)` [c](https://e.example/#z)\n```\n[d](w.md)\n```\n'),
    ).toEqual(['x.md', 'https://e.example/#z']);
    expect(anchorsOf('# `check`: your plan\n## Exit codes\n## Exit codes\n')).toEqual(
      new Set(['check-your-plan', 'exit-codes', 'exit-codes-1']),
    );
    expect(existsSync(join(dir, 'reference.md'))).toBe(true);
  });
});
