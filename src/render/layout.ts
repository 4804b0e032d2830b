/**
 * Laying text out for a terminal, as one module to load when text is written: wrapping and
 * measuring (wrap.ts) and tables (table.ts). The build gives it a bundle of its own
 * (layout.cjs), so commands that can also print JSON load it only for text.
 */
export { columnsThatFit, columnWidths, tableLine } from './table.js';
export { cutToWidth, padToWidth, visibleWidth, wrap } from './wrap.js';
