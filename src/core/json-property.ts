// Object and array properties (`weights`, `filters`, ...) that every way of using a tag can set.
// Plain HTML and Angular templates give the attribute (JSON text); React 19 and Vue set the
// *property* when the element has one, so the same JSON text arrives there as a string; scripts
// and Lit templates set an object. All three end up as one validated value. A value that cannot
// be used is a configuration mistake of the host page, not something the person can fix, so it
// gets one console warning for the developer and the element carries on with its default.
import type { ReactiveElement } from 'lit';
import { property } from 'lit/decorators.js';
import type * as z from 'zod/mini';

export interface JsonPropertyOptions<T> {
  /**
   * What a usable value is; its output becomes the property's value. Or a function giving the
   * schema once its chunk has loaded (so zod stays off the first load): until then a value set
   * waits, the property reads as `fallback()`, and the value is checked (and warned about) when
   * the property is first read after the schema arrived. The element re-renders on arrival.
   */
  schema: z.ZodMiniType<T> | (() => z.ZodMiniType<T> | undefined);
  /** Used when the value is unset (null, undefined, empty attribute) or unusable. */
  fallback: () => T;
  /** What the warning says is expected, e.g. `an object of weights 0-100, like {"skills": 50}`. */
  expected: string;
  /** Attribute name; the lowercased property name by default. */
  attribute?: string;
}

/** Either the value to use, or why the input cannot be used. */
export type JsonValue<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Read an object, or its JSON text, against `schema`; undefined when unset. */
export function readJsonValue<T>(
  input: unknown,
  schema: z.ZodMiniType<T>,
): JsonValue<T | undefined> {
  if (input === null || input === undefined || (typeof input === 'string' && !input.trim()))
    return { ok: true, value: undefined };
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      return { ok: false, problem: 'it is not valid JSON' };
    }
  }
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const where = issue?.path.length ? `at ${issue.path.map(String).join('.')}: ` : '';
  return { ok: false, problem: `${where}${issue ? describeIssue(issue) : 'invalid'}` };
}

/** zod/mini carries no message texts (to stay small); say what its issue codes mean. */
function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'record' ? 'an object' : issue.expected}`;
    case 'too_big':
      return `more than ${String(issue.maximum)}`;
    case 'too_small':
      return `less than ${String(issue.minimum)}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.join(', ')}`;
    case 'invalid_key':
      return 'unknown key';
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}`;
    default:
      return issue.message;
  }
}

/** The input as a developer would recognise it in the warning, kept short. */
function shown(input: unknown): string {
  let text: string;
  try {
    text = typeof input === 'string' ? input : (JSON.stringify(input) ?? String(input));
  } catch {
    text = String(input);
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

type Holder = ReactiveElement & Record<symbol | string, unknown>;

/**
 * Decorator for an object or array property that also accepts its documented JSON text, from
 * the attribute or set as the property. Put it instead of `@property()`:
 *
 *     @jsonProperty({ schema: Weights, fallback: () => undefined, expected: '...' })
 *     weights?: Weights;
 */
export function jsonProperty<T>(options: JsonPropertyOptions<T>) {
  const schemaNow = () =>
    typeof options.schema === 'function' ? options.schema() : options.schema;
  return <K extends string>(proto: ReactiveElement & { [key in K]?: T }, name: K): void => {
    const stored = Symbol(name);
    const warned = Symbol(`${name} warned`);
    const waiting = Symbol(`${name} waiting for its schema`);
    Object.defineProperty(proto, name, {
      configurable: true,
      enumerable: true,
      get(this: Holder) {
        if (waiting in this && schemaNow()) {
          const input = this[waiting];
          delete this[waiting];
          this[name as string] = input; // checked now that the schema is here
        }
        if (!(stored in this)) this[stored] = options.fallback();
        return this[stored];
      },
      set(this: Holder, input: unknown) {
        const schema = schemaNow();
        if (!schema) {
          this[waiting] = input;
          this[stored] = options.fallback();
          return;
        }
        delete this[waiting];
        const read = readJsonValue(input, schema);
        if (read.ok) {
          this[stored] = read.value ?? options.fallback();
          this[warned] = undefined;
          return;
        }
        this[stored] = options.fallback();
        const text = shown(input);
        if (this[warned] === text) return; // the same mistake set again: said once already
        this[warned] = text;
        console.warn(
          `<${this.localName}>: the ${name} value ${text} cannot be used (${read.problem}). ` +
            `Expected ${options.expected}, as an object or its JSON text. Using the default instead.`,
        );
      },
    });
    // Lit wraps the accessor above (it requests an update on every set); the attribute's text
    // reaches the setter unchanged, because no `type` is given.
    property({ attribute: options.attribute ?? true })(proto, name);
  };
}
