/**
 * Issue 26: a ready CJA panel attorney (the exemption already on the account, linked) has
 * nothing to do, but must switch to exempt status at every login: the plan carries the exact
 * steps, as the District of Connecticut's seed gives them, not a one-line reminder.
 */
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/text.js';
import { READY_ANSWERS } from '../helpers/fixtures.js';
import { planFor } from '../helpers/plan.js';

const READY_CJA = {
  ...READY_ANSWERS,
  cja: 'yes',
  'exempt-account': 'no',
  'cja-exemption': 'yes',
};

describe('a ready CJA panel attorney', () => {
  it("in D. Conn.: the court's switch steps (Utilities, Change PACER Exemption Status, CJA, Submit; the Query toggle), with the seed as source", async () => {
    const plan = await planFor(['ctd'], '2026-12-06', READY_CJA);
    expect(plan.status).toBe('ready');
    const note = plan.notes.find((each) => each.text.includes('Change PACER Exemption Status'));
    expect(note, JSON.stringify(plan.notes)).toBeDefined();
    expect(note!.court).toBe('ctd');
    expect(note!.text).toContain('each time you log in');
    expect(note!.text).toContain('Click Utilities.');
    expect(note!.text).toContain('Select Change PACER Exemption Status.');
    expect(note!.text).toContain('Select CJA and then Submit.');
    expect(note!.text).toMatch(/While using Query, you can toggle between exempt and not exempt/);
    expect(note!.text).toContain('https://ecf.ctd.uscourts.gov');
    expect(note!.sources).toContain('seed-000-ctd-cja-pacer-accounts');
    // In the text a filer reads.
    const text = renderText(plan, { width: 80 }).replace(/\s+/g, ' ');
    expect(text).toContain('(2) Click Utilities. (3) Select Change PACER Exemption Status.');
  });

  it('in a court with no steps of its own: the national ones, the Query toggle among them', async () => {
    const plan = await planFor(['utd'], '2026-12-06', READY_CJA);
    expect(plan.status).toBe('ready');
    const note = plan.notes.find((each) => each.text.includes('Change PACER Exemption Status'));
    expect(note!.text).toContain('Select CJA and submit.');
    expect(note!.text).toMatch(/toggle between exempt and not exempt/);
    expect(note!.sources.length).toBeGreaterThan(0);
  });
});
