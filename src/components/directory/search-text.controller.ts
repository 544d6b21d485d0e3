// The directory's search box text: what is typed shows at once, but the search runs only after
// a pause in typing (or on Enter), so a word costs one request instead of one per letter.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const SEARCH_DEBOUNCE_MS = 300;

export class SearchTextController implements ReactiveController {
  private _text = '';
  private _debounce?: ReturnType<typeof setTimeout>;

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

  hostDisconnected(): void {
    clearTimeout(this._debounce);
  }

  /** `input` listener for the search box. */
  onInput = (event: Event): void => {
    this.text = (event.target as HTMLInputElement).value;
    clearTimeout(this._debounce);
    this._debounce = setTimeout(() => this.flush(), SEARCH_DEBOUNCE_MS);
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
    clearTimeout(this._debounce);
    this.commit(this._text);
  }
}
