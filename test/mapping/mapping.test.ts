import { App, Stack } from 'aws-cdk-lib';
import { AwsServiceUri, RequestValue, ResponseValue } from '../../src';
import { renderRequestValue, renderResponseValue } from '../../src/core/render/mapping';

describe('RequestValue renders in each API kind\'s syntax', () => {
  test.each([
    [RequestValue.header('x-id'), 'method.request.header.x-id', '$request.header.x-id', 'route.request.header.x-id'],
    [RequestValue.querystring('q'), 'method.request.querystring.q', '$request.querystring.q', 'route.request.querystring.q'],
    [RequestValue.multiValueHeader('h'), 'method.request.multivalueheader.h', '$request.multivalueheader.h', 'route.request.multivalueheader.h'],
    [RequestValue.multiValueQuerystring('q'), 'method.request.multivaluequerystring.q', '$request.multivaluequerystring.q', 'route.request.multivaluequerystring.q'],
    [RequestValue.path('id'), 'method.request.path.id', '$request.path.id', 'route.request.path.id'],
    [RequestValue.wholePath(), 'method.request.path', '$request.path', 'route.request.path'],
    [RequestValue.body(), 'method.request.body', '$request.body', 'route.request.body'],
    [RequestValue.bodyPath('$.order.id'), 'method.request.body.order.id', '$request.body.order.id', 'route.request.body.order.id'],
    [RequestValue.bodyPath('order.id'), 'method.request.body.order.id', '$request.body.order.id', 'route.request.body.order.id'],
    [RequestValue.context('requestId'), 'context.requestId', '$context.requestId', 'context.requestId'],
    [RequestValue.context('$context.requestId'), 'context.requestId', '$context.requestId', 'context.requestId'],
    [RequestValue.stageVariable('v'), 'stageVariables.v', '$stageVariables.v', 'stageVariables.v'],
    [RequestValue.literal('application/json'), "'application/json'", 'application/json', "'application/json'"],
  ])('%#', (value, rest, http, ws) => {
    expect(renderRequestValue('REST', value)).toBe(rest);
    expect(renderRequestValue('HTTP', value)).toBe(http);
    expect(renderRequestValue('WEBSOCKET', value)).toBe(ws);
  });
});

describe('ResponseValue renders in each API kind\'s syntax', () => {
  test.each([
    [ResponseValue.header('ETag'), 'integration.response.header.ETag', '$response.header.ETag'],
    [ResponseValue.multiValueHeader('h'), 'integration.response.multivalueheader.h', '$response.multivalueheader.h'],
    [ResponseValue.body(), 'integration.response.body', '$response.body'],
    [ResponseValue.bodyPath('$.id'), 'integration.response.body.id', '$response.body.id'],
    [ResponseValue.context('requestId'), 'context.requestId', '$context.requestId'],
    [ResponseValue.stageVariable('v'), 'stageVariables.v', '$stageVariables.v'],
    [ResponseValue.literal('*'), "'*'", '*'],
  ])('%#', (value, rest, http) => {
    expect(renderResponseValue('REST', value)).toBe(rest);
    expect(renderResponseValue('WEBSOCKET', value)).toBe(rest);
    expect(renderResponseValue('HTTP', value)).toBe(http);
  });
});

describe('AwsServiceUri', () => {
  const stack = new Stack(new App(), 'S', { env: { region: 'eu-west-1', account: '123456789012' } });
  test('an action with encoded parameters', () => {
    expect(stack.resolve(AwsServiceUri.action('sqs', 'SendMessage', { parameters: { 'Message Body': 'a&b' } })._render(stack)))
      .toEqual({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':apigateway:eu-west-1:sqs:action/SendMessage?Message%20Body=a%26b']] });
  });
  test('a path with a subdomain and another Region', () => {
    expect(stack.resolve(AwsServiceUri.path('iotdata', '/topics/{topic}', { subdomain: 'abc-ats', region: 'us-east-1' })._render(stack)))
      .toEqual({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':apigateway:us-east-1:abc-ats.iotdata:path/topics/{topic}']] });
  });
  test('the service is exposed', () => {
    expect(AwsServiceUri.action('states', 'StartExecution').service).toBe('states');
  });
});
