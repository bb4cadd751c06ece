import { App, Aspects, Duration, Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import {
  HttpApiUrlIntegration, IntegrationChecks, RequestValue, RestApiHttpIntegration, WebSocketApiLambdaIntegration,
} from '../../src';
import { fn } from '../support/common';

/**
 * Issue 11: one synth shows every problem of the app. Six independent mistakes across the three
 * API kinds and hand-written L1: nothing throws while the app is built, and one `app.synth()`
 * records every one of them, each on its own construct with its rule code, value and fix.
 */
test('one synth lists six independent mistakes across REST, HTTP, WebSocket and L1', () => {
  const app = new App();
  Aspects.of(app).add(new IntegrationChecks());
  const stack = new Stack(app, 'Mistakes', { env: { account: '123456789012', region: 'us-east-1' } });

  // 1. an HTTP API timeout of 31 s (the maximum is 30 s): refused
  const http = new apigwv2.HttpApi(stack, 'Http');
  http.addRoutes({ path: '/slow', methods: [apigwv2.HttpMethod.GET], integration: new HttpApiUrlIntegration('Slow', 'https://example.com/slow', { method: apigwv2.HttpMethod.GET, timeout: Duration.seconds(31) }) });

  // 2. an unmapped {id} in a REST URL: deploys, the back end gets the literal "{id}"
  const rest = new apigw.RestApi(stack, 'Rest', { cloudWatchRole: false });
  const item = rest.root.addResource('items').addResource('{id}');
  item.addMethod('GET', new RestApiHttpIntegration('https://example.com/items/{id}'));

  // 3. a misspelled method parameter: the integration maps {idd}, which the path does not have: refused
  item.addMethod('DELETE', new RestApiHttpIntegration('https://example.com/items/{id}', { httpMethod: apigwv2.HttpMethod.DELETE, requestParameters: { paths: { id: RequestValue.path('idd') } } }));

  // 4. a header mapping on a WebSocket message route: the value is empty there
  const ws = new apigwv2.WebSocketApi(stack, 'Ws');
  ws.addRoute('send', { integration: new WebSocketApiLambdaIntegration('Integration', fn(stack), { requestParameters: { headers: { 'x-token': RequestValue.header('x-token') } } }) });

  // 5. a hand-written VPC_LINK integration without a connection id: refused
  new apigw.CfnMethod(stack, 'Private', {
    restApiId: rest.restApiId,
    resourceId: rest.root.resourceId,
    httpMethod: 'POST',
    authorizationType: 'NONE',
    integration: { type: 'HTTP_PROXY', integrationHttpMethod: 'POST', uri: 'https://internal.example.com/', connectionType: 'VPC_LINK' },
  });

  // 6. a mis-cased subtype parameter on a hand-written HTTP API integration: refused
  new apigwv2.CfnIntegration(stack, 'Sqs', {
    apiId: http.apiId,
    integrationType: 'AWS_PROXY',
    integrationSubtype: 'SQS-SendMessage',
    payloadFormatVersion: '1.0',
    credentialsArn: 'arn:aws:iam::123456789012:role/api',
    requestParameters: { queueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/q', MessageBody: '$request.body' },
  });

  const messages = app.synth().getStackByName(stack.stackName).messages.map(m => ({ level: m.level, path: m.id, text: String(m.entry.data) }));
  const has = (level: string, path: string, code: RegExp) => messages.some(m => m.level === level && m.path === path && code.test(m.text));

  expect(has('error', '/Mistakes/Http/GET--slow', /- TimeoutOutOfRange: .*got 31 s/)).toBe(true);
  expect(has('warning', '/Mistakes/Rest/Default/items/{id}/GET', /^\[UriPlaceholderNotMapped\] .*"\{id\}"/)).toBe(true);
  expect(has('error', '/Mistakes/Rest/Default/items/{id}/DELETE', /- MethodRequestParameterUndeclared: .*has no \{idd\}/)).toBe(true);
  expect(has('warning', '/Mistakes/Ws/send-Route', /^\[RequestParameterSourceNotOnConnect\] /)).toBe(true);
  expect(has('error', '/Mistakes/Private', /^\[VpcLinkWithoutConnectionId\] /)).toBe(true);
  expect(has('error', '/Mistakes/Sqs', /^\[Subtype\w+\] .*queueUrl/)).toBe(true);
});
