// What only some visits need, loaded on demand: the terms editor, the diff between versions (and
// the merge after a conflicting edit), and the end-mentorship dialog.
export { renderEditor } from './agreement-editor.js';
export { renderDiff } from './agreement-diff.js';
export { renderEndDialog } from './end-mentorship-dialog.js';
export { diffSections, mergeTerms } from './terms-diff.js';
export { checkTerms, endReasonFits } from './agreement-checks.js';
