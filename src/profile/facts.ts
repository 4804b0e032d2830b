/**
 * Reading a court's own facts, which may be recorded as not published (the day the court's
 * pages were searched): light, without zod, for the plan.
 */
import type { NotPublished } from './schema.js';

/** The fact, or undefined where it is unknown or the court does not publish it. */
export function knownFact<T extends object>(fact: T | NotPublished | undefined): T | undefined {
  return fact === undefined || 'notPublished' in fact ? undefined : fact;
}

/** The record that a fact is not published, where it is one. */
export function notPublishedOf(fact: object | undefined): NotPublished | undefined {
  return fact !== undefined && 'notPublished' in fact ? (fact as NotPublished) : undefined;
}
