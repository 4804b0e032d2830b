/**
 * The roster's dashboard, index.html in the --out directory: one self-contained page with the
 * totals, the counts per action and per court as bar charts (inline SVG, no chart service),
 * the row errors grouped by cause, and every attorney in a table that sorts, filters and pages
 * in the browser, each row linking to the attorney's HTML checklist beside it.
 *
 * Made for 100,000 rows: the rows are kept as one short JSON array each (a SpillList: memory
 * stays flat), embedded as an inert JSON block, and the table shows one page of them at a
 * time; the first page is also written as HTML, so the page is readable before its script
 * runs, or where scripts are off. Every value is escaped in the markup and set as text (never
 * as markup) by the script; the Content-Security-Policy lets in nothing but the page's own
 * style and script.
 */
import { countOf, formatNumber } from '../counts.js';
import { formatDay } from '../dates.js';
import type { DataAsOf, Plan } from '../plan/types.js';
import { BASE_STYLE, embedJson, escapeHtml, htmlDocument } from '../render/html-page.js';
import { describeDataAge } from '../render/references.js';
import { describeErrorGroup, fixOfErrorGroup, type Breakdown } from './breakdown.js';
import { SpillList } from './spill.js';
import {
  describeTotals,
  type RosterMeta,
  type RosterSummary,
  type RosterTotals,
} from './summary.js';

/** Rows per page of the attorneys' table. */
export const PAGE_ROWS = 100;

const STATUSES = ['ready', 'action-needed', 'waiting', 'error'] as const;
const STATUS_WORDS = ['ready', 'action needed', 'waiting', 'error'];

/**
 * One row as the page's script reads it: line, name, e-mail, id, courts, status (an index of
 * STATUSES), how many actions, the actions (indexes of the action list), the HTML checklist's
 * file name, the first error.
 */
type DashboardRow = [
  number,
  string,
  string,
  string,
  string,
  number,
  number,
  number[],
  string,
  string,
];

/** The HTML checklist written beside a Markdown one: `jane-doe.md` → `jane-doe.html`. */
export function htmlChecklistName(markdownName: string): string {
  return markdownName.replace(/\.md$/, '.html');
}

/** The rows of the dashboard, gathered as rows finish. */
export class DashboardRows {
  private readonly rows = new SpillList();
  private readonly labels = new Map<string, number>();
  private dataAsOf: DataAsOf | undefined;

  add(summary: RosterSummary, plan?: Plan): void {
    if (plan !== undefined) this.dataAsOf ??= plan.dataAsOf;
    const actions = summary.actions.map((label) => {
      let index = this.labels.get(label);
      if (index === undefined) {
        index = this.labels.size;
        this.labels.set(label, index);
      }
      return index;
    });
    const row: DashboardRow = [
      summary.line,
      summary.name,
      summary.email,
      summary.id,
      summary.courts.join(', '),
      STATUSES.indexOf(summary.status),
      summary.actions.length,
      actions,
      summary.checklist === undefined ? '' : htmlChecklistName(summary.checklist),
      summary.errors[0] ?? '',
    ];
    this.rows.push(embedJson(row));
  }

  /** The page, in pieces to write one after the other. */
  *html(meta: RosterMeta, totals: RosterTotals, breakdown: Breakdown): Generator<string> {
    const titles = new Map(
      breakdown.actions.map((action) => [
        action.court === null ? action.id : `${action.id}@${action.court}`,
        action.title,
      ]),
    );
    const actionTitles = [...this.labels.keys()].map((label) => titles.get(label) ?? label);
    const title = `NextGen CM/ECF roster: ${meta.roster}`;
    const page = htmlDocument({
      title,
      style: DASHBOARD_STYLE,
      script: DASHBOARD_SCRIPT,
      body: '\u0000',
      data: { 'action-titles': embedJson(actionTitles), 'row-data': '\u0000' },
    });
    const [head = '', between = '', tail = ''] = page.split('\u0000');
    yield head;
    yield* this.body(title, meta, totals, breakdown, actionTitles);
    yield between;
    // The rows as one JSON array, written row by row.
    let first = true;
    for (const row of this.rows) {
      yield first ? `[${row}` : `,\n${row}`;
      first = false;
    }
    yield first ? '[]' : ']';
    yield tail;
  }

