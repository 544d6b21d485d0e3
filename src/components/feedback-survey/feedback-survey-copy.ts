// Every word the survey widget says about itself (question text comes from the definition),
// localized here in one place.
import { msg, str } from '@lit/localize';
import type { Survey } from '../../contract/index.js';
import type { AnswerProblem } from '../../contract/survey-answer-rules.js';

/** A rule's problem in the reader's language. */
export function problemText(problem: AnswerProblem): string {
  switch (problem.code) {
    case 'required':
      return msg('Answer this question.');
    case 'range':
      return msg(str`Choose a number from ${problem.min} to ${problem.max}.`);
    case 'yes-no':
      return msg('Choose yes or no.');
    case 'option':
    case 'duplicate':
      return msg('Choose among the options.');
    case 'too-few':
      return msg(str`Choose at least ${problem.min}.`);
    case 'too-many':
      return msg(str`Choose at most ${problem.max}.`);
    case 'too-short':
      return msg(str`Write at least ${problem.min} characters.`);
    case 'too-long':
      return msg(str`Write at most ${problem.max} characters.`);
    case 'hidden':
    case 'unknown':
      return msg('This answer does not fit the survey any more; change or clear it.');
  }
}

export function kindLabel(kind: Survey['kind']): string {
  switch (kind) {
    case 'pulse':
      return msg('Pulse survey');
    case 'check-in':
      return msg('Session check-in');
    case 'close-out':
      return msg('Close-out survey');
  }
}

export const copy = {
  loading: () => msg('Loading survey'),
  loadingResults: () => msg('Loading results'),
  required: () => msg('required'),
  optional: () => msg('optional'),
  yes: () => msg('Yes'),
  no: () => msg('No'),
  npsLow: () => msg('Not at all likely'),
  npsHigh: () => msg('Extremely likely'),
  back: () => msg('Back'),
  next: () => msg('Next'),
  submit: () => msg('Send answers'),
  sending: () => msg('Sending…'),
  tryAgain: () => msg('Try again'),
  noneDue: () => msg('No survey is due for you right now'),
  noneDueDetail: () => msg('We will show the next one here when it opens.'),
  thanks: () => msg('Thank you, your answers were sent'),
  yourAnswers: () => msg('Your answers'),
  partnerAnswers: () => msg('Your partner’s answers'),
  notAnswered: () => msg('Not answered'),
  hiddenName: () => msg('Your partner will not see your name with your answers.'),
  adminsOnly: () =>
    msg('The program team sees these answers only as totals, never tied to your name.'),
  twoSided: () =>
    msg(
      'Your partner sees your answers only after you have both answered; then you see theirs too.',
    ),
  waiting: () =>
    msg('Your partner has not answered yet. You will see each other’s answers once they have.'),
  partnerAnonymous: () => msg('Your partner chose to answer without their name.'),
  hideMyName: () => msg('Do not show my name with my answers'),
  fixProblems: (count: number) =>
    count === 1
      ? msg('One question needs attention.')
      : msg(str`${count} questions need attention.`),
  invalidDefinition: () => msg('This survey cannot be shown'),
  formValidity: (count: number) =>
    count === 1
      ? msg('Answer the survey question that needs attention.')
      : msg(str`Answer the ${count} survey questions that need attention.`),
  charactersLeft: (left: number) => msg(str`${left} characters left`),
  chooseUpTo: (max: number) => msg(str`Choose up to ${max}.`),
  chooseBetween: (min: number, max: number) => msg(str`Choose ${min} to ${max}.`),
  chooseAtLeast: (min: number) => msg(str`Choose at least ${min}.`),
};

export const closedText = (date: string) => msg(str`This survey closed on ${date}.`);
export const scheduledText = (date: string) => msg(str`This survey opens on ${date}.`);
export const closesText = (date: string) => msg(str`Open until ${date}`);
export const answeredOn = (date: string) => msg(str`You answered on ${date}.`);
export const draftRestored = (time: string) => msg(str`Your unsent answers from ${time} are back.`);
export const pageProgress = (page: number, pages: number) => msg(str`Part ${page} of ${pages}`);
export const answeredProgress = (done: number, total: number) =>
  msg(str`${done} of ${total} answered`);
export const pageAnnouncement = (page: number, pages: number, title: string) =>
  msg(str`Part ${page} of ${pages}: ${title}`);
