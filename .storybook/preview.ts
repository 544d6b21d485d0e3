// Storybook preview: autodocs from custom-elements.json, the memory-API decorator, and toolbars
// for theme (light, dark, branded) and locale (English, Spanish, Arabic right-to-left).
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { withProgram } from '../stories/support/with-program.js';
import './preview.css';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withProgram],
  globalTypes: {
    theme: {
      description: 'Theme of the host page',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'branded', title: 'Branded', icon: 'paintbrush' },
        ],
      },
    },
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'es', title: 'Español', right: 'es' },
          { value: 'ar', title: 'العربية (right-to-left)', right: 'ar' },
        ],
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
};

export default preview;
