/**
 * Answer values are literal unions taken from the question catalogue. These assertions are
 * checked by the type checker (`npm run typecheck`, part of `npm test`): a misspelt value
 * must fail it, so each `@ts-expect-error` below must stay an error.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type {
  AnswerValue,
  CourtAnswers,
  FilerAnswers,
  ProblemValue,
  QuestionId,
} from '../../src/plan/questions.js';
import { QUESTIONS } from '../../src/plan/questions.js';

describe('answer types', () => {
  it("types each answer as its question's own values", () => {
    expectTypeOf<AnswerValue<'pacer-account'>>().toEqualTypeOf<
      'individual' | 'shared' | 'none' | 'unknown'
    >();
    expectTypeOf<CourtAnswers['linked']>().toEqualTypeOf<'yes' | 'no' | undefined>();
    expectTypeOf<ProblemValue>().toEqualTypeOf<
      | 'menus-limited'
      | 'account-deactivated'
      | 'forgot-pacer-password'
      | 'forgot-pacer-username'
      | 'update-contact-info'
      | 'update-secondary-email'
      | 'unlink'
      | 'changed-firm'
    >();
    expectTypeOf<AnswerValue<'mfa'>>().toEqualTypeOf<
      'enrolled' | 'not-enrolled' | 'locked-out' | 'unknown'
    >();
  });

  it('refuses a misspelt value or a question of the wrong scope', () => {
    const filer: FilerAnswers = { 'pacer-account': 'unknown' };
    // @ts-expect-error "unknwn" is not a value of pacer-account
    filer['pacer-account'] = 'unknwn';
    // @ts-expect-error a comparison with a value no answer can hold
    expectTypeOf(filer['pacer-account'] === 'unknwn').toBeBoolean();
    // @ts-expect-error linked is asked per court, not of the filer
    filer.linked = 'yes';
    const court: CourtAnswers = { cja: 'yes' };
    // @ts-expect-error "Yes" is not a value: values are normalised before they are typed
    court.cja = 'Yes';
    expectTypeOf(QUESTIONS[0]!.id).toEqualTypeOf<QuestionId>();
  });
});