  dispose(): void {
    this.rows.dispose();
  }

  private *body(
    title: string,
    meta: RosterMeta,
    totals: RosterTotals,
    breakdown: Breakdown,
    actionTitles: readonly string[],
  ): Generator<string> {
    const age = this.dataAsOf ? describeDataAge(this.dataAsOf) : '';
    yield `<main>\n<header><h1>${escapeHtml(title)}</h1>\n<p>As of ${formatDay(meta.asOf)} · ${escapeHtml(describeTotals(totals))}</p>\n`;
    if (age) yield `<p class="muted">Court data: ${escapeHtml(age)}</p>\n`;
    yield '</header>\n';
    yield statusTiles(totals);
    yield actionChart(breakdown);
    yield courtChart(breakdown);
    yield errorSection(breakdown, meta.roster);
    yield attorneySection(totals, this.rows, actionTitles);
    yield '</main>\n';
  }
}

function statusTiles(totals: RosterTotals): string {
  const tile = (status: string, words: string, count: number) =>
    `<li class="tile ${status}"><span class="number">${formatNumber(count)}</span> ${words}</li>`;
  return `<section aria-labelledby="totals"><h2 id="totals">Attorneys</h2><ul class="tiles">${[
    tile('all', 'attorneys', totals.rows),
    tile('ready', 'ready', totals.ready),
    tile('action-needed', 'action needed', totals.actionNeeded),
    tile('waiting', 'waiting', totals.waiting),
    tile('error', totals.errors === 1 ? 'error' : 'errors', totals.errors),
  ].join('')}</ul></section>\n`;
}

/** A horizontal bar of `parts` (value, class), scaled so that `max` fills it. */
function bar(parts: readonly [number, string][], max: number): string {
  let x = 0;
  const rects = parts
    .filter(([value]) => value > 0)
    .map(([value, kind]) => {
      const width = (value / Math.max(max, 1)) * 100;
      const rect = `<rect class="${kind}" x="${x.toFixed(2)}" y="0" width="${width.toFixed(2)}" height="10"></rect>`;
      x += width;
      return rect;
    })
    .join('');
  return `<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">${rects}</svg>`;
}

function actionChart(breakdown: Breakdown): string {
  if (breakdown.actions.length === 0)
    return '<section aria-labelledby="actions"><h2 id="actions">Actions</h2><p>No attorney has an action left.</p></section>\n';
  const max = breakdown.actions[0]!.attorneys;
  const rows = breakdown.actions
    .map(
      (action) =>
        `<tr><th scope="row">${escapeHtml(action.title)}</th><td class="num">${formatNumber(action.attorneys)}</td><td class="num">${formatNumber(action.certain)}</td><td class="num">${formatNumber(action.conditional)}</td><td class="chart">${bar(
          [
            [action.certain, 'certain'],
            [action.conditional, 'conditional'],
          ],
          max,
        )}</td></tr>`,
    )
    .join('\n');
  return `<section aria-labelledby="actions"><h2 id="actions">Actions, by the attorneys they concern</h2>
<p class="legend"><span class="key certain"></span> certain <span class="key conditional"></span> only if a condition holds (the checklist says which)</p>
<table class="counts"><thead><tr><th scope="col">Action</th><th scope="col" class="num">Attorneys</th><th scope="col" class="num">Certain</th><th scope="col" class="num">Only if</th><th scope="col" class="chart">Chart</th></tr></thead><tbody>
${rows}
</tbody></table></section>\n`;
}

