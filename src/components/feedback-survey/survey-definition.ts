// A survey given inline (`definition` property or JSON attribute) instead of loaded: checked
// with the contract schema and the shared definition rules, with sensible defaults for what a
// page author would rather not write (status, submitted, sections, ids). Loaded on demand: most
// pages load their survey from the API.
import * as z from 'zod/mini';
import { Timestamp } from '../../contract/common.js';
import { Question, Survey, SurveySection } from '../../contract/survey.js';
import { checkDefinition, surveyStatus } from '../../contract/survey-rules.js';
import { readJsonValue } from '../../core/json-property.js';

import { SurveyDefinitionError } from './survey-load.js';

const InlineSurvey = z.object({
  id: z._default(z.string(), 'inline'),
  programId: z._default(z.string(), 'inline'),
  mentorshipId: z._default(z.nullable(z.string()), null),
  kind: z._default(z.enum(['pulse', 'check-in', 'close-out']), 'pulse'),
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  intro: z._default(z.string().check(z.maxLength(2000)), ''),
  anonymousToPartner: z._default(z.boolean(), false),
  twoSided: z._default(z.boolean(), false),
  sections: z._default(z.array(SurveySection), []),
  questions: z.array(Question).check(z.minLength(1), z.maxLength(40)),
  opensAt: z._default(z.nullable(Timestamp), null),
  closesAt: z._default(z.nullable(Timestamp), null),
  version: z._default(z.int(), 1),
});

/** A JSON attribute value stays a string until parsed here, so a typo becomes a clear message. */
export function parseDefinition(value: unknown, now = new Date()): Survey {
  const parsed = readJsonValue(value, InlineSurvey);
  if (!parsed.ok)
    throw new SurveyDefinitionError(`The definition cannot be used: ${parsed.problem}.`);
  if (!parsed.value) throw new SurveyDefinitionError('The definition is empty.');
  const definition = parsed.value;
  const problems = checkDefinition(definition);
  if (problems.length)
    throw new SurveyDefinitionError(`${problems[0]!.path}: ${problems[0]!.message}`);
  const survey = Survey.safeParse({
    ...definition,
    submitted: false,
    status: surveyStatus(definition, now),
  });
  if (!survey.success)
    throw new SurveyDefinitionError(
      `The definition has an invalid id: ${survey.error.issues[0]?.message}`,
    );
  return survey.data;
}
