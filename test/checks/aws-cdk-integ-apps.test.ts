import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as integrations from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { IntegrationChecks } from '../../src';

/**
 * Apps the aws-cdk repository deploys in its own integration tests (packages/@aws-cdk-testing/
 * framework-integ/test/aws-apigatewayv2-integrations/test/http/), ported: they deploy and serve
 * requests, so IntegrationChecks must report no error on them (issue 11: never block a deploy
 * that would have worked).
 */

function checked(): Stack {
  const app = new App();
  Aspects.of(app).add(new IntegrationChecks());
  return new Stack(app, 'Ported');
}

function errors(stack: Stack): string[] {
  return Annotations.fromStack(stack).findError('*', Match.anyValue()).map(e => `${e.id}: ${String(e.entry.data)}`);
}

test('ported from aws-cdk integ.sqs: every SQS subtype of aws-cdk-lib HttpSqsIntegration, no error', () => {
  const stack = checked();
  const queue = new sqs.Queue(stack, 'Queue');
  const api = new apigwv2.HttpApi(stack, 'Api');
  const subtypes: Array<[string, apigwv2.HttpIntegrationSubtype | undefined]> = [
    ['/default', undefined],
    ['/send-message', apigwv2.HttpIntegrationSubtype.SQS_SEND_MESSAGE],
    ['/receive-message', apigwv2.HttpIntegrationSubtype.SQS_RECEIVE_MESSAGE],
    ['/delete-message', apigwv2.HttpIntegrationSubtype.SQS_DELETE_MESSAGE],
    ['/purge-queue', apigwv2.HttpIntegrationSubtype.SQS_PURGE_QUEUE],
  ];
  for (const [path, subtype] of subtypes) {
    api.addRoutes({ path, methods: [apigwv2.HttpMethod.POST], integration: new integrations.HttpSqsIntegration('Integration', { queue, subtype }) });
  }
  expect(errors(stack)).toEqual([]);
  Template.fromStack(stack).resourceCountIs('AWS::ApiGatewayV2::Integration', 5);
});

test('ported from aws-cdk integ.lambda-permission-consolidation: ten routes on one function, no error', () => {
  const stack = checked();
  const api = new apigwv2.HttpApi(stack, 'HttpApi');
  const handler = new lambda.Function(stack, 'Handler', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 })'),
  });
  for (let i = 1; i <= 10; i++) {
    new apigwv2.HttpRoute(stack, `Route${i}`, {
      httpApi: api,
      integration: new integrations.HttpLambdaIntegration(`Integration${i}`, handler, { scopePermissionToRoute: false } as integrations.HttpLambdaIntegrationProps),
      routeKey: apigwv2.HttpRouteKey.with(`/path${i}`, apigwv2.HttpMethod.GET),
    });
  }
  expect(errors(stack)).toEqual([]);
});
