/**
 * The interview: questions asked in order, a review of every answer, and a change that walks
 * the questions again (asking what now applies, dropping what no longer does). Then the
 * answers as flags and as an answers file give the same answers back, over the whole answer
 * space of two courts.
 */
import { describe, expect, it } from 'vitest';
import { repeatArguments, repeatCommand, shellQuote } from '../../src/cli/repeat-command.js';
import type { AnswerEntry, AskAnswer, CourtFacts } from '../../src/plan/answers.js';
import { answerFlagsOf } from '../../src/plan/answers-again.js';
import { emptyAnswers } from '../../src/plan/given-answers.js';
import { answerEntries, interviewAnswers } from '../../src/plan/interview.js';
import { checkAnswers } from '../../src/plan/check-answers.js';
import { answerSpace } from '../helpers/answer-space.js';
import { READY_ANSWERS } from '../helpers/fixtures.js';
import { expectBackFromFlags, expectBackFromYaml } from '../helpers/round-trip.js';

const CTD: CourtFacts = {
  id: 'ctd',
  name: 'District of Connecticut',
  info: { type: 'district', liveStatus: 'live', hasBankruptcyCourt: true },
};
const CA2: CourtFacts = {
  id: 'ca2',
  name: 'Court of Appeals for the Second Circuit',
  info: { type: 'appellate', liveStatus: 'live', hasBankruptcyCourt: false },
};

/** An asker that answers from a script (`id` or `id@court`), and logs what it was asked. */
function scriptedAsker(script: Record<string, string | string[]>, log: string[]): AskAnswer {
  return async (question, court, current) => {
    const key = court ? `${question.id}@${court.id}` : question.id;
    log.push(current === undefined ? key : `${key} (was ${String(current)})`);
    const answer = script[key] ?? script[question.id];
    if (answer === undefined) throw new Error(`unexpected question ${key}`);
    return answer;
  };
}

/** A review that changes the listed answers, one per round, then accepts. */
function scriptedReview(changes: string[], seen: string[][]) {
  return async (entries: readonly AnswerEntry[]) => {
    seen.push(entries.map((e) => `${e.question.id}${e.court ? `@${e.court.id}` : ''}`));
    const next = changes.shift();
    if (next === undefined) return undefined;
    const entry = entries.find(
      (e) => `${e.question.id}${e.court ? `@${e.court.id}` : ''}` === next,
    );
    if (!entry) throw new Error(`no answer ${next} to change`);
    return entry;
  };
}

const PRO_SE_NONE = {
  filer: 'pro-se',
  purpose: 'file-in-case',
  'pacer-account': 'none',
  'ecf-login': 'none',
  bankruptcy: 'no',
  problems: [],
};

