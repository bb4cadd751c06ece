/**
 * The only place that throws. jsii cannot export `Error` subclasses, and aws-cdk-lib's
 * `ValidationError` is not part of its public API (2.276), so errors are plain `Error`s with a stable `name` and
 * a message that starts with the construct path.
 */

/** The `name` of every validation error this library throws. */
export const VALIDATION_ERROR_NAME = 'IntegrationValidationError';

/** One problem found by a rule. */
export interface Problem {
  /** PascalCase rule code, e.g. `TimeoutOutOfRange`. */
  readonly code: string;
  /** What is wrong, in the service's terms: `timeout must be between 50 ms and 30 s for HTTP APIs`. */
  readonly what: string;
  /** The value given, rendered for people: `45 s`, `"AWS"`. */
  readonly got: string;
  /** How to fix it: `lower it`. */
  readonly fix: string;
}

/** `- TimeoutOutOfRange: timeout must be …, got 45 s; lower it` */
function formatProblem(p: Problem): string {
  return `- ${p.code}: ${p.what}, got ${p.got}; ${p.fix}`;
}

/** The one report for a construct: `[path] Class: 2 problems` and one line per problem. */
export function formatReport(path: string, subject: string, problems: readonly Problem[]): string {
  const head = `[${path}] ${subject}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return [head, ...problems.map(formatProblem)].join('\n');
}

/** Throws the one report listing every problem. */
export function throwValidationError(path: string, subject: string, problems: readonly Problem[]): never {
  const err = new Error(formatReport(path, subject, problems));
  err.name = VALIDATION_ERROR_NAME;
  throw err;
}

/** Throws for a single problem found outside the rule table (a usage error of a typed API). */
export function throwUsageError(path: string, subject: string, problem: Problem): never {
  return throwValidationError(path, subject, [problem]);
}

/** A bug in this library, never the user's fault. */
export function throwInternalError(message: string): never {
  const err = new Error(`cdk-apigateway-integrations internal error: ${message}`);
  err.name = 'IntegrationInternalError';
  throw err;
}
