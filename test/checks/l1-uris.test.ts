import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { IntegrationChecks } from '../../src';

/**
 * aws-cdk-lib builds the URI of an AwsIntegration or LambdaIntegration as one token (a Fn::Join of the
 * partition, region and names). IntegrationChecks reads it as the template will have it, literal parts
 * known, so rules that depend on the back end see the same URI on the L1 as in cdk.out.
 */

function checkedApi(): { stack: Stack; api: apigw.RestApi } {
  const app = new App();
  Aspects.of(app).add(new IntegrationChecks());
  const stack = new Stack(app, 'Test');
  return { stack, api: new apigw.RestApi(stack, 'Api') };
}

function warnings(stack: Stack): string[] {
  return Annotations.fromStack(stack).findWarning('*', Match.anyValue()).map(m => String(m.entry.data).split(']')[0].slice(1));
}

const notFound = [{ statusCode: '200' }, { statusCode: '404', selectionPattern: '.*"Item":null.*' }];
const methodResponses = [{ statusCode: '200' }, { statusCode: '404' }];

test('an AwsIntegration\'s token URI names its service: a body pattern on DynamoDB is warned of', () => {
  const { stack, api } = checkedApi();
  api.root.addMethod('GET', new apigw.AwsIntegration({ service: 'dynamodb', action: 'GetItem', options: { integrationResponses: notFound } }), { methodResponses });
  expect(warnings(stack)).toEqual(['SelectionPatternNeverMatches']);
});

test('a LambdaIntegration\'s token URI names Lambda: the same pattern matches its error message, no warning', () => {
  const { stack, api } = checkedApi();
  const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => ({})') });
  api.root.addMethod('GET', new apigw.LambdaIntegration(fn, { proxy: false, integrationResponses: notFound }), { methodResponses });
  expect(warnings(stack)).toEqual([]);
});
