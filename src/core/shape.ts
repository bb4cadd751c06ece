import { Token } from 'aws-cdk-lib';
import { Problem, throwValidationError } from './errors';

/**
 * Runtime shapes of what the public entry points are given.
 *
 * TypeScript's types vanish at run time, and jsii users (Python, Java, C#, Go) and JavaScript users
 * reach the same code with whatever they pass: `timeout: 1000`, `null` for a construct, a string
 * where a `RequestValue` is expected. Every constructor and static factory of `rest/`, `http/`,
 * `websocket/` and `mapping/` describes its arguments with these shapes and calls {@link checkArgs}
 * first, so a wrong type is reported as our usage error naming the argument path
 * (`options.timeout: expected a Duration, got the number 1000`), never a `TypeError` deep inside.
 *
 * Only types are judged here; what the service accepts (lengths, grammars, ranges) is the rule
 * table's job. An unresolved token passes wherever a value of its type may go.
 *
 * INTERNAL: nothing here is exported from the package root.
 */

/** The rule-like code of every wrong-type report. */
export const WRONG_TYPE = 'WrongType';

/** A value at `at` that does not have the expected shape. */
export interface Mismatch {
  readonly at: string;
  readonly expected: string;
  readonly got: unknown;
}

/** A runtime shape: what it is called in messages, and a check that records mismatches. */
export interface Shape {
  /** `a Duration`, `a list of RequestValue`. */
  readonly label: string;
  /** True for shapes that accept `undefined` (and `null`, which jsii turns into `undefined`). */
  readonly optional?: boolean;
  check(v: unknown, at: string, out: Mismatch[]): void;
}

/** `the number 1000`, `null`, `the string "x"`, `an object of class Foo`. */
function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing (undefined)';
  switch (typeof v) {
    case 'number': return `the number ${String(v)}`;
    case 'string': return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
    case 'boolean': return `the boolean ${v}`;
    case 'function': return 'a function';
    case 'bigint': return `the bigint ${String(v)}`;
    case 'symbol': return 'a symbol';
    default: break;
  }
  if (Array.isArray(v)) return `a list of ${v.length}`;
  const ctor = (Object.getPrototypeOf(v) as { constructor?: { name?: string } } | null)?.constructor?.name;
  return ctor && ctor !== 'Object' ? `an object of class ${ctor}` : 'an object';
}

/** `a RequestValue`, `an IRole`, `an iam.PolicyStatement`. */
function article(name: string): string {
  return `${/^[AEIOUaeiou]/.test(name) ? 'an' : 'a'} ${name}`;
}

