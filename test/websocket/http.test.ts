import { Match } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { errorOf, synth, wsStack } from './support';
import { RequestValue, ResponseValue, WebSocketApiHttpIntegration, WebSocketApiIntegrationResponseKey } from '../../src';

describe('WebSocketApiHttpIntegration', () => {
  test('snapshot', () => {
    const { stack, api } = wsStack();
    api.addRoute('send', { integration: new WebSocketApiHttpIntegration('Integration', 'https://example.com/messages') });
    expect(synth(stack).toJSON()).toMatchSnapshot();
  });

  test('is an HTTP integration called with POST by default', () => {
    const { stack, api } = wsStack();
    api.addRoute('send', { integration: new WebSocketApiHttpIntegration('Integration', 'https://example.com/messages') });
    synth(stack).hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationType: 'HTTP', IntegrationMethod: 'POST', IntegrationUri: 'https://example.com/messages' });
  });

  test('proxy: HTTP_PROXY with the method given', () => {
    const { stack, api } = wsStack();
    api.addRoute('send', { integration: new WebSocketApiHttpIntegration('Integration', 'https://example.com/messages', { proxy: true, method: apigwv2.HttpMethod.PUT }) });
    synth(stack).hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationType: 'HTTP_PROXY', IntegrationMethod: 'PUT' });
  });

  test('a private integration goes through a REST API (v1) VPC link to an NLB', () => {
    const { stack, api } = wsStack();
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0 });
    const nlb = new elbv2.NetworkLoadBalancer(stack, 'Nlb', { vpc });
    const link = new apigw.VpcLink(stack, 'Link', { targets: [nlb] });
    api.addRoute('send', { integration: new WebSocketApiHttpIntegration('Integration', `http://${nlb.loadBalancerDnsName}/messages`, { vpcLink: link }) });
    synth(stack).hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      ConnectionType: 'VPC_LINK', ConnectionId: { Ref: stack.getLogicalId(link.node.defaultChild as apigw.CfnVpcLink) },
    });
  });

  test('request parameters render in WebSocket syntax; $connect takes header sources', () => {
    const { stack, api } = wsStack();
    api.addRoute('$connect', {
      integration: new WebSocketApiHttpIntegration('Integration', 'https://example.com/connect', {
        requestParameters: {
          headers: { 'x-token': RequestValue.header('token'), 'x-connection': RequestValue.context('connectionId') },
          querystrings: { env: RequestValue.stageVariable('env'), tenant: RequestValue.literal('acme') },
        },
      }),
    });
    const t = synth(stack);
    t.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$connect', RequestParameters: { 'route.request.header.token': { Required: false } } });
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      RequestParameters: {
        'integration.request.header.x-token': 'route.request.header.token',
        'integration.request.header.x-connection': 'context.connectionId',
        'integration.request.querystring.env': 'stageVariables.env',
        'integration.request.querystring.tenant': '\'acme\'',
      },
    });
  });

  test('a two-way HTTP route shows its templates in the IntegrationResponse and RouteResponse', () => {
    const { stack, api } = wsStack();
    api.addRoute('order', {
      integration: new WebSocketApiHttpIntegration('Integration', 'https://example.com/orders', {
        requestTemplates: { order: '{"id": $input.json(\'$.id\')}' },
        templateSelectionExpression: '${request.body.action}',
        responses: [
          { key: WebSocketApiIntegrationResponseKey.DEFAULT, responseTemplates: { $default: '{"ok": true, "order": $input.body}' } },
          { key: WebSocketApiIntegrationResponseKey.CLIENT_ERROR, responseTemplates: { $default: '{"ok": false}' }, templateSelectionExpression: '${integration.response.statuscode}', responseParameters: { 'x-request': ResponseValue.header('x-request-id') } },
        ],
      }),
      returnResponse: true,
    });
    const t = synth(stack);
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', { RequestTemplates: { order: '{"id": $input.json(\'$.id\')}' }, TemplateSelectionExpression: '${request.body.action}' });
    t.hasResourceProperties('AWS::ApiGatewayV2::IntegrationResponse', { IntegrationResponseKey: '$default', ResponseTemplates: { $default: '{"ok": true, "order": $input.body}' } });
    t.hasResourceProperties('AWS::ApiGatewayV2::IntegrationResponse', {
      IntegrationResponseKey: '/4\\d{2}/',
      TemplateSelectionExpression: '${integration.response.statuscode}',
      ResponseParameters: { 'method.response.header.x-request': 'integration.response.header.x-request-id' },
    });
    t.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'order', RouteResponseSelectionExpression: '$default' });
    t.hasResourceProperties('AWS::ApiGatewayV2::RouteResponse', { RouteResponseKey: '$default', RouteId: Match.anyValue() });
  });

  test('bind() returns aws-cdk-lib\'s configuration, HTTP type included', () => {
    const { api } = wsStack();
    const integration = new WebSocketApiHttpIntegration('Integration', 'https://example.com/messages', { method: apigwv2.HttpMethod.GET });
    const route = api.addRoute('send', { integration });
    expect(integration.bind({ route, scope: route })).toMatchObject({ type: 'HTTP', uri: 'https://example.com/messages', method: 'GET' });
  });

  test('fails when the URL is not http(s), naming the route', () => {
    const { api } = wsStack();
    expect(errorOf(() => api.addRoute('send', { integration: new WebSocketApiHttpIntegration('Integration', 'ftp://example.com') }))).toMatch(/^\[Test\/Ws\/send-Route\] WebSocketApiHttpIntegration: .*IntegrationUriNotHttpUrl/s);
  });

  test('fails when a response key is a bare status code and a template selection expression reads a header', () => {
    const { api } = wsStack();
    expect(errorOf(() => api.addRoute('send', {
      integration: new WebSocketApiHttpIntegration('Integration', 'https://example.com', {
        templateSelectionExpression: '${request.header.type}',
        responses: [{ key: WebSocketApiIntegrationResponseKey.of('404') }],
      }),
    }))).toMatch(/2 problems\n- TemplateSelectionExpressionNotSupported: .*\n- IntegrationResponseKeyInvalid: .*"\/404\/"/);
  });

  test('fails when a request template is over 300 KB', () => {
    const { api } = wsStack();
    expect(errorOf(() => api.addRoute('send', { integration: new WebSocketApiHttpIntegration('Integration', 'https://example.com', { requestTemplates: { $default: 'x'.repeat(310_000) } }) })))
      .toMatch(/MappingTemplateTooLarge/);
  });

  test('fails when a path parameter is mapped (WebSocket routes have none)', () => {
    const { api } = wsStack();
    expect(errorOf(() => api.addRoute('send', { integration: new WebSocketApiHttpIntegration('Integration', 'https://example.com', { requestParameters: { headers: { id: RequestValue.path('id') } } }) })))
      .toMatch(/\[Test\/Ws\/send-Route\] .*RequestParameterNotSupported: .*no path parameters/s);
  });

  test('fails when a response header maps a request value', () => {
    const { api } = wsStack();
    expect(errorOf(() => api.addRoute('send', { integration: new WebSocketApiHttpIntegration('Integration', 'https://example.com', { responses: [{ responseParameters: { x: ResponseValue.context('requestId') } }] }) })))
      .toMatch(/ResponseParameterNotSupported/);
  });
});
