/**
 * The check step on its own: each shape an answer may come in (a value, a list, a per-court
 * map or `court=value` text), what is refused and in which words, and the merge of sources.
 */
import { describe, expect, it } from 'vitest';
import type { GivenAnswers } from '../../src/plan/answers.js';
import { checkAnswers } from '../../src/plan/check-answers.js';
import { emptyAnswers, givenOf, mergeAnswers, withAnswer } from '../../src/plan/given-answers.js';
import { QUESTIONS } from '../../src/plan/questions.js';

const COURTS = ['ctd', 'utd', 'ctb'];
const fromFile = (raw: unknown) => checkAnswers(raw, COURTS, 'file');
const fromFlags = (raw: unknown) => checkAnswers(raw, COURTS, 'flag');
const messages = (raw: unknown, check = fromFile) => check(raw).problems.map((p) => p.message);
const question = (id: string) => QUESTIONS.find((each) => each.id === id)!;

describe('checking answers', () => {
  it('takes nothing given as no answers, and refuses what is not a map', () => {
    expect(fromFile(undefined)).toEqual({ answers: emptyAnswers(), problems: [] });
    expect(fromFile(null)).toEqual({ answers: emptyAnswers(), problems: [] });
    for (const raw of [['filer'], 'attorney', 42])
      expect(fromFile(raw).problems).toEqual([
        { key: '', message: 'expected a map of answers (question id: value)' },
      ]);
  });

  it('skips empty values: not given, not wrong', () => {
    const { answers, problems } = fromFile({ filer: '', mfa: '   ', cja: null, linked: undefined });
    expect(problems).toEqual([]);
    expect(answers).toEqual(emptyAnswers());
  });

  it('reads one value, and refuses a list or a map where one value belongs', () => {
    expect(fromFile({ filer: 'Attorney' }).answers.filer).toEqual({ filer: 'attorney' });
    expect(messages({ filer: ['attorney'] })).toEqual([
      'filer: expected one value; allowed: attorney, pro-se, filing-agent, limited-filer',
    ]);
    expect(messages({ filer: ['attorney'] }, fromFlags)[0]).toMatch(/^--filer: expected one value/);
  });

  it('reads a list: from text or a list, without "none", empties or repeats', () => {
    expect(fromFile({ problems: 'unlink, unlink;none' }).answers.filer.problems).toEqual([
      'unlink',
    ]);
    expect(fromFile({ problems: ['unlink', '', 'changed-firm'] }).answers.filer.problems).toEqual([
      'unlink',
      'changed-firm',
    ]);
    expect(fromFile({ problems: 'none' }).answers.filer.problems).toEqual([]);
    for (const raw of [{ unlink: true }, ['unlink', { a: 1 }]])
      expect(messages({ problems: raw })[0]).toMatch(
        /^problems: expected a list of values; allowed: menus-limited, /,
      );
  });

  it('reads a court-level answer: one value, court=value text, or a map', () => {
    expect(fromFile({ linked: 'yes' }).answers.court.linked).toEqual({ all: 'yes', byCourt: {} });
    expect(fromFile({ linked: 'ctd=yes, UTD=No' }).answers.court.linked).toEqual({
      byCourt: { ctd: 'yes', utd: 'no' },
    });
    expect(fromFile({ linked: { CTD: true, utd: 'no' } }).answers.court.linked).toEqual({
      byCourt: { ctd: 'yes', utd: 'no' },
    });
  });

  it('refuses a court-level answer that is none of those, in its own words', () => {
    expect(messages({ linked: ['yes'] })).toEqual([
      'linked: expected a value or court=value pairs; allowed values: yes, no',
    ]);
    expect(messages({ linked: 'ctd=' })).toEqual([
      'linked ctd: this value is not allowed; allowed: yes, no',
    ]);
    for (const text of ['ctd=yes=no', '=yes'])
      expect(messages({ linked: text }), text).toEqual([
        'linked: a value is not court=value (e.g. ctd=yes)',
      ]);
    expect(messages({ 'ecf-login': 'ctd=known=x' })).toEqual([
      'ecf-login: a value is not court=value (e.g. ctd=known)',
    ]);
    expect(messages({ linked: { ctd: ['yes'] } })).toEqual(['linked: ctd: expected one value']);
    expect(fromFile({ linked: { ctd: ['yes'], utd: 'no' } }).answers.court.linked).toBeUndefined();
  });

  it('refuses every bad court and value of a map, and keeps none of it', () => {
    const { answers, problems } = fromFile({ linked: { ctx: 'yes', utd: 'maybe' } });
    expect(problems.map((p) => p.message)).toEqual([
      'linked: "ctx" is not a court id (did you mean "ctb" or "ctd"?); `nextgen-ready courts` lists the ids',
      'linked utd: this value is not allowed; allowed: yes, no',
    ]);
    expect(answers.court.linked).toBeUndefined();
    expect(fromFile({ linked: { ctd: 'yes', utd: 'maybe' } }).answers.court.linked).toBeUndefined();
  });

  it('reads the courts of a file, and refuses them as a flag or with an unknown id', () => {
    expect(fromFile({ courts: 'CTD utd' }).answers.courts).toEqual(['ctd', 'utd']);
    expect(fromFile({ courts: ['ctd', 'ctd;utd'] }).answers.courts).toEqual(['ctd', 'utd']);
    expect(messages({ courts: ['ctd', { a: 1 }] })).toEqual([
      'courts: expected court ids, e.g. [ctd, utd]',
    ]);
    const unknown = fromFile({ courts: ['ctd', 'zzz'] });
    expect(unknown.answers.courts).toBeUndefined();
    expect(unknown.problems.map((p) => p.key)).toEqual(['courts']);
    expect(messages({ courts: 'ctd' }, fromFlags)).toEqual([
      expect.stringMatching(/^a key is not an answer key; allowed: filer, .*, problems$/),
    ]);
  });

  it('names an unknown key, suggesting the nearest, with "courts" only for a file', () => {
    expect(messages({ filler: 'attorney' })).toEqual([
      expect.stringMatching(
        /^"filler" is not an answer key \(did you mean "filer"\?\); allowed: filer, .*, problems, courts$/,
      ),
    ]);
    expect(messages({ court: 'ctd' })).toEqual([
      expect.stringMatching(
        /^"court" is not an answer key \(did you mean "courts"\?\); allowed: .*, courts$/,
      ),
    ]);
    expect(messages({ court: 'ctd' }, fromFlags)).toEqual([
      expect.stringMatching(/^a key is not an answer key; allowed: filer, .*, problems$/),
    ]);
  });
});

