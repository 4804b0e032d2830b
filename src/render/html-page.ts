/**
 * What every HTML page of nextgen-ready shares: escaping, which links may be links, and the
 * self-contained document around a page, with a Content-Security-Policy that lets nothing in
 * but its own style (and its own script, where it has one), named by their hashes. A page
 * opened from a disk or an e-mail fetches nothing: no font, image, script or style from
 * anywhere, and a value that slipped through as markup could still not run.
 */
import { createHash } from 'node:crypto';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made inert in HTML, in an element or in a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/**
 * The address to link to, or undefined when it must stay text: only https:, http: and
 * mailto: links are links (never javascript:, data: or a relative path into the reader's disk).
 */
export function safeHref(url: string): string | undefined {
  const trimmed = url.trim();
  return /^(https?:\/\/[^\s"'<>`]+|mailto:[^\s"'<>`:/]+@[^\s"'<>`]+)$/i.test(trimmed)
    ? trimmed
    : undefined;
}

/** An `<a>` to `url` when it may be one, showing `text`; else the text alone. */
export function linkHtml(url: string, text: string = url, className?: string): string {
  const href = safeHref(url);
  const shown = escapeHtml(text);
  if (href === undefined) return shown;
  const kind = className ? ` class="${className}"` : '';
  return `<a${kind} href="${escapeHtml(href)}" rel="noreferrer">${shown}</a>`;
}

/**
 * JSON to embed in a `<script type="application/json">` block: no `<` can close the block, and
 * the line separators some parsers trip on are escaped. JSON.parse reads back the same value.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The parts of a page: its title, its own style and script, the body's inner HTML. */
export interface HtmlPage {
  title: string;
  style: string;
  /** The page's one script, if it has one (the dashboard's sorting and paging). */
  script?: string;
  /** The body's HTML, already escaped. */
  body: string;
  /** JSON data blocks to put before the script, by element id (already made by embedJson). */
  data?: Record<string, string>;
}

/**
 * The Content-Security-Policy of a page: nothing from anywhere (no fetch, font, image, frame,
 * form or base), its own style and script by hash, images only inline SVG in the markup.
 */
export function contentSecurityPolicy(style: string, script?: string): string {
  return [
    "default-src 'none'",
    `style-src ${hashOf(style)}`,
    `script-src ${script === undefined ? "'none'" : hashOf(script)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The whole document, one self-contained file. */
export function htmlDocument(page: HtmlPage): string {
  const data = Object.entries(page.data ?? {})
    .map(([id, json]) => `<script type="application/json" id="${id}">${json}</script>\n`)
    .join('');
  return [
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(page.style, page.script)}">\n`,
    '<meta name="referrer" content="no-referrer">\n',
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    `<title>${escapeHtml(page.title)}</title>\n`,
    `<style>${page.style}</style>\n</head>\n<body>\n`,
    page.body,
    data,
    page.script === undefined ? '' : `<script>${page.script}</script>\n`,
    '</body>\n</html>\n',
  ].join('');
}

/** The look both pages share: readable on a screen, plain on paper. */
export const BASE_STYLE = `
:root{color-scheme:light;--ink:#1b1b1b;--muted:#4a4a4a;--line:#c9c9c9;--ready:#1a6b2f;--needed:#a4161a;--waiting:#7a4d00;--accent:#0b4f8a}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--ink);background:#fff}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem;line-height:1.25;margin:0 0 .5rem}
h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}
h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
a{color:var(--accent)}
.muted{color:var(--muted)}
.status{font-size:1.1rem}
.badge{display:inline-block;padding:0 .4em;border-radius:.25em;font-weight:700;color:#fff}
.badge.ready{background:var(--ready)}.badge.action-needed{background:var(--needed)}.badge.waiting{background:var(--waiting)}.badge.error{background:#333}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid var(--line)}
code{font-size:.9em}
.cite{text-decoration:none;font-size:.85em;vertical-align:super}
@media print{
body{font-size:11pt}
main{max-width:none;padding:0}
a{color:inherit}
a[href^="http"]:not(.bare)::after,a[href^="mailto:"]:not(.bare)::after{content:" (" attr(href) ")";font-size:.9em;word-break:break-all}
.no-print{display:none}
li,tr{break-inside:avoid}
h2,h3{break-after:avoid}
}
`;
