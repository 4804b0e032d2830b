import type { PathSegment } from '../../io/yaml-source.js';
import {
  STEP_PLACEHOLDERS,
  type CourtProfile,
  type NationalProcedures,
  type Step,
} from '../schema.js';
import type { DataRule, RuleContext } from './rule.js';

const PLACEHOLDER = /\{([^{}]*)\}/g;

function checkPlaceholders(
  steps: readonly Step[],
  path: PathSegment[],
  report: RuleContext<unknown>['report'],
) {
  steps.forEach((step, index) => {
    const text = typeof step === 'string' ? step : step.text;
    for (const match of text.matchAll(PLACEHOLDER)) {
      const name = match[1] ?? '';
      if (!(STEP_PLACEHOLDERS as readonly string[]).includes(name)) {
        report(
          [...path, index],
          `unknown placeholder {${name}}; allowed: ${STEP_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
        );
      }
    }
  });
}

export const courtStepPlaceholdersKnown: DataRule<CourtProfile> = {
  id: 'court-step-placeholders-known',
  description: "A court's steps use only the placeholders the plan fills in.",
  check({ data, report }) {
    for (const [id, override] of Object.entries(data.procedures)) {
      if (override?.steps) checkPlaceholders(override.steps, ['procedures', id, 'steps'], report);
    }
  },
};

export const nationalStepPlaceholdersKnown: DataRule<NationalProcedures> = {
  id: 'national-step-placeholders-known',
  description: 'The national steps use only the placeholders the plan fills in.',
  check({ data, report }) {
    for (const [id, procedure] of Object.entries(data.procedures)) {
      checkPlaceholders(procedure.steps, ['procedures', id, 'steps'], report);
    }
  },
};
