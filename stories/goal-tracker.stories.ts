// <mentor-goal-tracker> in every state and framework, on the in-browser memory API (Ana and
// Priya's mentorship). Theme and locale come from the Storybook toolbar.
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { UpdateGoal } from '../src/contract/index.js';
import { MemoryMentoringApi } from '../src/memory/index.js';
import { FIXTURE_IDS, PERSONAS } from '../src/fixtures/personas.js';
import type { MentorkitParameters } from './support/with-program.js';
import '../src/components/goal-tracker/define.js';

interface GoalTrackerArgs {
  framework: '' | 'SMART' | 'REAL' | 'OKR';
  readonly: boolean;
  timeZone: string;
}

const as = (
  userId: string,
  options: MentorkitParameters['api'] = {},
): { mentorkit: MentorkitParameters } => ({ mentorkit: { api: { userId, ...options } } });

const meta: Meta<GoalTrackerArgs> = {
  title: 'Widgets/Goal tracker',
  component: 'mentor-goal-tracker',
  args: { framework: '', readonly: false, timeZone: '' },
  argTypes: {
    framework: { control: 'inline-radio', options: ['', 'SMART', 'REAL', 'OKR'] },
    timeZone: { control: 'text' },
  },
  parameters: as(PERSONAS.mentee, { latencyMs: 300 }),
  render: (args) =>
    html`<mentor-goal-tracker
      mentorship-id=${FIXTURE_IDS.activeMentorship}
      framework=${args.framework}
      time-zone=${args.timeZone}
      ?readonly=${args.readonly}
    ></mentor-goal-tracker>`,
};
export default meta;

type Story = StoryObj<GoalTrackerArgs>;

/** Ana (the mentee) with a SMART, a REAL and an OKR goal, two sessions and open action items. */
export const Mentee: Story = {};

/** Priya, the mentor, sees the same goals and can tick off action items. */
export const Mentor: Story = { parameters: as(PERSONAS.partnerMentor, { latencyMs: 300 }) };

/** A new partnership: the empty state with an example per framework. */
export const Empty: Story = {
  parameters: { mentorkit: { provider: false } },
  render: (args) => {
    const api = new MemoryMentoringApi({ userId: PERSONAS.mentee });
    api.listGoals = () => Promise.resolve({ items: [] });
    api.listActionItems = () => Promise.resolve({ items: [] });
    return html`<mentor-goal-tracker
      .api=${api}
      mentorship-id=${FIXTURE_IDS.activeMentorship}
      framework=${args.framework}
    ></mentor-goal-tracker>`;
  },
};

/** The program fixes the framework: SMART goals only. */
export const SmartOnly: Story = { args: { framework: 'SMART' } };
/** The program fixes the framework: REAL goals only. */
export const RealOnly: Story = { args: { framework: 'REAL' } };
/** The program fixes the framework: OKRs with key results. */
export const OkrOnly: Story = { args: { framework: 'OKR' } };

/** Every save takes 2 seconds: the "Saving…" state stays visible. */
export const SlowSaves: Story = { parameters: as(PERSONAS.mentee, { latencyMs: 2000 }) };

/** The skeleton while loading (the demo API never answers here). */
export const Loading: Story = { parameters: as(PERSONAS.mentee, { latencyMs: 1_000_000 }) };

/** Every call fails; "Try again" retries (and keeps failing here). */
export const ErrorWithRetry: Story = { parameters: as(PERSONAS.mentee, { failureRate: 1 }) };

/** Loads, then the network drops: every change is undone with a message and a Retry. */
export const OfflineAfterLoad: Story = {
  parameters: { mentorkit: { provider: false } },
  render: () => {
    const options = { userId: PERSONAS.mentee, failureRate: 0 };
    const api = new MemoryMentoringApi(options);
    void api.listGoals(FIXTURE_IDS.activeMentorship).then(() => (options.failureRate = 1));
    return html`<mentor-goal-tracker
      .api=${api}
      mentorship-id=${FIXTURE_IDS.activeMentorship}
    ></mentor-goal-tracker>`;
  },
};

/**
 * Priya changes the SMART goal's title a moment after Ana's tracker loaded: edit the same goal
 * (Edit, change the title) to see the conflict view.
 */
export const PartnerEditsMeanwhile: Story = {
  parameters: { mentorkit: { provider: false } },
  render: () => {
    const api = new MemoryMentoringApi({ userId: PERSONAS.mentee });
    const priya = api.as(PERSONAS.partnerMentor);
    setTimeout(() => {
      void priya
        .getGoal(FIXTURE_IDS.smartGoal)
        .then((goal) =>
          priya.updateGoal(
            goal.id,
            { title: 'Present the roadmap to product leadership in January' },
            { version: goal.version },
          ),
        );
    }, 1500);
    return html`<mentor-goal-tracker
      .api=${api}
      mentorship-id=${FIXTURE_IDS.activeMentorship}
    ></mentor-goal-tracker>`;
  },
};

