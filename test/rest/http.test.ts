import { Aspects } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { errorOf, restStack, synth, warningAnnotations } from './support';
import { IntegrationChecks, RequestValue, RestApiConnection, RestApiHttpIntegration } from '../../src';

test('snapshot: an HTTP proxy integration', () => {
  const { stack, api } = restStack();
  api.root.addMethod('GET', new RestApiHttpIntegration('https://example.com/'));
  expect(synth(stack).toJSON()).toMatchSnapshot();
});

test('HTTP_PROXY by default, calling the back end with the method\'s own verb', () => {
  const { stack, api } = restStack();
  api.root.addMethod('POST', new RestApiHttpIntegration('https://example.com/'));
  synth(stack).hasResourceProperties('AWS::ApiGateway::Method', { Integration: { Type: 'HTTP_PROXY', IntegrationHttpMethod: 'POST', Uri: 'https://example.com/' } });
});

test('path placeholders are mapped, and the method parameter is declared automatically', () => {
  const { stack, api } = restStack();
  api.root.addResource('{id}').addMethod('GET', new RestApiHttpIntegration('https://example.com/items/{id}', {
    proxy: false, httpMethod: apigwv2.HttpMethod.GET, requestParameters: { paths: { id: RequestValue.path('id') }, headers: { 'X-Api': RequestValue.literal('v1') } },
  }));
  synth(stack).hasResourceProperties('AWS::ApiGateway::Method', {
    RequestParameters: { 'method.request.path.id': true },
    Integration: { Type: 'HTTP', RequestParameters: { 'integration.request.path.id': 'method.request.path.id', 'integration.request.header.X-Api': "'v1'" } },
  });
});

test('VPC link v1: VPC_LINK with the link id', () => {
  const { stack, api } = restStack();
  const link = apigw.VpcLink.fromVpcLinkId(stack, 'Link', 'abc123');
  api.root.addMethod('GET', new RestApiHttpIntegration('http://nlb.internal', { connection: RestApiConnection.vpcLink(link) }));
  synth(stack).hasResourceProperties('AWS::ApiGateway::Method', { Integration: { ConnectionType: 'VPC_LINK', ConnectionId: 'abc123', IntegrationTarget: Match.absent() } });
});

test('VPC link v2: VPC_LINK with the link id and the load balancer as integration target', () => {
  const { stack, api } = restStack();
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
  const alb = new elbv2.ApplicationLoadBalancer(stack, 'Alb', { vpc });
  const link = new apigwv2.VpcLink(stack, 'Link', { vpc, subnets: { subnetType: ec2.SubnetType.PUBLIC } });
  api.root.addMethod('GET', new RestApiHttpIntegration('http://alb.internal', { connection: RestApiConnection.vpcLinkV2(link, alb) }));
  Aspects.of(stack).add(new IntegrationChecks());
  const t = synth(stack);
  t.hasResourceProperties('AWS::ApiGateway::Method', {
    Integration: { ConnectionType: 'VPC_LINK', ConnectionId: { Ref: Match.stringLikeRegexp('Link') }, IntegrationTarget: { Ref: Match.stringLikeRegexp('Alb') } },
  });
  Annotations.fromStack(stack).hasNoError('*', Match.anyValue());
});

test('a VPC link named by a stage variable', () => {
  const { stack, api } = restStack();
  api.root.addMethod('GET', new RestApiHttpIntegration('https://${stageVariables.host}/', { connection: RestApiConnection.stageVariable('vpcLinkId') }));
  synth(stack).hasResourceProperties('AWS::ApiGateway::Method', { Integration: { ConnectionType: 'VPC_LINK', ConnectionId: '${stageVariables.vpcLinkId}' } });
});

test('fails when the URL is not an absolute http(s) URL', () => {
  const { api } = restStack();
  const msg = errorOf(() => api.root.addMethod('GET', new RestApiHttpIntegration('example.com/x')));
  expect(msg).toMatch(/^\[Test\/Api\/Default\/GET\] RestApiHttpIntegration: 1 problem\n- IntegrationUriNotHttpUrl:/);
});

test('warns when the port is one API Gateway does not support (no refusal is recorded)', () => {
  const { stack, api } = restStack();
  api.root.addMethod('GET', new RestApiHttpIntegration('https://example.com:8/'));
  expect(errorOf(() => synth(stack))).toBe('no error');
  expect(warningAnnotations(stack).join('\n')).toMatch(/^\[IntegrationPortNotSupported\] .*got port 8;/m);
});

test('warns when a URL placeholder is not mapped (the back end gets the literal "{id}")', () => {
  const { stack, api } = restStack();
  api.root.addResource('{id}').addMethod('GET', new RestApiHttpIntegration('https://example.com/items/{id}'));
  expect(errorOf(() => synth(stack))).toBe('no error');
  expect(warningAnnotations(stack).join('\n')).toMatch(/^\[UriPlaceholderNotMapped\] .*"\{id\}"/m);
});

test('fails when a request parameter literal is a partial stage variable', () => {
  const { api } = restStack();
  const msg = errorOf(() => api.root.addMethod('GET', new RestApiHttpIntegration('https://example.com/', { requestParameters: { headers: { 'X-Env': RequestValue.stageVariable('env-name') } } })));
  expect(msg).toContain('- RequestParameterSourceInvalid:');
});

describe('tlsConfig, which CloudFormation cannot set', () => {
  test('skipping verification patches the method with UpdateIntegration and warns', () => {
    const { stack, api } = restStack();
    api.root.addResource('legacy').addMethod('GET', new RestApiHttpIntegration('https://legacy.example.com/', { tlsConfig: { insecureSkipVerification: true } }));
    const template = synth(stack);
    template.resourceCountIs('Custom::ApiGatewayIntegrationPatch', 1);
    const [patch] = Object.values(template.findResources('Custom::ApiGatewayIntegrationPatch')) as Array<{ Properties: { Apply: unknown } }>;
    expect(JSON.stringify(stack.resolve(patch.Properties.Apply))).toContain('/tlsConfig/insecureSkipVerification');
    Annotations.fromStack(stack).hasWarning('/Test/Api/Default/legacy/GET/TlsConfig', Match.stringLikeRegexp('^\\[TlsVerificationSkipped\\]'));
  });

  test('no patch when verification is kept (the default)', () => {
    const { stack, api } = restStack();
    api.root.addMethod('GET', new RestApiHttpIntegration('https://example.com/', { tlsConfig: { insecureSkipVerification: false } }));
    synth(stack).resourceCountIs('Custom::ApiGatewayIntegrationPatch', 0);
  });
});
