// The pad's one event (no runtime dependency on the pad, so the signer can name it statically).
import type { SignatureDrawing } from '../../contract/index.js';

/** The drawing changed: a stroke ended, was undone or the pad was cleared (`drawing` null). */
export class SignaturePadChangeEvent extends Event {
  static readonly type = 'signature-pad-change';
  constructor(readonly drawing: SignatureDrawing | null) {
    super(SignaturePadChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'signature-pad-change': SignaturePadChangeEvent;
  }
}
