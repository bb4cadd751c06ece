import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { expectSchemaValid } from './schema';

/** Helpers every kind's tests share (test/rest, test/http, test/websocket re-export them). */

/** A stack in a new app, in a fixed account and Region. */
export function testStack(): Stack {
  return new Stack(new App(), 'Test', { env: { account: '123456789012', region: 'us-east-1' } });
}

/** A Lambda function. */
export function fn(stack: Stack, id = 'Fn'): lambda.Function {
  return new lambda.Function(stack, id, { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 })') });
}

/** The stack's template, checked against CloudFormation's resource schemas. */
export function synth(stack: Stack): Template {
  const template = Template.fromStack(stack);
  expectSchemaValid(template.toJSON());
  return template;
}

/** The message of the error `f` throws ('no error' when it throws none). */
export function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
}
