// The tracker as a person sees it once its goals are there: the goal cards and what their
// buttons do, the toolbar, the empty and read-only states, the autosave status and the panels.
// Its chunk downloads together with the goals while the skeleton shows (issue #17), so the
// first load carries only the shell.
export { renderGoalList } from './goal-tracker-list.js';
export { renderOpenItems, renderPanel } from './goal-tracker-panels.js';
export {
  renderEmpty,
  renderReadonlyNotice,
  renderSaveStatus,
  renderToolbar,
} from './goal-tracker-states.js';
export { saveCopy } from './goal-tracker-copy.js';
export { goalActions } from './goal-actions.js';