const CONFIRMING = { goalsNeedMentorConfirmation: true };

/** A tracker on its own memory API, once `prepare` has set the scene. */
function prepared(
  userId: string,
  prepare: (api: MemoryMentoringApi) => Promise<unknown>,
  options: ConstructorParameters<typeof MemoryMentoringApi>[0] = {},
) {
  const api = new MemoryMentoringApi({ programSettings: CONFIRMING, ...options, userId });
  const ready = prepare(api).then(
    () =>
      html`<mentor-goal-tracker
        .api=${api}
        mentorship-id=${FIXTURE_IDS.activeMentorship}
      ></mentor-goal-tracker>`,
  );
  return html`${until(ready, html`<p>Setting the scene…</p>`)}`;
}

/** Ana marks the REAL goal as done: it waits for Priya's confirmation. */
const askConfirmation = async (api: MemoryMentoringApi) => {
  const ana = api.as(PERSONAS.mentee);
  const goal = await ana.getGoal(FIXTURE_IDS.realGoal);
  return ana.updateGoal(goal.id, { status: 'done' }, { version: goal.version });
};

/**
 * The program asks mentors to confirm done goals: "Mark as done" on a goal makes it wait for
 * Priya ("Awaiting confirmation"); "Not done yet" takes it back.
 */
export const MentorConfirmsGoals: Story = {
  parameters: as(PERSONAS.mentee, { latencyMs: 300, programSettings: CONFIRMING }),
};

/** Priya's view of a goal Ana marked as done: Confirm done, or Send back with a note. */
export const AwaitingMentorConfirmation: Story = {
  parameters: { mentorkit: { provider: false } },
  render: () => prepared(PERSONAS.partnerMentor, askConfirmation, { latencyMs: 300 }),
};

/** Ana's view once Priya answered her "done" with `patch`. */
const answeredByMentor = (patch: UpdateGoal): Story => ({
  parameters: { mentorkit: { provider: false } },
  render: () =>
    prepared(PERSONAS.mentee, async (api) => {
      const asked = await askConfirmation(api);
      await api.as(PERSONAS.partnerMentor).updateGoal(asked.id, patch, { version: asked.version });
    }),
});

/** Ana's view after Priya sent the goal back, with Priya's note. */
export const SentBackByMentor = answeredByMentor({
  sendBack: { note: 'Try the trend memo once more and share it with your team first.' },
});

/** A goal Priya confirmed: done, with who confirmed it and when. */
export const ConfirmedByMentor = answeredByMentor({ status: 'done' });

/**
 * Priya changes an open action item's due date a moment after Ana's tracker loaded: Edit the
 * item "Collect adoption numbers from analytics" and save to see the conflict message (the
 * typed text is kept).
 */
export const PartnerEditsActionItemMeanwhile: Story = {
  parameters: { mentorkit: { provider: false } },
  render: () =>
    prepared(
      PERSONAS.mentee,
      async (api) => {
        const priya = api.as(PERSONAS.partnerMentor);
        setTimeout(() => {
          void priya
            .listActionItems(FIXTURE_IDS.activeMentorship, {})
            .then(({ items }) => items.find((item) => item.text.startsWith('Collect adoption')))
            .then(
              (item) =>
                item &&
                priya.updateActionItem(
                  item.id,
                  { dueDate: '2026-12-31' },
                  { version: item.version },
                ),
            );
        }, 1500);
      },
      { programSettings: {} },
    ),
};

/** The partnership has ended: everything stays readable, nothing can change. */
export const EndedMentorship: Story = {
  parameters: { mentorkit: { provider: false } },
  render: () =>
    prepared(
      PERSONAS.mentee,
      async (api) => {
        const mentorship = await api.getMentorship(FIXTURE_IDS.activeMentorship);
        await api.endMentorship(mentorship.id, {}, { version: mentorship.version });
      },
      { programSettings: {} },
    ),
};

/** An admin looks on: read-only, with the reason shown. */
export const AdminReadOnly: Story = { parameters: as(PERSONAS.admin) };

/** Overdue is decided in the viewer's time zone (try Pacific/Kiritimati or Pacific/Pago_Pago). */
export const InAnotherTimeZone: Story = { args: { timeZone: 'Pacific/Kiritimati' } };

/** Narrowest supported width. */
export const Narrow: Story = {
  render: () =>
    html`<div style="max-inline-size: 320px">
      <mentor-goal-tracker mentorship-id=${FIXTURE_IDS.activeMentorship}></mentor-goal-tracker>
    </div>`,
};
