// Operations about the signed-in person. Every widget asks for `getMe` (through currentUser), so
// each widget's define.ts preloads this group with its own.
import { Me } from '../../../contract/person.js';
import type { CallOptions, MentoringApi } from '../../api.js';
import type { HttpTransport } from '../transport.js';

export const peopleOperations = (http: HttpTransport): Pick<MentoringApi, 'getMe'> => ({
  getMe: (options?: CallOptions) => http.read('/me', Me, options),
});
