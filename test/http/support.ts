import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { expectSchemaValid } from '../support/schema';

/** A stack with an HTTP API, for one test. */
export function setup(): { stack: Stack; api: apigwv2.HttpApi } {
  const stack = new Stack(new App(), 'Test', { env: { account: '123456789012', region: 'us-east-1' } });
  return { stack, api: new apigwv2.HttpApi(stack, 'Api') };
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

/** Adds one route. */
export function route(api: apigwv2.HttpApi, path: string, integration: apigwv2.HttpRouteIntegration, method = apigwv2.HttpMethod.POST): void {
  api.addRoutes({ path, methods: [method], integration });
}

/** The one AWS::ApiGatewayV2::Integration's properties. */
export function integrationProps(template: Template): Record<string, any> {
  const all = Object.values(template.findResources('AWS::ApiGatewayV2::Integration'));
  expect(all).toHaveLength(1);
  return (all[0] as { Properties: Record<string, any> }).Properties;
}
