// The memory API's problems: the shared catalogue (the same statuses and codes as the reference
// server), thrown as the typed errors HttpMentoringApi would turn the server's answers into.
import { problemKit } from '../contract/problem-catalogue.js';
import { problemToError } from '../client/errors.js';

export const { problems, validate, refuse, assertVersion, decodeCursor } =
  problemKit(problemToError);
