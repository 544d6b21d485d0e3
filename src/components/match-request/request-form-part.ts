// What the form view shows once its mentor is known: the form, the mentor's summary beside it,
// why the mentor cannot be asked, the confirmation after sending. The first paint is an empty
// hint or the skeleton, so this is one chunk, loaded at connect (./lazy-views.ts) and awaited by
// the form's data task: it shows with the mentor, never without its content.
export { renderRequestForm } from './match-request-form.js';
export { renderMentorSummary, renderNotRequestable, renderSent } from './match-request-summary.js';
