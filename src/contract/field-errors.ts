// zod issues -> RFC 9457 field errors (`path` like `sections.0.body`). Shared by the server and the
// memory API so a form shows the same messages next to the same fields whichever backend it uses.
import type { FieldError } from './problem.js';

export interface ValidationIssue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  keys?: readonly string[];
}

export function issuesToFieldErrors(issues: readonly ValidationIssue[]): FieldError[] {
  return issues.flatMap((issue) => {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
      return issue.keys.map((key) => ({
        path: [...base, key].join('.'),
        message: 'Unknown field.',
      }));
    }
    return [{ path: base.join('.'), message: issue.message.slice(0, 500) }];
  });
}
