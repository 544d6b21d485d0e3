// An app with its own Lit element that also loads the kit through its bundler (see
// ../check-package.mjs): the kit's registrations must survive tree-shaking, Lit must not be
// bundled twice. The app registers nothing itself, so every define() in the bundle is the kit's.
import { LitElement, html } from 'lit';
import 'mentorkit';
import 'mentorkit/directory';

export class AppShell extends LitElement {
  render() {
    return html`<mentor-program api-base="/api/v1"
      ><mentor-directory></mentor-directory
    ></mentor-program>`;
  }
}
