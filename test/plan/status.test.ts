/**
 * A plan's status from its actions (statusOf), on hand-made actions: the invariant sweeps
 * check plans against what their actions say, and these pin the rule itself.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../src/plan/builder.js';
import type { PlanAction } from '../../src/plan/types.js';

const AS_OF = '2026-11-22';

function action(id: PlanAction['id'], extra: Partial<PlanAction> = {}): PlanAction {
  return {
    id,
    court: 'ctd',
    title: id,
    why: 'why',
    whySources: [],
    steps: ['step'],
    stepSources: [['src']],
    links: [],
    contacts: [],
    sources: ['src'],
    ...extra,
  };
}

describe('the status of a plan', () => {
  it('is ready with nothing to do', () => {
    expect(statusOf([], AS_OF)).toBe('ready');
  });

  it('is waiting when everything left waits for a go-live or a later day', () => {
    expect(statusOf([action('wait-for-go-live')], AS_OF)).toBe('waiting');
    expect(statusOf([action('link-ecf-account', { notBeforeGoLive: 'its go-live' })], AS_OF)).toBe(
      'waiting',
    );
    expect(statusOf([action('link-ecf-account', { notBefore: '2026-11-23' })], AS_OF)).toBe(
      'waiting',
    );
    expect(
      statusOf(
        [action('wait-for-go-live'), action('enroll-mfa', { notBefore: '2027-01-01' })],
        AS_OF,
      ),
    ).toBe('waiting');
  });

  it('needs action when one thing can be done on the day', () => {
    expect(statusOf([action('upgrade-pacer-account')], AS_OF)).toBe('action-needed');
    // A day already come is not a wait.
    expect(statusOf([action('link-ecf-account', { notBefore: AS_OF })], AS_OF)).toBe(
      'action-needed',
    );
    expect(statusOf([action('wait-for-go-live'), action('upgrade-pacer-account')], AS_OF)).toBe(
      'action-needed',
    );
  });
});
