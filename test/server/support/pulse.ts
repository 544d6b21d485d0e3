// Answers the program's pulse survey on the demo page (paged layout), as a person would.
import type { Page } from 'playwright-core';

/** Fills the three parts; resolves once "Send answers" is clicked (the caller waits for the answer). */
export async function fillPulse(page: Page): Promise<void> {
  const survey = page.locator('mentor-feedback-survey');
  const group = (name: RegExp) => survey.getByRole('group', { name });
  await survey.getByText('Part 1 of 3').waitFor();
  await group(/rate your mentoring relationship/)
    .getByLabel('Very good')
    .check();
  await group(/meeting as agreed/)
    .getByLabel('Yes')
    .check();
  await survey.getByRole('button', { name: 'Next' }).click();
  await group(/progress have you made/)
    .getByText('4', { exact: true })
    .click(); // a scale step: the number is the target
  await survey.getByRole('button', { name: 'Next' }).click();
  await group(/recommend this program/)
    .getByText('9', { exact: true })
    .click();
  await survey.getByRole('button', { name: 'Send answers' }).click();
}