function courtChart(breakdown: Breakdown): string {
  if (breakdown.courts.length === 0) return '';
  const max = breakdown.courts[0]!.attorneys;
  const rows = breakdown.courts
    .map(
      (court) =>
        `<tr><th scope="row">${escapeHtml(court.name)} <span class="muted">(${escapeHtml(court.id)})</span></th><td class="num">${formatNumber(court.attorneys)}</td><td class="num">${formatNumber(court.ready)}</td><td class="num">${formatNumber(court.actionNeeded)}</td><td class="num">${formatNumber(court.waiting)}</td><td class="num">${formatNumber(court.errors)}</td><td class="chart">${bar(
          [
            [court.ready, 'ready'],
            [court.actionNeeded, 'action-needed'],
            [court.waiting, 'waiting'],
            [court.errors, 'error'],
          ],
          max,
        )}</td></tr>`,
    )
    .join('\n');
  return `<section aria-labelledby="courts"><h2 id="courts">Courts</h2>
<p class="legend"><span class="key ready"></span> ready <span class="key action-needed"></span> action needed <span class="key waiting"></span> waiting <span class="key error"></span> error · an attorney in two courts counts in both</p>
<table class="counts"><thead><tr><th scope="col">Court</th><th scope="col" class="num">Attorneys</th><th scope="col" class="num">Ready</th><th scope="col" class="num">Action needed</th><th scope="col" class="num">Waiting</th><th scope="col" class="num">Errors</th><th scope="col" class="chart">Chart</th></tr></thead><tbody>
${rows}
</tbody></table></section>\n`;
}

function errorSection(breakdown: Breakdown, roster: string): string {
  if (breakdown.errorGroups.length === 0 && breakdown.otherErrors === 0) return '';
  const items = breakdown.errorGroups.map((group) => {
    const fix = fixOfErrorGroup(group);
    return `<li>${escapeHtml(describeErrorGroup(group, roster))}${fix ? `<br><span class="muted">${escapeHtml(fix)}</span>` : ''}</li>`;
  });
  if (breakdown.otherErrors > 0)
    items.push(
      `<li>${escapeHtml(countOf(breakdown.otherErrors, 'more row'))} with other errors: summary.csv gives each row's.</li>`,
    );
  return `<section aria-labelledby="errors"><h2 id="errors">Rows that could not be planned, by cause</h2><ul class="errors">\n${items.join('\n')}\n</ul></section>\n`;
}

/** The table's first page as HTML, for the first paint and for a reader with scripts off. */
function attorneySection(
  totals: RosterTotals,
  rows: Iterable<string>,
  actionTitles: readonly string[],
): string {
  const first: string[] = [];
  for (const text of rows) {
    if (first.length >= PAGE_ROWS) break;
    first.push(rowHtml(JSON.parse(text) as DashboardRow, actionTitles));
  }
  const options = STATUSES.map(
    (status, index) => `<option value="${status}">${STATUS_WORDS[index]}</option>`,
  ).join('');
  const header = [
    ['line', 'Line'],
    ['name', 'Attorney'],
    ['courts', 'Courts'],
    ['status', 'Status'],
    ['actions', 'Actions'],
  ]
    .map(
      ([key, words]) =>
        `<th scope="col"${key === 'line' ? ' aria-sort="ascending"' : ''}><button type="button" data-sort="${key}">${words}</button></th>`,
    )
    .join('');
  const shown = Math.min(PAGE_ROWS, totals.rows);
  return `<section aria-labelledby="attorneys"><h2 id="attorneys">Attorney by attorney</h2>
<div class="controls"><label>Filter <input id="filter" type="search" placeholder="name, e-mail, id, court or action" autocomplete="off"></label>
<label>Status <select id="status"><option value="">all</option>${options}</select></label></div>
<p id="shown" role="status">${shown === totals.rows ? `All ${formatNumber(totals.rows)} attorneys.` : `Attorneys 1 to ${formatNumber(shown)} of ${formatNumber(totals.rows)}.`}</p>
<table id="table" class="attorneys"><thead><tr>${header}<th scope="col">What to do</th></tr></thead>
<tbody id="rows-body">
${first.join('\n')}
</tbody></table>
<nav class="pager" aria-label="Pages of attorneys"><button type="button" id="previous">Previous page</button> <span id="page"></span> <button type="button" id="next">Next page</button></nav>
<noscript><p>Sorting, filtering and paging need JavaScript; the first ${formatNumber(shown)} rows are shown. summary.csv holds them all.</p></noscript>
</section>\n`;
}

