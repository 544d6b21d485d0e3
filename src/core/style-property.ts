// Sets one CSS custom property on an element through the CSSOM (`style.setProperty`). Lit's
// styleMap writes a `style` attribute on first render, which a strict Content-Security-Policy
// (no 'unsafe-inline' for style-src-attr) refuses; the CSSOM is allowed. For data-driven sizes
// such as the width of a bar: `<span class="bar" ${styleProperty('--share', '40%')}></span>`.
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class StylePropertyDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT)
      throw new Error('styleProperty() goes on an element: <span ${styleProperty(name, value)}>');
  }

  render(_name: string, _value: string) {
    return noChange;
  }

  override update(part: ElementPart, [name, value]: [string, string]) {
    (part.element as HTMLElement).style.setProperty(name, value);
    return noChange;
  }
}

export const styleProperty = directive(StylePropertyDirective);
