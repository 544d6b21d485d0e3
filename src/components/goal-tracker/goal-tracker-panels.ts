// The parts around the goal list: the open action items, and the panel in use (recap form or
// session history), which load on demand.
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ActionItem, Goal, Mentorship } from '../../contract/index.js';
import type { ActionItemsController } from './action-items.controller.js';
import { renderActionItemList } from './goal-tracker-action-items.js';
import type { RecapFormOptions } from './goal-tracker-recap.js';
import type { LazyParts } from './lazy-parts.js';

export interface PanelView {
  panel: 'none' | 'recap' | 'timeline';
  lazy: LazyParts;
  mentorship: Mentorship;
  goals: Goal[];
  items: ActionItemsController;
  locale: string;
  today: string;
  readonly: boolean;
  toggle: (item: ActionItem, done: boolean) => void;
  recapOptions: () => RecapFormOptions;
}

export function renderOpenItems(view: PanelView): TemplateResult | typeof nothing {
  const { items } = view.items;
  if (items.length === 0) return nothing;
  return html`<section class="stack" aria-labelledby="items-title">
    <h3 id="items-title">${msg('Action items')}</h3>
    ${renderActionItemList({
      items,
      locale: view.locale,
      today: view.today,
      readonly: view.readonly,
      label: msg('Open action items'),
      toggle: view.toggle,
      idPrefix: 'open',
      editing: view.items.editing,
    })}
  </section>`;
}

export function renderPanel(view: PanelView & { close: () => void }): unknown {
  const { parts } = view.lazy;
  if (view.panel === 'recap' && parts.recap)
    return parts.recap.renderRecapForm({
      form: view.lazy.recapForm(view.recapOptions()),
      goals: view.goals,
      openItems: view.items.items,
      locale: view.locale,
      today: view.today,
      toggle: view.toggle,
      editing: view.items.editing,
      close: view.close,
    });
  if (view.panel === 'timeline' && parts.timeline)
    return parts.timeline.renderTimeline({
      timeline: parts.timeline.timeline,
      mentorship: view.mentorship,
      goals: view.goals,
      locale: view.locale,
      today: view.today,
      readonly: view.readonly,
      latest: (item) => view.items.latest(item),
      toggle: view.toggle,
      editing: view.items.editing,
      close: view.close,
    });
  if (view.panel !== 'none') return html`<p class="muted">${msg('Loading')}</p>`;
  return nothing;
}