function rowHtml(row: DashboardRow, actionTitles: readonly string[]): string {
  const [line, name, email, id, courts, status, count, actions, checklist, error] = row;
  const who = escapeHtml(name || '(no name)');
  const person = checklist
    ? `<a href="${escapeHtml(encodeURIComponent(checklist))}">${who}</a>`
    : who;
  const extra = [email, id].filter(Boolean).map(escapeHtml).join(' · ');
  const what =
    status === 3
      ? escapeHtml(error)
      : actions.map((index) => escapeHtml(actionTitles[index] ?? '')).join('; ');
  return `<tr><td>${line}</td><td>${person}${extra ? `<br><span class="muted">${extra}</span>` : ''}</td><td>${escapeHtml(courts)}</td><td><span class="badge ${STATUSES[status]}">${STATUS_WORDS[status]}</span></td><td class="num">${status === 3 ? '' : count}</td><td>${what}</td></tr>`;
}

const DASHBOARD_STYLE = `${BASE_STYLE}
main{max-width:80rem}
.tiles{display:flex;flex-wrap:wrap;gap:.75rem;list-style:none;padding:0;margin:0}
.tile{border:1px solid var(--line);border-left-width:.4rem;border-radius:.3rem;padding:.4rem .8rem;min-width:9rem}
.tile .number{display:block;font-size:1.8rem;font-weight:700;line-height:1.2}
.tile.ready{border-left-color:var(--ready)}.tile.action-needed{border-left-color:var(--needed)}.tile.waiting{border-left-color:var(--waiting)}.tile.error{border-left-color:#333}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.chart,th.chart{width:30%;min-width:8rem}
svg.bar{display:block;width:100%;height:1rem;background:#f1f1f1}
rect.certain{fill:var(--accent)}rect.conditional{fill:#7fa7cc}
rect.ready{fill:var(--ready)}rect.action-needed{fill:var(--needed)}rect.waiting{fill:#c98a00}rect.error{fill:#555}
.legend .key{display:inline-block;width:.9rem;height:.9rem;vertical-align:middle;margin-left:.6rem}
.key.certain{background:var(--accent)}.key.conditional{background:#7fa7cc}.key.ready{background:var(--ready)}.key.action-needed{background:var(--needed)}.key.waiting{background:#c98a00}.key.error{background:#555}
.controls{display:flex;flex-wrap:wrap;gap:1rem;margin:.5rem 0}
.controls input{font:inherit;padding:.2rem .4rem;min-width:18rem}
.controls select{font:inherit}
table.attorneys th button{font:inherit;font-weight:700;background:none;border:0;padding:0;color:var(--accent);cursor:pointer;text-decoration:underline}
th[aria-sort=ascending] button::after{content:" \\2191"}th[aria-sort=descending] button::after{content:" \\2193"}
.pager{margin:.75rem 0}
.pager button{font:inherit}
ul.errors li{margin:.4rem 0}
@media print{.controls,.pager{display:none}td.chart,th.chart{width:25%}svg.bar{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
`;

/**
 * The table's script: reads the rows from the JSON block, filters, sorts and pages them, and
 * builds each shown row with DOM calls that set text, never markup.
 */
