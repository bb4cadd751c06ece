import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { errorOf, synth, warningOf, wsStack } from './support';
import { ResponseValue, WebSocketApiIntegrationResponse, WebSocketApiIntegrationResponseKey } from '../../src';

describe('WebSocketApiIntegrationResponse', () => {
  function integration(api: apigwv2.WebSocketApi, type = 'HTTP'): apigwv2.CfnIntegration {
    return new apigwv2.CfnIntegration(api, 'Integration', { apiId: api.apiId, integrationType: type, integrationMethod: 'GET', integrationUri: 'https://example.com' });
  }

  test('snapshot', () => {
    const { stack, api } = wsStack();
    new WebSocketApiIntegrationResponse(stack, 'Response', { webSocketApi: api, integrationId: integration(api).ref });
    expect(synth(stack).toJSON()).toMatchSnapshot();
  });

  test('renders key, templates, selection expression, parameters and content handling', () => {
    const { stack, api } = wsStack();
    const r = new WebSocketApiIntegrationResponse(stack, 'Response', {
      webSocketApi: api,
      integrationId: integration(api).ref,
      key: WebSocketApiIntegrationResponseKey.SERVER_ERROR,
      responseTemplates: { $default: '{"error": true}' },
      templateSelectionExpression: '${integration.response.statuscode}',
      responseParameters: { 'x-id': ResponseValue.bodyPath('$.id'), 'x-static': ResponseValue.literal('v') },
      contentHandling: apigwv2.ContentHandling.CONVERT_TO_TEXT,
    });
    synth(stack).hasResourceProperties('AWS::ApiGatewayV2::IntegrationResponse', {
      IntegrationResponseKey: '/5\\d{2}/',
      ResponseTemplates: { $default: '{"error": true}' },
      TemplateSelectionExpression: '${integration.response.statuscode}',
      ResponseParameters: { 'method.response.header.x-id': 'integration.response.body.id', 'method.response.header.x-static': '\'v\'' },
      ContentHandlingStrategy: 'CONVERT_TO_TEXT',
    });
    expect(stack.resolve(r.integrationResponseId)).toEqual({ Ref: stack.getLogicalId(r.node.defaultChild as apigwv2.CfnIntegrationResponse) });
  });

  test('the key factories spell the service\'s keys', () => {
    expect([
      WebSocketApiIntegrationResponseKey.DEFAULT, WebSocketApiIntegrationResponseKey.CLIENT_ERROR, WebSocketApiIntegrationResponseKey.statusCode(404),
      WebSocketApiIntegrationResponseKey.statusPattern('2\\d{2}'), WebSocketApiIntegrationResponseKey.errorPattern('.*Error.*'), WebSocketApiIntegrationResponseKey.of('$default'),
    ].map(k => k.key)).toEqual(['$default', '/4\\d{2}/', '/404/', '/2\\d{2}/', '/.*Error.*/', '$default']);
  });

  test('warns when the integration is a proxy (the response is never used), naming the construct', () => {
    const { stack, api } = wsStack();
    expect(warningOf(() => new WebSocketApiIntegrationResponse(stack, 'Response', { webSocketApi: api, integrationId: integration(api, 'HTTP_PROXY').ref })))
      .toMatch(/\/Test\/Response: \[IntegrationResponseOnProxy\]/);
  });

  test('fails when the key is not $default or slash-wrapped', () => {
    const { stack, api } = wsStack();
    expect(errorOf(() => new WebSocketApiIntegrationResponse(stack, 'Response', { webSocketApi: api, integrationId: integration(api).ref, key: WebSocketApiIntegrationResponseKey.of('4xx') })))
      .toMatch(/IntegrationResponseKeyInvalid/);
  });

  test('an integration id that cannot be followed is not judged on its type', () => {
    const { stack, api } = wsStack();
    new WebSocketApiIntegrationResponse(stack, 'Response', { webSocketApi: api, integrationId: 'abc123' });
    synth(stack).resourceCountIs('AWS::ApiGatewayV2::IntegrationResponse', 1);
  });
});
