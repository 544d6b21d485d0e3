// What <mentor-program> provides to every widget below it (@lit/context).
import { createContext } from '@lit/context';
import type { MentoringApi } from '../client/api.js';

export interface ProgramOptions {
  /** Hide mentors in the viewer's management line instead of showing them as not requestable. */
  hideConflicted?: boolean;
  /** Days after which an unanswered request expires (shown in copy). */
  requestExpiryDays?: number;
}

export interface ProgramContextValue {
  api: MentoringApi;
  /** BCP 47 locale in use (`en`, `es`, `ar`). */
  locale: string;
  options: ProgramOptions;
}

export const programContext = createContext<ProgramContextValue | undefined>(
  Symbol('mentor-program'),
);
