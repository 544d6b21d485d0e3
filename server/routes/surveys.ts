import { Hono } from 'hono';
import { SubmitSurveyResponse } from '../../src/contract/index.js';
import type { AppEnv } from '../context.js';
import { getSurvey, submitSurvey } from '../repositories/surveys.js';
import { idParam } from '../validation.js';
import { createOnce, json, now } from './helpers.js';

export const surveyRoutes = new Hono<AppEnv>()
  .get('/surveys/:id', async (c) =>
    json(c, await getSurvey(c.var.deps.db, c.var.viewer, idParam(c, 'id', 'This survey'))),
  )
  .post('/surveys/:id/responses', (c) => {
    const id = idParam(c, 'id', 'This survey');
    return createOnce(c, SubmitSurveyResponse, (tx, input) =>
      submitSurvey(tx, c.var.viewer, id, input, now(c)),
    );
  });
