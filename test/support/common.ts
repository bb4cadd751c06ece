import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { expectSchemaValid } from './schema';

/** Helpers every kind's tests share (test/rest, test/http, test/websocket re-export them). */

/** The stack {@link errorOf} synthesizes: the one made last by {@link testStack} or {@link trackStack}. */
let lastStack: Stack | undefined;

/** Makes `stack` the one {@link errorOf} reads the errors of. */
export function trackStack<T extends Stack>(stack: T): T {
  lastStack = stack;
  return stack;
}

/** A stack in a new app, in a fixed account and Region. */
export function testStack(): Stack {
  return trackStack(new Stack(new App(), 'Test', { env: { account: '123456789012', region: 'us-east-1' } }));
}

/** A Lambda function. */
export function fn(stack: Stack, id = 'Fn'): lambda.Function {
  return new lambda.Function(stack, id, { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 })') });
}

/**
 * The error annotations of a stack's constructs, as `cdk synth` prints them: what this library's
 * constructs and `IntegrationChecks` record instead of throwing.
 */
export function errorAnnotations(stack: Stack): string[] {
  return Annotations.fromStack(stack).findError('*', Match.anyValue()).map(m => String(m.entry.data));
}

/**
 * What a user is warned of after `f`: every warning annotation recorded in `stack` (the last
 * tracked stack by default), one `path: message` line each; 'no warning' when there is none.
 */
export function warningOf(f: () => unknown, stack?: Stack): string {
  f();
  const target = stack ?? lastStack;
  const lines = target ? Annotations.fromStack(target).findWarning('*', Match.anyValue()).map(m => `${m.id}: ${String(m.entry.data)}`) : [];
  return lines.length > 0 ? lines.join('\n') : 'no warning';
}

/** The warning annotations of a stack's constructs, as `cdk synth` prints them. */
export function warningAnnotations(stack: Stack): string[] {
  return Annotations.fromStack(stack).findWarning('*', Match.anyValue()).map(m => String(m.entry.data));
}

/**
 * The stack's template, checked against CloudFormation's resource schemas. Fails, as `cdk synth`
 * does, when a construct recorded an error: the message lists every error annotation.
 */
export function synth(stack: Stack): Template {
  const template = Template.fromStack(stack);
  const errors = errorAnnotations(stack);
  if (errors.length > 0) throw new Error(errors.join('\n'));
  expectSchemaValid(template.toJSON());
  return template;
}

/**
 * What a user sees after `f`: the message of the error it throws (a usage error), or else every
 * error annotation recorded in `stack` (the last tracked stack by default), joined by new lines,
 * as `cdk synth` would list them; 'no error' when there is none.
 */
export function errorOf(f: () => unknown, stack?: Stack): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  const target = stack ?? lastStack; // after f: f may make the stack
  const errors = target ? errorAnnotations(target) : [];
  return errors.length > 0 ? errors.join('\n') : 'no error';
}
