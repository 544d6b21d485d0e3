// The directory's search box text: what is typed shows at once, but the search runs only after
// a pause in typing (or on Enter), so a word costs one request instead of one per letter.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Debouncer } from '../../core/debounce.js';
import type { DirectoryQuery } from './directory-query.js';

const SEARCH_DEBOUNCE_MS = 300;

export class SearchTextController implements ReactiveController {
  private _text = '';
  private readonly _debouncer = new Debouncer(SEARCH_DEBOUNCE_MS);

  /** @param commit Runs the search for the text typed so far. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly commit: (text: string) => void,
  ) {
    host.addController(this);
  }

  /** The text in the search box (may be ahead of the search that ran). */
  get text(): string {
    return this._text;
  }
  set text(value: string) {
    if (value === this._text) return;
    this._text = value;
    this.host.requestUpdate();
  }

  /**
   * The starting search (from the URL or the preset) as the box should show it: words typed
   * before it could be applied (the box is there before the directory's schemas) are the
   * person's latest and win; otherwise the box shows the starting search's words.
   */
  adopt(start: DirectoryQuery): DirectoryQuery {
    if (this._text.trim()) return { ...start, q: this._text };
    this.text = start.q?.trim() ?? ''; // as the query keeps it (normalized)
    return start;
  }

  hostDisconnected(): void {
    this._debouncer.cancel();
  }

  /** `input` listener for the search box. */
  onInput = (event: Event): void => {
    this.text = (event.target as HTMLInputElement).value;
    this._debouncer.schedule(() => this.flush());
  };

  /** `keydown` listener for the search box: Enter searches without waiting. */
  onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.flush();
    }
  };

  /** Run the search for the current text now. */
  flush(): void {
    this._debouncer.cancel();
    this.commit(this._text);
  }
}
