/**
 * How every output names a plan's status, in one table: the text plan shouts the word
 * (READY), Markdown gives the phrase, the roster's tables the word.
 */
import type { LiveStatus } from '../plan/live-status.js';
import type { PlanStatus } from '../plan/types.js';

export const STATUS_WORDS = {
  ready: { word: 'ready', phrase: 'ready' },
  'action-needed': { word: 'action needed', phrase: 'action needed' },
  waiting: { word: 'waiting', phrase: 'waiting for a go-live' },
} as const satisfies Record<PlanStatus, { word: string; phrase: string }>;

/** A roster row that could not be planned, among the statuses. */
export const ERROR_STATUS_WORD = 'ERROR';

/** How every output names a court's NextGen status on the as-of day: a table cell, a phrase. */
export const LIVE_STATUS_WORDS = {
  live: { cell: 'live', phrase: 'on NextGen' },
  'not-live': { cell: 'not live', phrase: 'not yet on NextGen' },
  unknown: { cell: 'unknown', phrase: 'NextGen status unknown' },
} as const satisfies Record<LiveStatus, { cell: string; phrase: string }>;
