// Short and long text: an input or a textarea with its limits and a count of what is left.
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import type { Question } from '../../../contract/index.js';
import { copy } from '../feedback-survey-copy.js';
import type { QuestionView } from './question-view.js';

type Text = Extract<Question, { type: 'short-text' | 'long-text' }>;

/** The counter's id, so the input can be described by it. */
export const counterId = (idBase: string) => `${idBase}-count`;

export function renderText(view: QuestionView<Text>) {
  const { question } = view;
  const text = typeof view.value === 'string' ? view.value : '';
  const left = question.maxLength - text.length;
  const onInput = (event: Event) => {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    view.onChange(value === '' ? undefined : value);
  };
  const describedBy = [view.describedBy, counterId(view.idBase)].filter(Boolean).join(' ');
  // No maxlength attribute: pasted text over the limit stays visible with a message, not cut.
  const long = question.type === 'long-text';
  const tag = long ? literal`textarea` : literal`input`;
  const field = staticHtml`<${tag}
    id=${view.idBase}
    class="input"
    part="input"
    type=${long ? nothing : 'text'}
    rows=${long ? '4' : nothing}
    .value=${live(text)}
    ?disabled=${view.disabled}
    ?required=${question.required}
    aria-invalid=${view.invalid ? 'true' : 'false'}
    aria-describedby=${describedBy}
    @input=${onInput}
  ></${tag}>`;
  return html`${field}
    <p id=${counterId(view.idBase)} class="hint counter ${left < 0 ? 'over' : ''}">
      ${left >= 0 ? copy.charactersLeft(left) : nothing}
    </p>`;
}
