import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { expectSchemaValid } from '../support/schema';

/** A stack with a Regional REST API in it. */
export function restStack(): { stack: Stack; api: apigw.RestApi } {
  const stack = new Stack(new App(), 'Test', { env: { account: '123456789012', region: 'us-east-1' } });
  const api = new apigw.RestApi(stack, 'Api', { endpointTypes: [apigw.EndpointType.REGIONAL], deploy: false, cloudWatchRole: false });
  return { stack, api };
}

export function fn(stack: Stack, id = 'Fn'): lambda.Function {
  return new lambda.Function(stack, id, { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 })') });
}

/** The stack's template, checked against the CloudFormation resource schemas. */
export function synth(stack: Stack): Template {
  const template = Template.fromStack(stack);
  expectSchemaValid(template.toJSON());
  return template;
}

/** The message of the error `f` throws. */
export function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
}

/**
 * The policy documents of the roles this library created, which carry their grants inline (one
 * `Invoke` policy each); fails when a separate `AWS::IAM::Policy` was written instead.
 */
export function invokePolicies(t: Template): any[] {
  expect(t.findResources('AWS::IAM::Policy')).toEqual({});
  return Object.values(t.findResources('AWS::IAM::Role'))
    .flatMap((r: any) => r.Properties.Policies ?? [])
    .map((p: any) => {
      expect(p.PolicyName).toBe('Invoke');
      return p.PolicyDocument;
    });
}
