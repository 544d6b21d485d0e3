// <mentor-feedback-survey> for every question type, both layouts, every state and the admin
// results, on the in-browser memory API. Theme and locale (try Arabic) come from the toolbar.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Question } from '../src/contract/index.js';
import { NetworkError } from '../src/client/errors.js';
import { generateProgram } from '../src/fixtures/index.js';
import { FIXTURE_IDS, PERSONAS } from '../src/fixtures/personas.js';
import { MemoryMentoringApi, type MemoryMentoringApiOptions } from '../src/memory/index.js';
import type { MentorkitParameters } from './support/with-program.js';
import '../src/components/program/define.js';
import '../src/components/feedback-survey/define.js';

interface SurveyArgs {
  surveyId: string;
  layout: 'all' | 'paged';
}

const DAY = 86_400_000;
const api = (options: MemoryMentoringApiOptions): { mentorkit: MentorkitParameters } => ({
  mentorkit: { api: { userId: PERSONAS.mentee, mentors: 60, ...options } },
});

const meta: Meta<SurveyArgs> = {
  title: 'Widgets/Feedback survey',
  component: 'mentor-feedback-survey',
  subcomponents: { 'mentor-survey-results': 'mentor-survey-results' },
  args: { surveyId: FIXTURE_IDS.pulseSurvey, layout: 'all' },
  argTypes: { layout: { control: 'inline-radio', options: ['all', 'paged'] } },
  parameters: api({ latencyMs: 300 }),
  render: (args) =>
    html`<mentor-feedback-survey
      survey-id=${args.surveyId}
      layout=${args.layout}
    ></mentor-feedback-survey>`,
};
export default meta;

type Story = StoryObj<SurveyArgs>;

/** The program pulse: sections, show-if ("No" to meeting as agreed asks what got in the way). */
export const PulseOnePage: Story = {};

/** One section at a time, with progress, Back and Next; each page is checked before Next. */
export const PulsePaged: Story = { args: { layout: 'paged' } };

/** The two-sided check-in: answers stay hidden until both partners answered. */
export const TwoSidedCheckIn: Story = { args: { surveyId: FIXTURE_IDS.checkInSurvey } };

/** Without `survey-id`: the survey due for the person in a mentorship. */
export const DueInMentorship: Story = {
  render: () =>
    html`<mentor-feedback-survey
      mentorship-id=${FIXTURE_IDS.activeMentorship}
    ></mentor-feedback-survey>`,
};

// ---- one story per question type, from an inline definition ---------------------------------

const single = (question: Partial<Question> & Pick<Question, 'type'>): Story => ({
  parameters: { mentorkit: { provider: false } },
  render: () =>
    html`<mentor-feedback-survey
      .definition=${{
        title: 'One question',
        questions: [{ id: 'q', label: 'Your answer', help: null, required: true, ...question }],
      }}
    ></mentor-feedback-survey>`,
});

export const RatingScale = single({
  type: 'rating',
  label: 'How useful was the session?',
  scale: 5,
  lowLabel: 'Not useful',
  highLabel: 'Very useful',
});
export const RatingLabelled = single({
  type: 'rating',
  label: 'How would you rate your mentoring relationship?',
  scale: 4,
  lowLabel: null,
  highLabel: null,
  labels: ['Poor', 'Fair', 'Good', 'Excellent'],
});
export const NetPromoterScore = single({
  type: 'nps',
  label: 'How likely are you to recommend the program to a colleague?',
});
export const SingleChoice = single({
  type: 'single',
  label: 'How do you usually meet?',
  options: [
    { value: 'video', label: 'Video call' },
    { value: 'in-person', label: 'In person' },
    { value: 'chat', label: 'Chat' },
  ],
});
export const MultipleChoice = single({
  type: 'multiple',
  label: 'Which topics did you cover?',
  help: 'Think of the last month.',
  minSelections: 1,
  maxSelections: 2,
  options: [
    { value: 'career', label: 'Career path' },
    { value: 'skills', label: 'Skills' },
    { value: 'leadership', label: 'Leadership' },
  ],
});
export const YesNo = single({ type: 'yes-no', label: 'Is the next step clear?' });
export const ShortText = single({
  type: 'short-text',
  label: 'Your mentoring in one word',
  required: false,
  maxLength: 40,
});
export const LongText = single({
  type: 'long-text',
  label: 'What changed for you since you started?',
  minLength: 20,
  maxLength: 1000,
});

// ---- states that need some history ----------------------------------------------------------

/** A story on its own API, prepared by `setup` (answers given, data changed) before it renders. */
function prepared(
  setup: (api: MemoryMentoringApi) => Promise<unknown>,
  options: MemoryMentoringApiOptions = {},
  template = (args: SurveyArgs) =>
    html`<mentor-feedback-survey survey-id=${args.surveyId}></mentor-feedback-survey>`,
  changePulse?: (pulse: { opensAt: string | null; closesAt: string | null }) => void,
): Story {
  return {
    parameters: { mentorkit: { provider: false } },
    loaders: [
      async () => {
        const data = await generateProgram({ now: new Date(), mentors: 60 });
        const pulse = data.surveys.find((survey) => survey.id === FIXTURE_IDS.pulseSurvey)!;
        changePulse?.(pulse);
        const memory = new MemoryMentoringApi({ userId: PERSONAS.mentee, data, ...options });
        await setup(memory);
        return { memory };
      },
    ],
    render: (args, { loaded, globals }) =>
      html`<mentor-program .api=${loaded['memory']} locale=${String(globals['locale'] ?? 'en')}
        >${template(args)}</mentor-program
      >`,
  };
}