describe('interviewAnswers', () => {
  it('asks, shows every answer for review, and stops when they are right', async () => {
    const log: string[] = [];
    const seen: string[][] = [];
    const result = await interviewAnswers(
      emptyAnswers(),
      [CTD],
      true,
      scriptedAsker(PRO_SE_NONE, log),
      scriptedReview([], seen),
    );
    expect(log).toEqual([
      'filer',
      'purpose',
      'pacer-account',
      'ecf-login@ctd',
      'bankruptcy@ctd',
      'problems',
    ]);
    expect(seen).toEqual([
      ['filer', 'purpose', 'pacer-account', 'ecf-login@ctd', 'bankruptcy@ctd', 'problems'],
    ]);
    expect(result).toMatchObject({ asked: true, missing: [] });
  });

  it('re-asks a changed answer from its value, asks what now applies, drops what does not', async () => {
    const log: string[] = [];
    const seen: string[][] = [];
    const script = {
      ...PRO_SE_NONE,
      'account-type': 'legacy',
      mfa: 'enrolled',
      'linked@ctd': 'no',
    };
    const asker = scriptedAsker(script, log);
    // First pacer-account none; then changed to individual, then filer changed to attorney.
    let round = 0;
    const ask: AskAnswer = (question, court, current) => {
      if (question.id === 'pacer-account' && current !== undefined) {
        log.push(`pacer-account (was ${String(current)})`);
        return Promise.resolve('individual');
      }
      if (question.id === 'filer' && current !== undefined) {
        log.push(`filer (was ${String(current)})`);
        round++;
        return Promise.resolve('attorney');
      }
      return asker(question, court, current);
    };
    const attorney = { 'firm-billing': 'no', 'admission@ctd': 'admitted', 'cja@ctd': 'no' };
    const result = await interviewAnswers(
      emptyAnswers(),
      [CTD],
      true,
      (question, court, current) =>
        round > 0 && (question.id === 'firm-billing' || question.id === 'cja')
          ? scriptedAsker(attorney, log)(question, court, current)
          : round > 0 && question.id === 'admission'
            ? scriptedAsker(attorney, log)(question, court, current)
            : ask(question, court, current),
      scriptedReview(['pacer-account', 'filer'], seen),
    );
    expect(log).toEqual([
      'filer',
      'purpose',
      'pacer-account',
      'ecf-login@ctd',
      'bankruptcy@ctd',
      'problems',
      'pacer-account (was none)',
      // Now individual: its follow-ups apply; ecf-login keeps its answer, none, so linking is
      // not asked: there is no CM/ECF login to link.
      'account-type',
      'mfa',
      'filer (was pro-se)',
      'firm-billing',
      'admission@ctd',
      'cja@ctd',
    ]);
    expect(seen).toHaveLength(3);
    expect(result.answers).toEqual({
      filer: {
        filer: 'attorney',
        purpose: 'file-in-case',
        'pacer-account': 'individual',
        'account-type': 'legacy',
        mfa: 'enrolled',
        'firm-billing': 'no',
        problems: [],
      },
      courts: {
        ctd: {
          'ecf-login': 'none',
          admission: 'admitted',
          cja: 'no',
          bankruptcy: 'no',
        },
      },
    });
  });

  it('drops the answers a change makes moot, and forgets them', async () => {
    const log: string[] = [];
    const given = checkAnswers({ ...READY_ANSWERS }, ['ctd'], 'file').answers;
    const result = await interviewAnswers(
      given,
      [CTD],
      true,
      async (question, court, current) => {
        log.push(question.id);
        if (question.id === 'problems') return [];
        if (question.id === 'pacer-account') return 'shared';
        if (question.id === 'ecf-login') return 'known';
        throw new Error(`unexpected ${question.id} ${String(court?.id)} ${String(current)}`);
      },
      scriptedReview(['pacer-account'], []),
    );
    expect(log).toEqual(['problems', 'pacer-account', 'ecf-login']);
    expect(result.answers.filer).not.toHaveProperty('account-type');
    expect(result.answers.filer).not.toHaveProperty('mfa');
    expect(result.answers.courts.ctd).toEqual({
      'ecf-login': 'known',
      cja: 'no',
      bankruptcy: 'no',
    });
  });

  it('keeps the review open while answers do not fit together, until one is changed', async () => {
    const conflictsSeen: (readonly string[])[] = [];
    let changed = false;
    const result = await interviewAnswers(
      emptyAnswers(),
      [CTD],
      true,
      async (question, _court, current) => {
        if (question.id === 'filer') return current === undefined ? 'limited-filer' : 'pro-se';
        if (question.id === 'purpose') return 'file-in-case';
        if (question.id === 'pacer-account') return 'none';
        if (question.id === 'ecf-login') return 'none';
        if (question.id === 'bankruptcy') return 'no';
        if (question.id === 'problems') return [];
        throw new Error(`unexpected ${question.id}`);
      },
      async (entries, conflicts) => {
        conflictsSeen.push(conflicts);
        // Going on is refused while there is a conflict: try it once, then change the filer.
        if (conflicts.length > 0 && conflictsSeen.length === 1) return undefined;
        if (conflicts.length > 0 && !changed) {
          changed = true;
          return entries.find((entry) => entry.question.id === 'filer');
        }
        return undefined;
      },
    );
    expect(conflictsSeen.map((conflicts) => conflicts.length)).toEqual([1, 1, 0]);
    expect(conflictsSeen[0]![0]).toMatch(/^filer: limited-filer is for bankruptcy courts/);
    expect(result.answers.filer.filer).toBe('pro-se');
  });

  it('asks nothing, and reviews nothing, when the command line gave every answer', async () => {
    const given = checkAnswers(PRO_SE_NONE, ['ctd'], 'file').answers;
    const review = () => Promise.reject(new Error('no review expected'));
    const result = await interviewAnswers(given, [CTD], true, scriptedAsker({}, []), review);
    expect(result.asked).toBe(false);
  });
});

describe('the answers again, as flags and as an answers file', () => {
  const courts = [CTD, CA2];
  const space = [...answerSpace(courts, true, [[], ['menus-limited', 'unlink']])];

  it('walks a large answer space', () => {
    expect(space.length).toBeGreaterThan(1000);
  });

  // Every answer set, in the sweep project (test/sweep/answers-round-trip.test.ts); here a
  // sample of them, for the quick loop.
  const sample = space.filter((_, index) => index % 50 === 0);

  it('gives answer sets back from their flags, with nothing missing', async () => {
    for (const answers of sample) await expectBackFromFlags(answers, courts);
  });

  it('gives answer sets back from their YAML answers file', async () => {
    for (const answers of sample) await expectBackFromYaml(answers, courts);
  });

  it('writes a court-level answer once when every court shares it, else per court', () => {
    const answers = space.find(
      (a) => a.courts.ctd?.linked === 'yes' && a.courts.ca2?.linked === 'no',
    )!;
    expect(answerFlagsOf(answers, courts).join(' ')).toContain('--linked ctd=yes,ca2=no');
    const same = space.find((a) => a.courts.ctd?.cja === 'no' && a.courts.ca2?.cja === 'no')!;
    expect(answerFlagsOf(same, courts).join(' ')).toMatch(/--cja no( |$)/);
    expect(answerEntries(same, courts).length).toBeGreaterThan(0);
  });
});

describe('the repeat command', () => {
  it('quotes for a POSIX shell only what needs it', () => {
    expect(shellQuote('--linked')).toBe('--linked');
    expect(shellQuote('ctd=yes,utd=no')).toBe('ctd=yes,utd=no');
    expect(shellQuote('my plan.md')).toBe("'my plan.md'");
    expect(shellQuote("O'Brien's.yaml")).toBe("'O'\\''Brien'\\''s.yaml'");
    expect(shellQuote('$HOME')).toBe("'$HOME'");
  });

  it('repeats the options that shape the result, and never asks', () => {
    const args = repeatArguments(
      {
        asOf: '2026-11-22',
        format: 'markdown',
        output: 'my plan.md',
        courtsDir: ['./firm courts'],
        exitCode: true,
        color: false,
        answers: 'ignored.yaml',
        saveAnswers: 'ignored.yaml',
      },
      ['--court', 'ctd', '--filer', 'attorney'],
    );
    expect(repeatCommand(args)).toBe(
      "nextgen-ready check --court ctd --filer attorney --as-of 2026-11-22 --format markdown --output 'my plan.md' --courts-dir './firm courts' --exit-code --no-color --no-input",
    );
  });
});