describe('merging and changing given answers', () => {
  const given = (raw: Record<string, unknown>): GivenAnswers => fromFile(raw).answers;

  it('lets the later win: a plain value replaces a map, per-court values merge', () => {
    const base = given({ courts: ['ctd'], filer: 'attorney', linked: 'ctd=yes', cja: 'no' });
    const over = given({ filer: 'pro-se', linked: 'utd=no', cja: 'ctd=yes' });
    expect(mergeAnswers(base, over)).toEqual({
      filer: { filer: 'pro-se' },
      // Per-court values over one for every court: that one stays for the other courts.
      court: {
        linked: { byCourt: { ctd: 'yes', utd: 'no' } },
        cja: { all: 'no', byCourt: { ctd: 'yes' } },
      },
      courts: ['ctd'],
    });
    const plain = mergeAnswers(base, given({ linked: 'no' }));
    expect(plain.court.linked).toEqual({ all: 'no', byCourt: {} });
    const kept = mergeAnswers(given({ linked: 'yes' }), given({ linked: 'utd=no' }));
    expect(kept.court.linked).toEqual({ all: 'yes', byCourt: { utd: 'no' } });
    expect(mergeAnswers(base, given({ courts: 'utd' })).courts).toEqual(['utd']);
    expect(mergeAnswers(emptyAnswers(), emptyAnswers())).not.toHaveProperty('courts');
  });

  it('gives settled answers back as given ones, and changes one for a court or the filer', () => {
    const settled = {
      filer: { filer: 'attorney', problems: ['unlink'] },
      courts: { ctd: { linked: 'yes' }, utd: { linked: 'no' } },
    } as const;
    const back = givenOf(settled as never);
    expect(back.court.linked).toEqual({ byCourt: { ctd: 'yes', utd: 'no' } });
    const changed = withAnswer(back, question('linked'), 'utd', 'yes');
    expect(changed.court.linked).toEqual({ byCourt: { ctd: 'yes', utd: 'yes' } });
    expect(back.court.linked).toEqual({ byCourt: { ctd: 'yes', utd: 'no' } });
    const list = withAnswer(back, question('problems'), undefined, ['changed-firm']);
    expect(list.filer.problems).toEqual(['changed-firm']);
    const withAll = withAnswer(given({ linked: 'no' }), question('linked'), 'ctd', 'yes');
    expect(withAll.court.linked).toEqual({ all: 'no', byCourt: { ctd: 'yes' } });
    const fresh = withAnswer(emptyAnswers(), question('cja'), 'ctd', 'yes');
    expect(fresh.court.cja).toEqual({ byCourt: { ctd: 'yes' } });
  });
});
