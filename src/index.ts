// The whole kit (`mentorkit`, dist/mentorkit.js): importing it registers every widget, so a page
// needs one script tag. It also exports the client, the widget classes and the contract's types.
export * from './client/index.js';
export type * from './contract/index.js';
export { MentorProgram } from './components/program/define.js';
export { applyTheme, themeCss, themeNames, type ThemeName } from './core/themes.js';