function leaf(label: string, ok: (v: unknown) => boolean): Shape {
  return { label, check: (v, at, out) => { if (!ok(v)) out.push({ at, expected: label, got: v }); } };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A string (a token string is a string). */
export const str: Shape = leaf('a string', v => typeof v === 'string');

/** A finite whole number, or a token. */
export const int: Shape = leaf('a whole number', v => typeof v === 'number' && (Token.isUnresolved(v) || Number.isInteger(v)));

/** `true` or `false`. */
export const bool: Shape = leaf('a boolean', v => typeof v === 'boolean');

/** An aws-cdk-lib `Duration` (recognised by its methods: a second copy of aws-cdk-lib is not refused). */
export const duration: Shape = leaf('a Duration', v => isObject(v) && typeof v.toMilliseconds === 'function' && typeof v.toSeconds === 'function');

/** An instance of one of this library's classes (`RequestValue`, `BackendCredentials`…). */
export function instance(cls: { readonly prototype: object }, name: string): Shape {
  return leaf(article(name), v => isObject(v) && cls.prototype.isPrototypeOf(v));
}

/**
 * A construct or resource given by interface (`IFunction`, `IQueue`…): an object with a construct
 * node and the members the library reads.
 */
export function resource(name: string, ...members: string[]): Shape {
  return leaf(article(name), v => isObject(v) && members.every(m => m in v));
}

/** An object with at least one of `members` (an interface whose shape changed across aws-cdk-lib releases). */
export function resourceWithOneOf(name: string, ...members: string[]): Shape {
  return leaf(article(name), v => isObject(v) && members.some(m => m in v));
}

/**
 * A value of an enum: jsii enums are strings at run time. Only the type is judged here: whether the
 * value is one the service knows is a rule (`ContentHandlingNotSupported`…), which the
 * `IntegrationChecks` aspect applies to L1 properties too.
 */
export function enumValue(name: string): Shape {
  return leaf(`${article(name)} (a string)`, v => typeof v === 'string');
}

/** Absent (`undefined` or `null`), or `shape`. */
export function optional(shape: Shape): Shape {
  return { label: shape.label, optional: true, check: (v, at, out) => { if (v !== undefined && v !== null) shape.check(v, at, out); } };
}

/** An array whose items all have `item`'s shape (a list token passes: it is an array of strings). */
export function list(item: Shape): Shape {
  const label = `a list of ${item.label.replace(/^an? /, '')}`;
  return {
    label,
    check: (v, at, out) => {
      if (!Array.isArray(v)) { out.push({ at, expected: label, got: v }); return; }
      v.forEach((x, i) => item.check(x, `${at}[${i}]`, out));
    },
  };
}

/** A plain object `{ name: value }` whose values all have `value`'s shape. */
export function map(value: Shape): Shape {
  const label = `a map of ${value.label.replace(/^an? /, '')}`;
  return {
    label,
    check: (v, at, out) => {
      if (!isObject(v) || Array.isArray(v)) { out.push({ at, expected: label, got: v }); return; }
      if (Token.isUnresolved(v)) return;
      for (const [k, x] of Object.entries(v)) value.check(x, `${at}[${JSON.stringify(k)}]`, out);
    },
  };
}

/** The fields of a struct (props, options); fields not listed are not judged. */
export type Fields = Record<string, Shape>;

/** A struct: an object whose listed fields have their shapes (wrap optional ones in {@link optional}). */
export function struct(name: string, fields: Fields): Shape {
  return {
    label: article(name),
    fields,
    check: (v, at, out) => {
      if (!isObject(v) || Array.isArray(v)) { out.push({ at, expected: article(name), got: v }); return; }
      for (const [k, s] of Object.entries(fields)) s.check(v[k], `${at}.${k}`, out);
    },
  } as Shape;
}

/** The fields of a struct shape, to extend it: `struct('B', { ...fieldsOf(A), more })`. */
export function fieldsOf(s: Shape): Fields {
  return (s as Shape & { fields: Fields }).fields;
}

/** The problems of `args` (`[name, value, shape]`), one per mismatch. */
function mismatches(args: ReadonlyArray<readonly [string, unknown, Shape]>): Problem[] {
  const out: Mismatch[] = [];
  for (const [name, v, s] of args) s.check(v, name, out);
  return out.map(m => ({
    code: WRONG_TYPE,
    what: `${m.at}: expected ${m.expected}`,
    got: describeValue(m.got),
    fix: `pass ${m.expected}`,
  }));
}

/**
 * Checks the arguments of one public entry point and throws our usage error listing every
 * mismatch: `[RestApiHttpIntegration] RestApiHttpIntegration: 1 problem` then
 * `- WrongType: props.timeout: expected a Duration, got the number 1000; pass a Duration`.
 *
 * @param where the construct path when there is one, else the entry point (`RestApiSqsIntegration.sendMessage`)
 * @param subject the public class
 */
export function checkArgs(where: string, subject: string, args: ReadonlyArray<readonly [string, unknown, Shape]>): void {
  const problems = mismatches(args);
  if (problems.length > 0) throwValidationError(where, subject, problems);
}

/** The construct path a new construct will have, or `fallback` when the scope is not a construct. */
export function pathOf(scope: unknown, id: unknown, fallback: string): string {
  const node = isObject(scope) ? (scope.node as { path?: unknown } | undefined) : undefined;
  if (!isObject(node) || typeof node.path !== 'string') return fallback;
  return [node.path, typeof id === 'string' ? id : String(id)].filter(p => p !== '').join('/');
}
