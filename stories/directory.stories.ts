// <mentor-directory> in every state and both layouts, on the in-browser memory API.
// Theme and locale come from the Storybook toolbar (see .storybook/preview.ts).
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { MemoryMentoringApi } from '../src/memory/index.js';
import { OfflineError } from '../src/core/connectivity.js';
import type { MentorkitParameters } from './support/with-program.js';
import '../src/components/directory/define.js';

interface DirectoryArgs {
  layout: 'grid' | 'list';
  pageSize: number;
  filters: string;
  weights: string;
  hideConflicted: boolean;
}

const ana = { userId: 'ana-souza' };
const api = (options: MentorkitParameters['api']): { mentorkit: MentorkitParameters } => ({
  mentorkit: { api: { ...ana, ...options } },
});

const meta: Meta<DirectoryArgs> = {
  title: 'Widgets/Mentor directory',
  component: 'mentor-directory',
  subcomponents: {
    'mentor-card': 'mentor-card',
    'mentor-directory-filters': 'mentor-directory-filters',
    'mentor-profile-dialog': 'mentor-profile-dialog',
  },
  args: { layout: 'grid', pageSize: 24, filters: '', weights: '', hideConflicted: false },
  argTypes: {
    layout: { control: 'inline-radio', options: ['grid', 'list'] },
    pageSize: { control: { type: 'number', min: 1, max: 100 } },
  },
  parameters: api({ latencyMs: 300 }),
  render: (args) =>
    html`<mentor-directory
      layout=${args.layout}
      page-size=${args.pageSize}
      filters=${args.filters}
      weights=${args.weights}
      ?hide-conflicted=${args.hideConflicted}
    ></mentor-directory>`,
};
export default meta;

type Story = StoryObj<DirectoryArgs>;

export const Grid: Story = {};

export const List: Story = { args: { layout: 'list' } };

/** Presets from the `filters` attribute; hidden groups have no control and no chip. */
export const PresetFilters: Story = {
  args: {
    filters: JSON.stringify({
      preset: { available: true, languages: ['es'] },
      hide: ['departments'],
    }),
  },
};

/** Skills weigh more than anything else. */
export const Reweighted: Story = {
  args: { weights: JSON.stringify({ skills: 80, languages: 5, timezone: 5 }) },
};

/** Mentors in the viewer's management line are left out instead of shown as blocked. */
export const HideConflicted: Story = { args: { hideConflicted: true, layout: 'list' } };

/** The skeleton while the first page loads (the demo API never answers here). */
export const Loading: Story = { parameters: api({ latencyMs: 1_000_000 }) };

export const EmptyResult: Story = {
  args: { filters: JSON.stringify({ preset: { q: 'underwater basket weaving' } }) },
};

export const NoMentorsInProgram: Story = { parameters: api({ mentors: 0 }) };

/** Every call fails; "Try again" retries (and keeps failing here). */
export const ErrorWithRetry: Story = { parameters: api({ failureRate: 1 }) };

/** The browser reports no connection. */
export const Offline: Story = {
  parameters: { mentorkit: { provider: false } },
  render: (args) => {
    const offline = new MemoryMentoringApi({ ...ana });
    offline.searchMentors = () => Promise.reject(new OfflineError('You are offline'));
    return html`<mentor-directory .api=${offline} layout=${args.layout}></mentor-directory>`;
  },
};

/** 10,000 mentors, loaded page by page as you scroll; only visible cards are rendered. */
export const TenThousandMentors: Story = {
  args: { pageSize: 100 },
  parameters: api({ mentors: 10_000 }),
};

/** Narrowest supported width. */
export const Narrow: Story = {
  render: (args) =>
    html`<div style="max-inline-size: 320px">
      <mentor-directory layout=${args.layout} page-size=${args.pageSize}></mentor-directory>
    </div>`,
};
