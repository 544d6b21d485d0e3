// The whole kit (`mentorkit`, dist/mentorkit.js): importing it registers every widget, so a page
// needs one script tag. It also exports the HTTP client, the widget classes, the themes and the
// contract's types. The in-browser MemoryMentoringApi (with its demo-data generator) is left out
// to keep this small: import it from `mentorkit/memory`.
export type { MentoringApi, CallOptions, CreateOptions, EditOptions } from './client/api.js';
export * from './client/errors.js';
export { HttpMentoringApi, type HttpMentoringApiOptions } from './client/http-api.js';
export type * from './contract/index.js';
export { applyTheme, themeCss, themeNames, type ThemeName } from './core/themes.js';
// Typed listeners: `el.addEventListener('mentor-select', (e) => e.detail.mentor)` works through
// the global HTMLElementEventMap; these name the same types for a host's own code.
export type { MentorEventMap, MentorEventName } from './core/events.js';
export { MentorProgram } from './components/program/define.js';
export { MentorDirectory } from './components/directory/define.js';
export { MentorMatchRequest } from './components/match-request/define.js';
export type {
  DirectoryFilterOptions,
  DirectoryQuery,
  DirectoryWeights,
  FilterName,
} from './components/directory/index.js';
export { MentorAgreementSigner } from './components/agreement-signer/define.js';
export { MentorGoalTracker } from './components/goal-tracker/define.js';
export { MentorFeedbackSurvey } from './components/feedback-survey/define.js';
