import { Hono } from 'hono';
import { UpdateAvailability, type Me } from '../../src/contract/index.js';
import type { AppEnv } from '../context.js';
import { updateAvailability } from '../repositories/availability.js';
import { toMenteeProfile, toMentorProfile, toPerson } from '../repositories/people.js';
import { readJson } from '../validation.js';
import { currentSettings, inTransaction, now, settingsOf } from './helpers.js';

export const meRoutes = new Hono<AppEnv>()
  .get('/me', async (c) => {
    const viewer = c.var.viewer;
    const me: Me = {
      person: toPerson(viewer),
      roles: viewer.roles,
      mentee: toMenteeProfile(viewer),
      programId: viewer.programId,
      settings: await currentSettings(c),
      mentor: viewer.isMentor ? toMentorProfile(viewer) : null,
    };
    return c.json(me);
  })
  .put('/me/availability', async (c) => {
    const input = await readJson(c, UpdateAvailability);
    const profile = await inTransaction(c, async (tx) =>
      updateAvailability(tx, c.var.viewer, input, now(c), await settingsOf(c, tx)),
    );
    return c.json(profile);
  });
