import { Duration } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { errorOf, fn, restStack, synth } from './support';
import { RequestValue, RestApiConnection, RestApiHttpIntegration, RestApiLambdaIntegration, RestApiMockIntegration } from '../../src';
import { testStack } from '../support/common';

/**
 * End-to-end: the rules a typed class can still meet, each failing through a class with the
 * method's construct path (at bind, or at synth for the method cross-checks).
 */
describe('fails through the typed classes, naming the method\'s path and the rule', () => {
  test.each<[string, (api: apigw.RestApi) => void]>([
    ['RequestParameterKeyInvalid', api => api.root.addMethod('GET', new RestApiHttpIntegration('https://example.com/', { requestParameters: { headers: { 'Bad Name': RequestValue.literal('x') } } }))],
    ['CacheKeyParameterInvalid', api => api.root.addMethod('GET', new RestApiHttpIntegration('https://example.com/', { cacheKeyParameters: [RequestValue.querystring('q'), RequestValue.querystring('q')] }))],
    ['TemplateTooLarge', api => api.root.addMethod('GET', new RestApiMockIntegration({ requestTemplates: { 'application/json': `{"statusCode": 200}${' '.repeat(310_000)}` } }))],
    ['TimeoutOutOfRange', api => api.root.addMethod('GET', new RestApiHttpIntegration('https://example.com/', { timeout: Duration.millis(10) }))],
    ['IntegrationUriNotHttpUrl', api => api.root.addMethod('GET', new RestApiHttpIntegration('https://example.com/a b'))],
    ['RequestParameterSourceInvalid', api => api.root.addMethod('GET', new RestApiHttpIntegration('https://example.com/', { requestParameters: { headers: { X: RequestValue.wholePath() } } }))],
  ])('%s at bind', (code, build) => {
    const { api } = restStack();
    const msg = errorOf(() => build(api));
    expect(msg).toMatch(new RegExp('^\\[Test/Api/Default/GET\\] Rest\\w+Integration: \\d+ problems?\\n'));
    expect(msg).toContain(`- ${code}: `);
  });

  test.each<[string, apigw.MethodOptions]>([
    ['MethodRequestParameterKeyInvalid', { requestParameters: { 'paths': true, 'method.request.querystring.q': true } }],
    ['MethodRequestParameterNameNotUnique', { requestParameters: { 'method.request.querystring.q': true, 'method.request.header.q': true } }],
    ['MethodResponseParameterInvalid', { requestParameters: { 'method.request.querystring.q': true }, methodResponses: [{ statusCode: '200', responseParameters: { 'method.response.body': true } }] }],
    ['StatusCodeInvalid', { requestParameters: { 'method.request.querystring.q': true }, methodResponses: [{ statusCode: '200' }, { statusCode: '2xx' }] }],
  ])('%s at synth, against the method\'s own declarations', (code, methodOptions) => {
    const { stack, api } = restStack();
    api.root.addMethod('GET', new RestApiMockIntegration({ requestParameters: { querystrings: { q: RequestValue.querystring('q') } } }), methodOptions);
    const msg = errorOf(() => synth(stack));
    expect(msg).toMatch(/^\[Test\/Api\/Default\/GET\] RestApiMockIntegration: \d+ problems?\n/);
    expect(msg).toContain(`- ${code}: `);
  });

  test('TimeoutAboveDefaultQuota is a warning on the method of a Regional API', () => {
    const { stack, api } = restStack();
    api.root.addMethod('GET', new RestApiLambdaIntegration(fn(stack), { timeout: Duration.seconds(60) }));
    Annotations.fromStack(stack).hasWarning('/Test/Api/Default/GET', Match.stringLikeRegexp('^\\[TimeoutAboveDefaultQuota\\]'));
  });

  test('an edge-optimized API refuses timeouts above 29 s at bind', () => {
    const stack = testStack();
    const edge = new apigw.RestApi(stack, 'Edge', { deploy: false, cloudWatchRole: false });
    expect(errorOf(() => edge.root.addMethod('GET', new RestApiLambdaIntegration(fn(stack), { timeout: Duration.seconds(60) })))).toContain('- TimeoutOutOfRange: edge-optimized');
  });
});

test('RestApiConnection.internet() is a public connection; a stage-variable v2 link carries its target', () => {
  const { stack, api } = restStack();
  api.root.addMethod('GET', new RestApiHttpIntegration('https://example.com/', { connection: RestApiConnection.internet() }));
  const target = { loadBalancerRef: { loadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/alb/50dc6c495c0c9188' } } as any;
  api.root.addMethod('POST', new RestApiHttpIntegration('https://example.com/', { connection: RestApiConnection.stageVariable('link', target) }));
  const t = synth(stack);
  t.hasResourceProperties('AWS::ApiGateway::Method', { HttpMethod: 'GET', Integration: { ConnectionType: Match.absent(), ConnectionId: Match.absent() } });
  t.hasResourceProperties('AWS::ApiGateway::Method', { HttpMethod: 'POST', Integration: { ConnectionType: 'VPC_LINK', ConnectionId: '${stageVariables.link}', IntegrationTarget: target.loadBalancerRef.loadBalancerArn } });
});

test('a misspelled path parameter is not declared for the user: the error names the path\'s own parameter', () => {
  const { stack, api } = restStack();
  api.root.addResource('items').addResource('{id}').addMethod('GET', new RestApiHttpIntegration('https://example.com/items/{id}', {
    requestParameters: { paths: { id: RequestValue.path('idd') } },
  }));
  const msg = errorOf(() => synth(stack));
  expect(msg).toMatch(/^\[Test\/Api\/Default\/items\/\{id\}\/GET\] RestApiHttpIntegration: 1 problem\n- MethodRequestParameterUndeclared: .*"method\.request\.path\.idd"; the resource path "\/items\/\{id\}" has no \{idd\}: map one of its own parameters \(\{id\}\)/);
});
