import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { errorOf, synth, wsStack } from './support';
import { WebSocketApiIntegrationResponseKey, WebSocketApiMockIntegration } from '../../src';

describe('WebSocketApiMockIntegration', () => {
  test('snapshot', () => {
    const { stack, api } = wsStack();
    api.addRoute('ping', { integration: new WebSocketApiMockIntegration('Integration'), returnResponse: true });
    expect(synth(stack).toJSON()).toMatchSnapshot();
  });

  test('defaults: a $default request template with status 200 and a $default integration response', () => {
    const { stack, api } = wsStack();
    api.addRoute('ping', { integration: new WebSocketApiMockIntegration('Integration'), returnResponse: true });
    const t = synth(stack);
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationType: 'MOCK', RequestTemplates: { $default: '{"statusCode": 200}' }, TemplateSelectionExpression: '\\$default' });
    t.resourceCountIs('AWS::ApiGatewayV2::IntegrationResponse', 1);
    t.hasResourceProperties('AWS::ApiGatewayV2::IntegrationResponse', { IntegrationResponseKey: '$default' });
  });

  test('a two-way MOCK route shows its templates in the IntegrationResponse and RouteResponse', () => {
    const { stack, api } = wsStack();
    api.addRoute('ping', {
      integration: new WebSocketApiMockIntegration('Integration', {
        responses: [{ key: WebSocketApiIntegrationResponseKey.statusCode(200), responseTemplates: { $default: '{"pong": "$context.connectionId"}' } }],
      }),
      returnResponse: true,
    });
    const t = synth(stack);
    t.hasResourceProperties('AWS::ApiGatewayV2::IntegrationResponse', { IntegrationResponseKey: '/200/', ResponseTemplates: { $default: '{"pong": "$context.connectionId"}' } });
    t.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'ping', RouteResponseSelectionExpression: '$default' });
    t.resourceCountIs('AWS::ApiGatewayV2::RouteResponse', 1);
  });

  test('works on defaultRouteOptions ($default), where aws-cdk-lib\'s WebSocketMockIntegration("Default") fails with a duplicate logical id', () => {
    const { stack } = wsStack();
    new apigwv2.WebSocketApi(stack, 'Other', { defaultRouteOptions: { integration: new WebSocketApiMockIntegration('Integration'), returnResponse: true } });
    const t = synth(stack);
    t.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$default' });
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationType: 'MOCK' });
  });

  test('templates given replace the default, without a selection expression', () => {
    const { stack, api } = wsStack();
    api.addRoute('ping', { integration: new WebSocketApiMockIntegration('Integration', { requestTemplates: { ping: '{"statusCode": 200}' }, templateSelectionExpression: '${request.body.action}' }), returnResponse: true });
    synth(stack).hasResourceProperties('AWS::ApiGatewayV2::Integration', { RequestTemplates: { ping: '{"statusCode": 200}' }, TemplateSelectionExpression: '${request.body.action}' });
  });

  test('warns when the route is one-way', () => {
    const { stack, api } = wsStack();
    api.addRoute('ping', { integration: new WebSocketApiMockIntegration('Integration') });
    Annotations.fromStack(stack).hasWarning('/Test/Ws/ping-Route', Match.stringLikeRegexp('^\\[IntegrationResponseNotReturned\\]'));
  });

  test('fails when a response content handling strategy is not one of the enum values', () => {
    const { api } = wsStack();
    expect(errorOf(() => api.addRoute('ping', { integration: new WebSocketApiMockIntegration('Integration', { responses: [{ contentHandling: 'CONVERT' as apigwv2.ContentHandling }] }) })))
      .toMatch(/\[Test\/Ws\/ping-Route\] WebSocketApiMockIntegration: .*ContentHandlingNotSupported/s);
  });

  test('fails when the passthrough behavior is not one of the enum values', () => {
    const { api } = wsStack();
    expect(errorOf(() => api.addRoute('ping', { integration: new WebSocketApiMockIntegration('Integration', { passthroughBehavior: 'ALWAYS' as apigwv2.PassthroughBehavior }) })))
      .toMatch(/PassthroughBehaviorNotSupported/);
  });
});
