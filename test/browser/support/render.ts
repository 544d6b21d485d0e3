// Render widgets the way a page does: inside a <mentor-program> that provides the API, locale
// and options. Returns the first element of `template` once the program and it have updated.
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { MentoringApi } from '../../../src/client/api.js';
import type { ProgramOptions } from '../../../src/core/context.js';
import '../../../src/components/program/define.js';
import type { MentorProgram } from '../../../src/components/program/program.component.js';

export interface RenderInProgramOptions {
  api: MentoringApi;
  /** `en` (default), `es` or `ar`; translations are loaded before this resolves. */
  locale?: string;
  options?: ProgramOptions;
}

export async function renderInProgram<T extends Element = HTMLElement>(
  template: TemplateResult,
  { api, locale = 'en', options = {} }: RenderInProgramOptions,
): Promise<T> {
  const program = await fixture<MentorProgram>(
    html`<mentor-program .api=${api} locale=${locale} .options=${options}
      >${template}</mentor-program
    >`,
  );
  await program.updateComplete;
  const element = program.firstElementChild as T | null;
  if (!element) throw new Error('renderInProgram: the template rendered no element');
  if ('updateComplete' in element)
    await (element as { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

/** The <mentor-program> around an element rendered by renderInProgram. */
export function programOf(element: Element): MentorProgram {
  const program = element.closest('mentor-program');
  if (!program) throw new Error('programOf: element is not inside a <mentor-program>');
  return program;
}