const anaChecksIn = (memory: MemoryMentoringApi) =>
  memory.submitSurvey(FIXTURE_IDS.checkInSurvey, {
    answers: { 'session-useful': 5, 'next-step-clear': true, note: 'Thanks for the push!' },
  });

/** Ana answered the check-in; Priya has not yet. */
export const WaitingForPartner: Story = {
  ...prepared(anaChecksIn),
  args: { surveyId: FIXTURE_IDS.checkInSurvey },
};

/** Both answered: Priya sees Ana's answers next to her own. */
export const PartnerRevealed: Story = {
  ...prepared(
    async (memory) => {
      await anaChecksIn(memory.as(PERSONAS.mentee));
      await memory.submitSurvey(FIXTURE_IDS.checkInSurvey, {
        answers: { 'session-useful': 4, 'next-step-clear': false },
        anonymous: true,
      });
    },
    { userId: PERSONAS.partnerMentor },
  ),
  args: { surveyId: FIXTURE_IDS.checkInSurvey },
};

/** Coming back after answering: my answers, read-only. */
export const AlreadyAnswered = prepared((memory) =>
  memory.submitSurvey(FIXTURE_IDS.pulseSurvey, {
    answers: { relationship: 4, 'meeting-as-agreed': true, 'goal-progress': 3, recommend: 9 },
  }),
);

/** Nothing due in the mentorship any more. */
export const NoneDue = prepared(
  async (memory) => {
    await anaChecksIn(memory);
    await memory.submitSurvey(FIXTURE_IDS.pulseSurvey, {
      answers: { relationship: 4, 'meeting-as-agreed': true, 'goal-progress': 3, recommend: 9 },
    });
  },
  {},
  () =>
    html`<mentor-feedback-survey
      mentorship-id=${FIXTURE_IDS.activeMentorship}
    ></mentor-feedback-survey>`,
);

/** A survey on a program whose pulse has been moved in time by `change`. */
function movedPulse(change: (pulse: { opensAt: string | null; closesAt: string | null }) => void) {
  return prepared(
    async () => undefined,
    {},
    (args) => html`<mentor-feedback-survey survey-id=${args.surveyId}></mentor-feedback-survey>`,
    change,
  );
}

/** Past its closing time. */
export const Closed = movedPulse((pulse) => {
  pulse.closesAt = new Date(Date.now() - DAY).toISOString();
});

/** Opens in a few days. */
export const NotYetOpen = movedPulse((pulse) => {
  pulse.opensAt = new Date(Date.now() + 3 * DAY).toISOString();
});

/** Sending fails once (the network drops); "Try again" sends the same answers with the same key. */
export const SendFailsThenRetry: Story = {
  parameters: { mentorkit: { provider: false } },
  render: (args) => {
    const memory = new MemoryMentoringApi({ userId: PERSONAS.mentee, mentors: 60 });
    const send = memory.submitSurvey.bind(memory);
    let failures = 1;
    memory.submitSurvey = (...call) =>
      failures-- > 0 ? Promise.reject(new NetworkError('The connection dropped.')) : send(...call);
    return html`<mentor-program .api=${memory}
      ><mentor-feedback-survey survey-id=${args.surveyId}></mentor-feedback-survey
    ></mentor-program>`;
  },
};

/** The skeleton while the survey loads (the demo API never answers here). */
export const Loading: Story = { parameters: api({ latencyMs: 1_000_000 }) };

/** Every call fails; "Try again" retries. */
export const ErrorWithRetry: Story = { parameters: api({ failureRate: 1 }) };

/** Inside an LMS page's form, with no API: the answers are submitted with the host form. */
export const InHostForm: Story = {
  parameters: { mentorkit: { provider: false } },
  render: () =>
    html`<form
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const data = new FormData(event.target as HTMLFormElement);
        (event.target as HTMLFormElement).querySelector('output')!.value = JSON.stringify([
          ...data.entries(),
        ]);
      }}
    >
      <mentor-feedback-survey
        name="course"
        .definition=${{
          title: 'Module feedback',
          questions: [
            {
              id: 'useful',
              type: 'rating',
              label: 'How useful was the module?',
              help: null,
              required: true,
              scale: 5,
              lowLabel: 'Not useful',
              highLabel: 'Very useful',
            },
            { id: 'again', type: 'yes-no', label: 'Take it again?', help: null, required: true },
          ],
        }}
      ></mentor-feedback-survey>
      <p><button>Save the page</button> <button type="reset">Reset</button></p>
      <output></output>
    </form>`,
};

/** Admin results: response rate, NPS, distributions as charts and tables, texts without names. */
export const Results: Story = {
  parameters: api({ userId: PERSONAS.admin }),
  render: (args) =>
    html`<mentor-feedback-survey
      view="results"
      survey-id=${args.surveyId}
    ></mentor-feedback-survey>`,
};

/** Too few answers: every aggregate is withheld. */
export const ResultsWithheld: Story = {
  ...Results,
  args: { surveyId: FIXTURE_IDS.checkInSurvey },
};

/** Narrowest supported width. */
export const Narrow: Story = {
  render: (args) =>
    html`<div style="max-inline-size: 320px">
      <mentor-feedback-survey survey-id=${args.surveyId} layout="paged"></mentor-feedback-survey>
    </div>`,
};
