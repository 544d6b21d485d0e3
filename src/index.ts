// The whole kit (`mentorkit`, dist/mentorkit.js): importing it registers every widget, so a page
// needs one script tag. It also exports the HTTP client, the widget classes, the themes and the
// contract's types. The in-browser MemoryMentoringApi (with its demo-data generator) is left out
// to keep this small: import it from `mentorkit/memory` or `mentorkit/client`.
export type { MentoringApi, CallOptions, CreateOptions, EditOptions } from './client/api.js';
export * from './client/errors.js';
export { HttpMentoringApi, type HttpMentoringApiOptions } from './client/http-api.js';
export type * from './contract/index.js';
export { applyTheme, themeCss, themeNames, type ThemeName } from './core/themes.js';
export { MentorProgram } from './components/program/define.js';
export { MentorDirectory } from './components/directory/define.js';
export { MentorMatchRequest } from './components/match-request/define.js';
