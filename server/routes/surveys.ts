import { Hono } from 'hono';
import { SubmitSurveyResponse } from '../../src/contract/index.js';
import type { AppEnv } from '../context.js';
import {
  getDueSurvey,
  getMySurveyResponse,
  getSurvey,
  getSurveyResults,
  submitSurvey,
} from '../repositories/surveys.js';
import { idParam } from '../validation.js';
import { createOnce, json, now } from './helpers.js';

export const surveyRoutes = new Hono<AppEnv>()
  .get('/surveys/:id', async (c) =>
    json(c, await getSurvey(c.var.deps.db, c.var.viewer, idParam(c, 'id', 'This survey'), now(c))),
  )
  .post('/surveys/:id/responses', (c) => {
    const id = idParam(c, 'id', 'This survey');
    return createOnce(c, SubmitSurveyResponse, (tx, input) =>
      submitSurvey(tx, c.var.viewer, id, input, now(c)),
    );
  })
  .get('/surveys/:id/responses/mine', async (c) =>
    c.json(await getMySurveyResponse(c.var.deps.db, c.var.viewer, idParam(c, 'id', 'This survey'))),
  )
  .get('/surveys/:id/results', async (c) =>
    c.json(
      await getSurveyResults(
        c.var.deps.db,
        c.var.viewer,
        idParam(c, 'id', 'This survey'),
        now(c),
        c.var.deps.config.surveyMinGroupSize,
      ),
    ),
  )
  .get('/mentorships/:id/due-survey', async (c) =>
    c.json(
      await getDueSurvey(c.var.deps.db, c.var.viewer, idParam(c, 'id', 'This mentorship'), now(c)),
    ),
  );
