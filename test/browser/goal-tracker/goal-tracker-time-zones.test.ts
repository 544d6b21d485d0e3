// Date-only due dates: overdue is decided in the viewer's time zone and a due date is never shown
// a day off. The page itself runs west of UTC, east of UTC and across a daylight-saving change
// (Chromium's time zone emulation); the tracker's `time-zone` decides "today".
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { MemoryMentoringApi } from '../../../src/memory/memory-api.js';
import { FIXTURE_IDS, PERSONAS } from '../../../src/fixtures/index.js';
import { card, programData, textOf, tracker } from './helpers.js';

const setPageTimeZone = (zone: string | null) => executeServerCommand('set-time-zone', zone);

/** The fixture program with the SMART goal due on one given day and its milestones open. */
async function apiWithDueDate(dueDate: string): Promise<MemoryMentoringApi> {
  const data = structuredClone(await programData());
  const goal = data.goals.find((g) => g.id === FIXTURE_IDS.smartGoal)!;
  goal.dueDate = dueDate;
  goal.milestones = goal.milestones.map((m) => ({ ...m, dueDate: null }));
  return new MemoryMentoringApi({ userId: PERSONAS.mentee, data });
}

const statusOf = (el: Element) =>
  textOf(card(el as never, 'Present the design system roadmap').querySelector('[part="status"]')!);
const dueOf = (el: Element) =>
  textOf(card(el as never, 'Present the design system roadmap').querySelector('.small.muted')!);

describe('<mentor-goal-tracker> due dates and time zones', function () {
  this.timeout(30_000);
  after(() => setPageTimeZone(null));

  // 2026-03-29 00:30 UTC: still Saturday the 28th in Los Angeles, Sunday the 29th in Tokyo.
  const instant = new Date('2026-03-29T00:30:00Z');

  it('west of UTC: a goal due on the 28th is not overdue yet, and shows the 28th', async () => {
    await setPageTimeZone('America/Los_Angeles');
    expect(new Date(instant).getDate()).to.equal(28); // the page really is west of UTC
    const el = await tracker({
      api: await apiWithDueDate('2026-03-28'),
      timeZone: 'America/Los_Angeles',
      now: instant,
    });
    expect(statusOf(el)).to.equal('On track');
    expect(dueOf(el)).to.equal('Due Mar 28, 2026');
  });

  it('east of UTC: at the same instant it is overdue, still showing the 28th', async () => {
    await setPageTimeZone('Asia/Tokyo');
    expect(new Date(instant).getDate()).to.equal(29);
    const el = await tracker({
      api: await apiWithDueDate('2026-03-28'),
      timeZone: 'Asia/Tokyo',
      now: instant,
    });
    expect(statusOf(el)).to.equal('Overdue');
    expect(dueOf(el)).to.equal('Due Mar 28, 2026');
    await expect(el).to.be.accessible();
  });

  it('follows the viewer’s zone when none is given (the page’s own)', async () => {
    await setPageTimeZone('Asia/Tokyo');
    const el = await tracker({
      api: await apiWithDueDate('2026-03-28'),
      now: instant,
      timeZone: '',
    });
    expect(statusOf(el)).to.equal('Overdue');
  });

  it('across a daylight-saving change the day flips at local midnight, not an hour off', async () => {
    await setPageTimeZone('Europe/Berlin');
    const api = await apiWithDueDate('2026-03-29');
    // Berlin moved from UTC+1 to UTC+2 at 01:00 UTC on 2026-03-29.
    const lastHourOfDueDay = new Date('2026-03-29T21:30:00Z'); // 23:30 summer time
    const firstMinutesAfter = new Date('2026-03-29T22:10:00Z'); // 00:10 on the 30th
    let el = await tracker({ api, timeZone: 'Europe/Berlin', now: lastHourOfDueDay });
    expect(statusOf(el)).to.equal('On track');
    expect(dueOf(el)).to.equal('Due Mar 29, 2026');
    el.remove();
    el = await tracker({ api, timeZone: 'Europe/Berlin', now: firstMinutesAfter });
    expect(statusOf(el)).to.equal('Overdue');
    expect(dueOf(el)).to.equal('Due Mar 29, 2026');
  });
});
