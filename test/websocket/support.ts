import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { expectSchemaValid } from '../support/schema';

/** A stack with a WebSocket API. */
export function wsStack(): { stack: Stack; api: apigwv2.WebSocketApi } {
  const app = new App();
  const stack = new Stack(app, 'Test', { env: { account: '123456789012', region: 'us-east-1' } });
  const api = new apigwv2.WebSocketApi(stack, 'Ws');
  return { stack, api };
}

export function fn(stack: Stack, id = 'Fn'): lambda.Function {
  return new lambda.Function(stack, id, { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 })') });
}

/** The stack's template, checked against CloudFormation's resource schemas. */
export function synth(stack: Stack): Template {
  const template = Template.fromStack(stack);
  expectSchemaValid(template.toJSON());
  return template;
}
