import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { IntegrationChecks } from '../../src';

function setup(): { stack: Stack; api: apigwv2.CfnApi } {
  const app = new App();
  const stack = new Stack(app, 'Test');
  Aspects.of(app).add(new IntegrationChecks());
  const api = new apigwv2.CfnApi(stack, 'Ws', { name: 'ws', protocolType: 'WEBSOCKET', routeSelectionExpression: '$request.body.action' });
  return { stack, api };
}

function httpIntegration(stack: Stack, api: apigwv2.CfnApi, id: string, extra: Partial<apigwv2.CfnIntegrationProps> = {}): apigwv2.CfnIntegration {
  return new apigwv2.CfnIntegration(stack, id, { apiId: api.ref, integrationType: 'HTTP', integrationMethod: 'POST', integrationUri: 'https://example.com/messages', ...extra });
}

function route(stack: Stack, api: apigwv2.CfnApi, id: string, routeKey: string, integration: apigwv2.CfnIntegration, twoWay = false) {
  return new apigwv2.CfnRoute(stack, id, {
    apiId: api.ref, routeKey, target: `integrations/${integration.ref}`, routeResponseSelectionExpression: twoWay ? '$default' : undefined,
  });
}

function codes(stack: Stack, path: string): string[] {
  const a = Annotations.fromStack(stack);
  return [...a.findError(path, Match.anyValue()), ...a.findWarning(path, Match.anyValue())]
    .map(m => /^\[(\w+)\]/.exec(String(m.entry.data))?.[1]).filter((c): c is string => c !== undefined).sort();
}

describe('IntegrationChecks on hand-written WebSocket L1', () => {
  test('a header mapping on a non-$connect route is a warning on the integration (the value is empty at run time)', () => {
    const { stack, api } = setup();
    const integration = httpIntegration(stack, api, 'Integration', { requestParameters: { 'integration.request.header.x-token': 'route.request.header.x-token' } });
    route(stack, api, 'Send', 'send', integration);
    Annotations.fromStack(stack).hasWarning('/Test/Integration', Match.stringLikeRegexp('^\\[RequestParameterSourceNotOnConnect\\] .*on route "send"'));
  });

  test('the same mapping on $connect is fine when the route declares the header', () => {
    const { stack, api } = setup();
    const integration = httpIntegration(stack, api, 'Integration', { requestParameters: { 'integration.request.header.x-token': 'route.request.header.x-token' } });
    route(stack, api, 'Connect', '$connect', integration).requestParameters = { 'route.request.header.x-token': { Required: true } };
    expect(codes(stack, '/Test/Integration')).toEqual([]);
  });

  test('a $connect mapping of an undeclared query string is a warning', () => {
    const { stack, api } = setup();
    const integration = httpIntegration(stack, api, 'Integration', { requestParameters: { 'integration.request.header.x-token': 'route.request.querystring.token' } });
    route(stack, api, 'Connect', '$connect', integration);
    Annotations.fromStack(stack).hasWarning('/Test/Integration', Match.stringLikeRegexp('^\\[RouteRequestParameterNotDeclared\\]'));
  });

  test('an integration response on a proxy integration is an error', () => {
    const { stack, api } = setup();
    const integration = httpIntegration(stack, api, 'Integration', { integrationType: 'HTTP_PROXY' });
    route(stack, api, 'Send', 'send', integration, true);
    new apigwv2.CfnIntegrationResponse(stack, 'Response', { apiId: api.ref, integrationId: integration.ref, integrationResponseKey: '$default' });
    expect(codes(stack, '/Test/Response')).toEqual(['IntegrationResponseOnProxy']);
  });

  test('a bad response key, a bad response mapping and a bad selection expression are errors', () => {
    const { stack, api } = setup();
    const integration = httpIntegration(stack, api, 'Integration');
    route(stack, api, 'Send', 'send', integration, true);
    new apigwv2.CfnIntegrationResponse(stack, 'Response', {
      apiId: api.ref,
      integrationId: integration.ref,
      integrationResponseKey: '404',
      responseParameters: { 'method.response.header.x': 'route.request.body.x' },
      templateSelectionExpression: '${request.querystring.type}',
    });
    expect(codes(stack, '/Test/Response')).toEqual(['IntegrationResponseKeyInvalid', 'ResponseParameterNotSupported', 'ResponseTemplateSelectionExpressionNotSupported']);
  });

  test('an integration response on a one-way route is a warning', () => {
    const { stack, api } = setup();
    const integration = httpIntegration(stack, api, 'Integration');
    route(stack, api, 'Send', 'send', integration);
    new apigwv2.CfnIntegrationResponse(stack, 'Response', { apiId: api.ref, integrationId: integration.ref, integrationResponseKey: '$default' });
    Annotations.fromStack(stack).hasWarning('/Test/Response', Match.stringLikeRegexp('^\\[IntegrationResponseNotReturned\\]'));
  });

  test('payload format 2.0, a subtype and a bad passthrough behavior are errors on a WebSocket integration', () => {
    const { stack, api } = setup();
    httpIntegration(stack, api, 'Integration', { payloadFormatVersion: '2.0', integrationSubtype: 'SQS-SendMessage', passthroughBehavior: 'ALWAYS' });
    expect(codes(stack, '/Test/Integration')).toEqual(['HttpApiOnlySetting', 'PassthroughBehaviorNotSupported', 'PayloadFormatVersionNotSupported']);
  });

  test('a valid two-way HTTP route with a $default response is fine', () => {
    const { stack, api } = setup();
    const integration = httpIntegration(stack, api, 'Integration', {
      requestTemplates: { $default: '{"id": "$context.connectionId"}' },
      templateSelectionExpression: '\\$default',
      passthroughBehavior: 'NEVER',
      requestParameters: { 'integration.request.header.x-connection': 'context.connectionId' },
    });
    const r = route(stack, api, 'Send', 'send', integration, true);
    new apigwv2.CfnRouteResponse(stack, 'RouteResponse', { apiId: api.ref, routeId: r.ref, routeResponseKey: '$default' });
    new apigwv2.CfnIntegrationResponse(stack, 'Response', { apiId: api.ref, integrationId: integration.ref, integrationResponseKey: '/2\\d{2}/', templateSelectionExpression: '${integration.response.statuscode}' });
    new apigwv2.CfnIntegrationResponse(stack, 'CatchAll', { apiId: api.ref, integrationId: integration.ref, integrationResponseKey: '$default' });
    expect([...codes(stack, '/Test/Integration'), ...codes(stack, '/Test/Response'), ...codes(stack, '/Test/CatchAll')]).toEqual([]);
  });

  test('a two-way route on an HTTP integration without a $default response is a warning', () => {
    const { stack, api } = setup();
    const integration = httpIntegration(stack, api, 'Integration');
    route(stack, api, 'Send', 'send', integration, true);
    new apigwv2.CfnIntegrationResponse(stack, 'Response', { apiId: api.ref, integrationId: integration.ref, integrationResponseKey: '/4\\d{2}/' });
    Annotations.fromStack(stack).hasWarning('/Test/Integration', Match.stringLikeRegexp('^\\[IntegrationResponseMissing\\] .*"/4'));
  });
});
