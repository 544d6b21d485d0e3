// <mentor-match-request> in every state, for the mentee (form, my requests) and the mentor
// (inbox), on the in-browser memory API. Theme and locale come from the Storybook toolbar; the
// stories that need history (answered, expired...) prepare it on their own API first.
import { html, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { MemoryMentoringApi } from '../src/memory/index.js';
import { PERSONAS } from '../src/fixtures/personas.js';
import { draftKey } from '../src/core/drafts.js';
import type { MentorkitParameters } from './support/with-program.js';
import '../src/components/match-request/define.js';
import '../src/components/program/define.js';

interface MatchRequestArgs {
  view: 'form' | 'status' | 'inbox';
  mentorId: string;
}

const as = (userId: string, options: MentorkitParameters['api'] = {}) => ({
  mentorkit: { api: { userId, ...options } },
});

const DAY = 86_400_000;
const message =
  'Hi! I lead onboarding design and want to present to senior leaders with more confidence. Could we meet every two weeks?';

const meta: Meta<MatchRequestArgs> = {
  title: 'Widgets/Match request',
  component: 'mentor-match-request',
  args: { view: 'form', mentorId: PERSONAS.mentor },
  argTypes: { view: { control: 'inline-radio', options: ['form', 'status', 'inbox'] } },
  parameters: as(PERSONAS.mentee, { latencyMs: 300 }),
  render: (args) =>
    html`<mentor-match-request view=${args.view} mentor-id=${args.mentorId}>
      <p slot="intro">Mentors see your message, your goals and how you would like to meet.</p>
      <p slot="privacy">Only the mentor and the program team see your request.</p>
    </mentor-match-request>`,
};
export default meta;

type Story = StoryObj<MatchRequestArgs>;

/** Renders inside a program on an API prepared by `setup` (history, a moved clock...). */
function prepared(
  setup: () => Promise<MemoryMentoringApi>,
  widget: (locale: string) => TemplateResult,
  locale = 'en',
): TemplateResult {
  return html`${until(
    setup().then(
      (api) =>
        html`<mentor-program .api=${api} locale=${locale}>${widget(locale)}</mentor-program>`,
    ),
    html`<p>Preparing the story…</p>`,
  )}`;
}

const bare = { mentorkit: { provider: false } };

// ---- the mentee's form ----------------------------------------------------------------------

/** Kwame: open, with spots; the form is prefilled from Ana's profile. */
export const Form: Story = {};

export const NoMentorChosen: Story = { args: { mentorId: '' } };

export const Loading: Story = { parameters: as(PERSONAS.mentee, { latencyMs: 1_000_000 }) };

/** Every call fails: the error with "Try again". */
export const LoadError: Story = { parameters: as(PERSONAS.mentee, { failureRate: 1 }) };

/** Marta has no open spot: explained before typing, no form. */
export const MentorFull: Story = { args: { mentorId: PERSONAS.fullMentor } };

export const MentorPaused: Story = { args: { mentorId: PERSONAS.pausedMentor } };

/** Leila is Ana's manager. */
export const ConflictOfInterest: Story = { args: { mentorId: PERSONAS.menteesManager } };

/** Diego already has an open request to Kwame. */
export const AlreadyRequested: Story = { parameters: as(PERSONAS.requester) };

/** A half-written request from an earlier visit, with the "draft restored" notice. */
export const RestoredDraft: Story = {
  render: (args) => {
    localStorage.setItem(
      draftKey(PERSONAS.mentee, 'request', PERSONAS.mentor),
      JSON.stringify({
        v: 1,
        savedAt: new Date(Date.now() - 3_600_000).toISOString(),
        value: {
          message: 'Hi Kwame, I would love your help with',
          goals: ['Present to the leadership team', '', ''],
          expectations: '',
          cadence: 'biweekly',
          format: 'video',
          durationWeeks: 12,
        },
      }),
    );
    return html`<mentor-match-request mentor-id=${args.mentorId}></mentor-match-request>`;
  },
};

/** The form in Arabic, right to left. */
export const RightToLeft: Story = {
  parameters: bare,
  render: () =>
    prepared(
      async () => new MemoryMentoringApi({ userId: PERSONAS.mentee }),
      () => html`<mentor-match-request mentor-id=${PERSONAS.mentor}></mentor-match-request>`,
      'ar',
    ),
};

/** Narrowest supported width. */
export const Narrow: Story = {
  render: (args) =>
    html`<div style="max-inline-size: 320px">
      <mentor-match-request mentor-id=${args.mentorId}></mentor-match-request>
    </div>`,
};

// ---- the mentee's requests ------------------------------------------------------------------

/**
 * Li's requests in every state: pending, the mentor's question, accepted (with the agreement
 * link), declined with and without a note, withdrawn, and expired.
 */
export const MyRequestsEveryState: Story = {
  parameters: bare,
  render: () =>
    prepared(
      async () => {
        let offset = -20 * DAY; // the expired one is sent 20 days ago
        const li = new MemoryMentoringApi({
          userId: PERSONAS.secondMentee,
          now: () => new Date(Date.now() + offset),
        });
        const page = await li.searchMentors({ available: true, limit: 12 });
        const [a, b, c, d, e] = page.items
          .filter((card) => card.requestable)
          .map((x) => x.mentor.id);
        const send = (mentorId: string) =>
          li.createRequest({ mentorId, message, goals: ['Lead a product launch'] });
        await send(a!);
        offset = 0;
        const accepted = await send(b!);
        await li.as(b!).acceptRequest(accepted.id, { version: accepted.version });
        const noted = await send(c!);
        await li
          .as(c!)
          .declineRequest(
            noted.id,
            { reason: 'capacity', note: 'Ask me again in spring!' },
            { version: 1 },
          );
        const plain = await send(d!);
        await li.as(d!).declineRequest(plain.id, { reason: 'not-a-fit' }, { version: 1 });
        const gone = await send(e!);
        await li.withdrawRequest(gone.id, { version: 1 });
        await send(PERSONAS.mentor);
        return li;
      },
      () =>
        html`<mentor-match-request
          view="status"
          agreement-href="#agreement-{mentorshipId}"
        ></mentor-match-request>`,
    ),
};

export const MyRequestsEmpty: Story = {
  args: { view: 'status' },
  parameters: as(PERSONAS.pausedMentor),
};

// ---- the mentor's inbox ---------------------------------------------------------------------

/** Kwame: requests waiting (oldest first), his load and availability. */
export const Inbox: Story = {
  parameters: bare,
  render: () =>
    prepared(
      async () => {
        const kwame = new MemoryMentoringApi({ userId: PERSONAS.mentor });
        await kwame.as(PERSONAS.secondMentee).createRequest({
          mentorId: PERSONAS.mentor,
          message,
          goals: ['Run better roadmap reviews'],
          expectations: 'Honest feedback on my review decks.',
          preferences: { cadence: 'weekly', format: 'video', durationWeeks: 12 },
        });
        return kwame;
      },
      () => html`<mentor-match-request view="inbox"></mentor-match-request>`,
    ),
};

/** Marta is full: accept is disabled, with the reason. */
export const InboxFull: Story = {
  parameters: bare,
  render: () =>
    prepared(
      async () => {
        const marta = new MemoryMentoringApi({ userId: PERSONAS.fullMentor });
        await marta.updateAvailability({ capacity: 2, pausedUntil: null });
        await marta
          .as(PERSONAS.requester)
          .createRequest({ mentorId: PERSONAS.fullMentor, message, goals: ['Grow'] });
        await marta.updateAvailability({ capacity: 1, pausedUntil: null });
        return marta;
      },
      () => html`<mentor-match-request view="inbox"></mentor-match-request>`,
    ),
};

/** Tomás has paused new requests. */
export const InboxPaused: Story = {
  args: { view: 'inbox' },
  parameters: as(PERSONAS.pausedMentor),
};

/** Someone who is not a mentor opens the inbox. */
export const InboxNotAMentor: Story = { args: { view: 'inbox' } };
