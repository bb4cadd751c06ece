import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as events from 'aws-cdk-lib/aws-events';
import { IntegrationChecks } from '../../src';
import { AwsServiceUri, BackendCredentials } from '../../src/mapping';
import { RestApiAwsIntegration, RestApiEventBridgeIntegration, RestApiHttpIntegration, RestApiConnection } from '../../src/rest';
import { WebSocketApiEventBridgeIntegration, WebSocketApiIntegrationResponseKey, WebSocketApiMockIntegration } from '../../src/websocket';
import { restStack } from '../rest/support';
import { errorOf, warningOf } from '../support/common';
import { wsStack } from '../websocket/support';

/** Values that used to reach the template unchecked, end to end through the typed constructs and the aspect. */

describe('EventBridge putEvents entries', () => {
  test('warns when the REST source is empty (it deploys; EventBridge fails every entry while the API answers 200)', () => {
    const { stack, api } = restStack();
    const bus = events.EventBus.fromEventBusName(stack, 'Bus', 'orders');
    expect(warningOf(() => api.root.addMethod('POST', RestApiEventBridgeIntegration.putEvents(bus, { source: '', detailType: 'Order' }))))
      .toMatch(/\/Test\/Api\/Default\/POST: \[EventBridgeEntryInvalid\] an event Source has 1 to 256 characters, got 0 characters/);
  });

  test('warns when the WebSocket detail type is over 128 characters, or the source is reserved', () => {
    const { stack, api } = wsStack();
    const bus = events.EventBus.fromEventBusName(stack, 'Bus', 'orders');
    expect(warningOf(() => api.addRoute('a', { integration: WebSocketApiEventBridgeIntegration.putEvents('Integration', bus, { source: 'chat', detailType: 'x'.repeat(129) }) })))
      .toMatch(/\[EventBridgeEntryInvalid\] an event DetailType has 1 to 128 characters, got 129 characters/);
    expect(warningOf(() => api.addRoute('b', { integration: WebSocketApiEventBridgeIntegration.putEvents('Integration', bus, { source: 'aws.chat' }) })))
      .toMatch(/\[EventBridgeEntryInvalid\] the "aws\." Source prefix is reserved/);
  });

  test('a source with VTL and JSON characters is data, and passes', () => {
    const { stack, api } = restStack();
    const bus = events.EventBus.fromEventBusName(stack, 'Bus', 'orders');
    api.root.addMethod('POST', RestApiEventBridgeIntegration.putEvents(bus, { source: 'shop ## "#set($x = 1)"', detailType: 'Order\nPlaced' }));
    const template = (api.root.node.findChild('POST').node.defaultChild as apigw.CfnMethod).integration as apigw.CfnMethod.IntegrationProperty;
    const body = stack.resolve(template.requestTemplates)['application/json'];
    expect(JSON.stringify(body)).toContain('\\"Source\\": \\"shop \\\\u0023\\\\u0023 \\\\\\"\\\\u0023set(\\\\u0024x = 1)\\\\\\"\\"');
  });
});

test('an AwsServiceUri with a Region, service or action that names nothing is a warning on the method', () => {
  const { stack, api } = restStack();
  const credentials = BackendCredentials.callerIdentity();
  api.root.addMethod('POST', new RestApiAwsIntegration({ uri: AwsServiceUri.action('sqs', 'Send Message', { region: 'us east 1' }), credentials }));
  const warnings = Annotations.fromStack(stack).findWarning('/Test/Api/Default/POST', Match.stringLikeRegexp('^\\[ServiceArnPartInvalid\\]'));
  expect(warnings.map(w => String(w.entry.data)).join('\n')).toMatch(/"us east 1"[\s\S]*"Send Message"|"Send Message"[\s\S]*"us east 1"/);
});

test('a stage-variable VPC link whose name no stage variable can have is a warning', () => {
  const { stack, api } = restStack();
  api.root.addMethod('GET', new RestApiHttpIntegration('https://example.com', { connection: RestApiConnection.stageVariable('link-id') }));
  Annotations.fromStack(stack).hasWarning('/Test/Api/Default/GET', Match.stringLikeRegexp('^\\[ConnectionIdInvalid\\].*"link-id"'));
});

test('fails when a WebSocket integration has two $default responses', () => {
  const { api } = wsStack();
  const integration = new WebSocketApiMockIntegration('Integration', { responses: [{ key: WebSocketApiIntegrationResponseKey.DEFAULT }, { key: WebSocketApiIntegrationResponseKey.of('$default') }] });
  expect(errorOf(() => api.addRoute('ping', { integration, returnResponse: true }))).toMatch(/IntegrationResponseKeyDuplicated: each integration response key is used once, got "\$default" twice/);
});

describe('IntegrationChecks catches the same on L1', () => {
  function checked(): Stack {
    const app = new App();
    const stack = new Stack(app, 'L1');
    Aspects.of(app).add(new IntegrationChecks());
    return stack;
  }

  test('TimeoutInMillis: NaN and CacheKeyParameters: [null]', () => {
    const stack = checked();
    const api = new apigw.CfnRestApi(stack, 'Api', { name: 'api' });
    new apigw.CfnMethod(stack, 'Method', {
      restApiId: api.ref,
      resourceId: api.attrRootResourceId,
      httpMethod: 'GET',
      authorizationType: 'NONE',
      integration: { type: 'HTTP_PROXY', integrationHttpMethod: 'GET', uri: 'https://example.com', timeoutInMillis: NaN, cacheKeyParameters: [null as any] },
    });
    const a = Annotations.fromStack(stack);
    a.hasError('/L1/Method', Match.stringLikeRegexp('^\\[NumberNotWhole\\]'));
    a.hasError('/L1/Method', Match.stringLikeRegexp('^\\[ListItemMissing\\].*CacheKeyParameters'));
  });

  test('two WebSocket integration responses with the same key, an emoji header name, an unclosed selection expression', () => {
    const stack = checked();
    const api = new apigwv2.CfnApi(stack, 'Ws', { name: 'ws', protocolType: 'WEBSOCKET', routeSelectionExpression: '$request.body.action' });
    const integration = new apigwv2.CfnIntegration(stack, 'Integration', {
      apiId: api.ref,
      integrationType: 'HTTP',
      integrationMethod: 'GET',
      integrationUri: 'https://example.com',
      requestParameters: { 'integration.request.header.😀': 'context.requestId' },
      templateSelectionExpression: '${request.body.action',
    });
    const a = Annotations.fromStack(stack);
    a.hasWarning('/L1/Integration', Match.stringLikeRegexp('^\\[ParameterNameInvalid\\]'));
    a.hasWarning('/L1/Integration', Match.stringLikeRegexp('^\\[SelectionExpressionMalformed\\]'));
    expect(integration.integrationType).toBe('HTTP');
  });
});
