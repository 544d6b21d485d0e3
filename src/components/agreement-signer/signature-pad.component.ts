import { html } from 'lit';
import { query, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import SignaturePad, { type PointGroup } from 'signature_pad';
import type { SignatureDrawing } from '../../contract/index.js';
import { DRAWING_LIMITS } from '../../contract/values.js';
import { MentorElement } from '../../core/mentor-element.js';
import { SignaturePadChangeEvent } from './signature-pad.events.js';
import { signaturePadStyles } from './signature-pad.styles.js';

const round = (n: number) => Math.round(n * 10) / 10;
const clamp = (n: number, max: number) => Math.min(Math.max(n, 0), max);

/**
 * A drawing pad for a handwritten signature (signature_pad). The canvas is scaled by
 * `devicePixelRatio` (sharp ink, no offset from the pointer), strokes are redrawn from their
 * points when the pad is resized or the phone rotated, touch draws instead of scrolling, and an
 * emptied pad reports no drawing. Loaded only when someone chooses to draw.
 *
 * @summary Drawing pad for a signature, used by `<mentor-agreement-signer>`.
 * @fires signature-pad-change - The drawing changed. Event property `drawing` (null when empty).
 * @csspart canvas - The drawing surface.
 */
export class MentorSignaturePad extends MentorElement {
  static override styles = [MentorElement.styles, signaturePadStyles];

  @query('canvas') private _canvas!: HTMLCanvasElement;
  @state() private _empty = true;

  private _pad?: SignaturePad;
  private _observer?: ResizeObserver;
  /** CSS size the current point data was drawn at. */
  private _size = { width: 0, height: 0 };

  /** Canvas pixels per CSS pixel in use (the device pixel ratio, at least 1). */
  get ratio(): number {
    return Math.max(globalThis.devicePixelRatio || 1, 1);
  }

  /** The signature as points in CSS pixels of the pad, or null while nothing is drawn. */
  get drawing(): SignatureDrawing | null {
    const pad = this._pad;
    if (!pad || pad.isEmpty()) return null;
    const { width, height } = this._size;
    let strokes = pad
      .toData()
      .map((group) =>
        group.points.map((p): [number, number] => [
          round(clamp(p.x, width)),
          round(clamp(p.y, height)),
        ]),
      )
      .filter((stroke) => stroke.length > 0)
      .slice(0, DRAWING_LIMITS.strokes);
    const total = strokes.reduce((sum, s) => sum + s.length, 0);
    if (total > DRAWING_LIMITS.points) {
      // Keep the shape, drop detail: every n-th point (and each stroke's last one).
      const step = Math.ceil(total / DRAWING_LIMITS.points);
      strokes = strokes.map((s) => s.filter((_, i) => i % step === 0 || i === s.length - 1));
    }
    strokes = strokes.map((s) => s.slice(0, DRAWING_LIMITS.pointsPerStroke));
    return strokes.length
      ? { width: Math.round(width), height: Math.round(height), strokes }
      : null;
  }

  clear(): void {
    this._pad?.clear();
    this._changed();
  }

  undo(): void {
    const data = this._pad?.toData() ?? [];
    data.pop();
    this._pad?.fromData(data);
    this._changed();
  }

  protected override firstUpdated(): void {
    const ink = getComputedStyle(this).color || '#1d1f24';
    this._pad = new SignaturePad(this._canvas, { penColor: ink, minWidth: 0.8, maxWidth: 2.6 });
    this._pad.addEventListener('endStroke', () => this._changed());
    this._resize();
    this._observer = new ResizeObserver(() => this._resize());
    this._observer.observe(this._canvas);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
  }

  /** New canvas size: scale the backing store for the screen, redraw the strokes to fit. */
  private _resize(): void {
    const pad = this._pad;
    const canvas = this._canvas;
    const width = canvas.offsetWidth;
    const height = canvas.offsetHeight;
    if (!pad || width === 0 || height === 0) return;
    const ratio = this.ratio;
    if (canvas.width === Math.round(width * ratio) && canvas.height === Math.round(height * ratio))
      return;
    const scale = this._size.width ? width / this._size.width : 1;
    const data: PointGroup[] = pad.toData().map((group) => ({
      ...group,
      points: group.points.map((p) => ({ ...p, x: p.x * scale, y: p.y * scale })),
    }));
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.getContext('2d')?.scale(ratio, ratio);
    this._size = { width, height };
    pad.clear(); // resizing a canvas wipes it; the point data brings the strokes back
    if (data.length) pad.fromData(data);
  }

  private _changed(): void {
    this._empty = this._pad?.isEmpty() ?? true;
    this.dispatchEvent(new SignaturePadChangeEvent(this.drawing));
  }

  override render() {
    return html`<p id="pad-help" class="small">
        ${msg('Draw your signature in the box with a mouse, finger or pen.')}
      </p>
      <div class="pad">
        <canvas
          part="canvas"
          role="img"
          aria-label=${msg('Signature drawing area')}
          aria-describedby="pad-help"
        ></canvas>
        <div class="baseline" aria-hidden="true"></div>
      </div>
      <div class="actions">
        <button type="button" class="button" ?disabled=${this._empty} @click=${() => this.undo()}>
          ${msg('Undo last stroke')}
        </button>
        <button type="button" class="button" ?disabled=${this._empty} @click=${() => this.clear()}>
          ${msg('Clear and draw again')}
        </button>
        <span class="visually-hidden" role="status"
          >${this._empty ? msg('The pad is empty.') : msg('Signature drawn.')}</span
        >
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mentor-signature-pad': MentorSignaturePad;
  }
}
