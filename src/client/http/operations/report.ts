// The program administrator's outcomes report.
import { ProgramReport } from '../../../contract/report.js';
import type { CallOptions, MentoringApi } from '../../api.js';
import type { HttpTransport } from '../transport.js';

export const reportOperations = (http: HttpTransport): Pick<MentoringApi, 'getProgramReport'> => ({
  getProgramReport: (options?: CallOptions) => http.read('/program/report', ProgramReport, options),
});
