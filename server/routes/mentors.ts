import { Hono } from 'hono';
import { mentorQueryFromSearchParams } from '../../src/contract/query-params.js';
import type { AppEnv } from '../context.js';
import { problems } from '../problems.js';
import { mentorPageJson } from '../repositories/mentor-page-json.js';
import { findMentor, mentorCard, searchMentors } from '../repositories/mentors.js';
import { toMentorProfile } from '../repositories/people.js';
import { idParam, issuesToFieldErrors } from '../validation.js';
import { currentSettings, now, settingsOf } from './helpers.js';

export const mentorRoutes = new Hono<AppEnv>()
  .get('/mentors', async (c) => {
    const parsed = mentorQueryFromSearchParams(new URL(c.req.url).searchParams);
    if (!parsed.success)
      throw problems.validation(
        issuesToFieldErrors(parsed.error.issues),
        'Some search parameters are not valid.',
      );
    const page = await searchMentors(c.var.deps.db, c.var.deps.directory, {
      viewer: c.var.viewer,
      query: parsed.data,
      now: now(c),
      settings: await currentSettings(c),
      directoryChecked: c.var.directoryChecked,
    });
    // What c.json sends, as bytes, with the profiles' and the counts' bytes kept (most of them).
    return c.body(mentorPageJson(page), 200, { 'Content-Type': 'application/json' });
  })
  .get('/mentors/:id/match', async (c) => {
    const id = idParam(c, 'id', 'This mentor');
    const card = await mentorCard(
      c.var.deps.db,
      c.var.viewer,
      id,
      now(c),
      await settingsOf(c, c.var.deps.db),
    );
    if (!card) throw problems.notFound('This mentor');
    return c.json(card);
  })
  .get('/mentors/:id', async (c) => {
    const row = await findMentor(c.var.deps.db, c.var.viewer, idParam(c, 'id', 'This mentor'));
    if (!row) throw problems.notFound('This mentor');
    return c.json(toMentorProfile(row));
  });