const DASHBOARD_SCRIPT = `
(function () {
  'use strict';
  var rows = JSON.parse(document.getElementById('row-data').textContent);
  var titles = JSON.parse(document.getElementById('action-titles').textContent);
  var STATUSES = ['ready', 'action-needed', 'waiting', 'error'];
  var WORDS = ['ready', 'action needed', 'waiting', 'error'];
  var PAGE = ${PAGE_ROWS};
  var body = document.getElementById('rows-body');
  var filter = document.getElementById('filter');
  var statusSelect = document.getElementById('status');
  var shownText = document.getElementById('shown');
  var pageText = document.getElementById('page');
  var previous = document.getElementById('previous');
  var next = document.getElementById('next');
  var view = rows;
  var page = 0;
  var sortKey = 'line';
  var ascending = true;
  var haystacks = null;
  function what(row) {
    if (row[5] === 3) return row[9];
    return row[7].map(function (index) { return titles[index] || ''; }).join('; ');
  }
  function haystackOf(index) {
    if (haystacks === null) haystacks = new Array(rows.length);
    var text = haystacks[index];
    if (text === undefined) {
      var row = rows[index];
      text = haystacks[index] = [row[1], row[2], row[3], row[4], what(row)].join(' ').toLowerCase();
    }
    return text;
  }
  var VALUE = {
    line: function (row) { return row[0]; },
    name: function (row) { return row[1].toLowerCase(); },
    courts: function (row) { return row[4]; },
    status: function (row) { return row[5]; },
    actions: function (row) { return row[5] === 3 ? -1 : row[6]; }
  };
  function apply() {
    var words = filter.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var status = STATUSES.indexOf(statusSelect.value);
    var picked = [];
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      if (status >= 0 && row[5] !== status) continue;
      if (words.length > 0) {
        var hay = haystackOf(i);
        var all = true;
        for (var w = 0; w < words.length; w++) if (hay.indexOf(words[w]) < 0) { all = false; break; }
        if (!all) continue;
      }
      picked.push(row);
    }
    var value = VALUE[sortKey];
    var sign = ascending ? 1 : -1;
    picked.sort(function (a, b) {
      var x = value(a), y = value(b);
      return (x < y ? -1 : x > y ? 1 : a[0] - b[0]) * sign;
    });
    view = picked;
    page = 0;
    draw();
  }
  function cell(tr, text, className) {
    var td = document.createElement('td');
    if (className) td.className = className;
    if (text !== undefined) td.textContent = text;
    tr.appendChild(td);
    return td;
  }
  function draw() {
    var pages = Math.max(1, Math.ceil(view.length / PAGE));
    if (page >= pages) page = pages - 1;
    var start = page * PAGE;
    var end = Math.min(view.length, start + PAGE);
    var fragment = document.createDocumentFragment();
    for (var i = start; i < end; i++) {
      var row = view[i];
      var tr = document.createElement('tr');
      cell(tr, String(row[0]));
      var who = cell(tr);
      var name = row[1] || '(no name)';
      if (row[8]) {
        var link = document.createElement('a');
        link.href = encodeURIComponent(row[8]);
        link.textContent = name;
        who.appendChild(link);
      } else who.textContent = name;
      var extra = [row[2], row[3]].filter(Boolean).join(' \\u00b7 ');
      if (extra) {
        who.appendChild(document.createElement('br'));
        var span = document.createElement('span');
        span.className = 'muted';
        span.textContent = extra;
        who.appendChild(span);
      }
      cell(tr, row[4]);
      var badge = document.createElement('span');
      badge.className = 'badge ' + STATUSES[row[5]];
      badge.textContent = WORDS[row[5]];
      cell(tr).appendChild(badge);
      cell(tr, row[5] === 3 ? '' : String(row[6]), 'num');
      cell(tr, what(row));
      fragment.appendChild(tr);
    }
    body.replaceChildren(fragment);
    var total = rows.length;
    shownText.textContent = view.length === 0
      ? 'No attorney matches.'
      : (view.length === total && end - start === total ? 'All ' + total.toLocaleString('en-US') + ' attorneys.'
        : 'Attorneys ' + (start + 1).toLocaleString('en-US') + ' to ' + end.toLocaleString('en-US') + ' of ' + view.length.toLocaleString('en-US') + (view.length < total ? ' matching (' + total.toLocaleString('en-US') + ' in all).' : '.'));
    pageText.textContent = 'Page ' + (page + 1) + ' of ' + pages;
    previous.disabled = page === 0;
    next.disabled = page >= pages - 1;
  }
  var timer = 0;
  filter.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(apply, rows.length > 20000 ? 150 : 0);
  });
  statusSelect.addEventListener('change', apply);
  previous.addEventListener('click', function () { page--; draw(); });
  next.addEventListener('click', function () { page++; draw(); });
  var buttons = document.querySelectorAll('#table button[data-sort]');
  for (var b = 0; b < buttons.length; b++) {
    buttons[b].addEventListener('click', function (event) {
      var key = event.currentTarget.getAttribute('data-sort');
      ascending = key === sortKey ? !ascending : true;
      sortKey = key;
      for (var h = 0; h < buttons.length; h++) {
        var th = buttons[h].parentNode;
        if (buttons[h].getAttribute('data-sort') === key) th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        else th.removeAttribute('aria-sort');
      }
      apply();
    });
  }
  draw();
})();
`;
