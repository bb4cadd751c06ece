import { Duration } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { errorOf, fn, invokePolicies, restStack, synth } from './support';
import { BackendCredentials, RequestValue, ResponseValue, RestApiLambdaIntegration, RestApiResponseTransferMode } from '../../src';

test('snapshot: a Lambda proxy integration', () => {
  const { stack, api } = restStack();
  api.root.addMethod('GET', new RestApiLambdaIntegration(fn(stack)));
  expect(synth(stack).toJSON()).toMatchSnapshot();
});

test('proxy by default, always POST, to the function\'s invocation ARN', () => {
  const { stack, api } = restStack();
  api.root.addMethod('GET', new RestApiLambdaIntegration(fn(stack)));
  synth(stack).hasResourceProperties('AWS::ApiGateway::Method', {
    HttpMethod: 'GET',
    Integration: {
      Type: 'AWS_PROXY',
      IntegrationHttpMethod: 'POST',
      Uri: { 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp(':lambda:path/2015-03-31/functions/$'), '/invocations'])] },
    },
  });
});

test('one Lambda permission per (function, API), scoped to the API, covering every method and test-invoke', () => {
  const { stack, api } = restStack();
  const handler = fn(stack);
  const integration = new RestApiLambdaIntegration(handler);
  api.root.addMethod('GET', integration);
  api.root.addResource('a').addMethod('POST', new RestApiLambdaIntegration(handler));
  const t = synth(stack);
  t.resourceCountIs('AWS::Lambda::Permission', 1);
  const [permission] = Object.values(t.findResources('AWS::Lambda::Permission')) as any[];
  expect(JSON.stringify(permission.Properties.SourceArn)).toContain('/*/*/*');
  expect(permission.Properties.Principal).toBe('apigateway.amazonaws.com');
});

test('two APIs get one permission each', () => {
  const { stack, api } = restStack();
  const other = new apigw.RestApi(stack, 'Other', { deploy: false });
  const handler = fn(stack);
  api.root.addMethod('GET', new RestApiLambdaIntegration(handler));
  other.root.addMethod('GET', new RestApiLambdaIntegration(handler));
  synth(stack).resourceCountIs('AWS::Lambda::Permission', 2);
});

test('scopePermissionToMethod: two permissions per method (method ARN and test-invoke)', () => {
  const { stack, api } = restStack();
  const handler = fn(stack);
  api.root.addMethod('GET', new RestApiLambdaIntegration(handler, { scopePermissionToMethod: true }));
  api.root.addMethod('POST', new RestApiLambdaIntegration(handler, { scopePermissionToMethod: true }));
  const t = synth(stack);
  t.resourceCountIs('AWS::Lambda::Permission', 4);
  expect(JSON.stringify(t.findResources('AWS::Lambda::Permission'))).toContain('test-invoke-stage');
});

test('credentials: a created role granted lambda:InvokeFunction, and no function permission', () => {
  const { stack, api } = restStack();
  api.root.addMethod('GET', new RestApiLambdaIntegration(fn(stack), { credentials: BackendCredentials.createRole() }));
  const t = synth(stack);
  t.resourceCountIs('AWS::Lambda::Permission', 0);
  expect(invokePolicies(t)).toEqual([expect.objectContaining({ Statement: expect.arrayContaining([expect.objectContaining({ Action: 'lambda:InvokeFunction' })]) })]);
  t.hasResourceProperties('AWS::ApiGateway::Method', { Integration: { Credentials: { 'Fn::GetAtt': Match.arrayWith([Match.stringLikeRegexp('CredentialsRole')]) } } });
});

test('response streaming uses the streaming invocation and allows 15 minutes', () => {
  const { stack, api } = restStack();
  api.root.addMethod('GET', new RestApiLambdaIntegration(fn(stack), { responseTransferMode: RestApiResponseTransferMode.STREAM, timeout: Duration.minutes(15) }));
  const t = synth(stack);
  t.hasResourceProperties('AWS::ApiGateway::Method', { Integration: { ResponseTransferMode: 'STREAM', TimeoutInMillis: 900000 } });
  expect(JSON.stringify(t.toJSON())).toContain('2021-11-15/functions/');
  expect(JSON.stringify(t.toJSON())).toContain('/response-streaming-invocations');
});

test('custom integration: templates, integration responses, and derived method responses', () => {
  const { stack, api } = restStack();
  api.root.addResource('{id}').addMethod('POST', new RestApiLambdaIntegration(fn(stack), {
    proxy: false,
    requestParameters: { headers: { 'X-Id': RequestValue.path('id') } },
    requestTemplates: { 'application/json': '{"id": "$input.params(\'id\')"}' },
    passthroughBehavior: apigw.PassthroughBehavior.NEVER,
    integrationResponses: [
      { statusCode: 200, responseHeaders: { 'X-Request': ResponseValue.context('requestId') } },
      { statusCode: 400, selectionPattern: '.*Invalid.*', responseTemplates: { 'application/json': '{"error": "invalid"}' } },
    ],
  }));
  synth(stack).hasResourceProperties('AWS::ApiGateway::Method', {
    RequestParameters: { 'method.request.path.id': true },
    Integration: {
      Type: 'AWS',
      PassthroughBehavior: 'NEVER',
      RequestParameters: { 'integration.request.header.X-Id': 'method.request.path.id' },
      IntegrationResponses: [
        { StatusCode: '200', ResponseParameters: { 'method.response.header.X-Request': 'context.requestId' } },
        { StatusCode: '400', SelectionPattern: '.*Invalid.*' },
      ],
    },
    MethodResponses: [
      { StatusCode: '200', ResponseParameters: { 'method.response.header.X-Request': false } },
      { StatusCode: '400' },
    ],
  });
});

test('custom integration defaults to one 200 integration response', () => {
  const { stack, api } = restStack();
  api.root.addMethod('POST', new RestApiLambdaIntegration(fn(stack), { proxy: false }));
  synth(stack).hasResourceProperties('AWS::ApiGateway::Method', { Integration: { IntegrationResponses: [{ StatusCode: '200' }] }, MethodResponses: [{ StatusCode: '200' }] });
});

test('method responses the user declared are kept', () => {
  const { stack, api } = restStack();
  api.root.addMethod('POST', new RestApiLambdaIntegration(fn(stack), { proxy: false }), {
    methodResponses: [{ statusCode: '200', responseModels: { 'application/json': apigw.Model.EMPTY_MODEL } }],
  });
  synth(stack).hasResourceProperties('AWS::ApiGateway::Method', { MethodResponses: [{ StatusCode: '200', ResponseModels: { 'application/json': 'Empty' } }] });
});

test('fails when the timeout is below 50 ms, naming the method\'s path and the rule', () => {
  const { stack, api } = restStack();
  const msg = errorOf(() => api.root.addResource('slow').addMethod('GET', new RestApiLambdaIntegration(fn(stack), { timeout: Duration.millis(10) })));
  expect(msg).toMatch(/^\[Test\/Api\/Default\/slow\/GET\] RestApiLambdaIntegration: 1 problem\n- TimeoutOutOfRange: .*got 10 ms/);
});

test('fails when STREAM is used with a custom integration', () => {
  const { stack, api } = restStack();
  const msg = errorOf(() => api.root.addMethod('GET', new RestApiLambdaIntegration(fn(stack), { proxy: false, responseTransferMode: RestApiResponseTransferMode.STREAM })));
  expect(msg).toContain('[Test/Api/Default/GET] RestApiLambdaIntegration');
  expect(msg).toContain('- ResponseTransferModeNotSupported:');
});

test('fails when an integration response status code is not [1-5]\\d\\d, and reports every problem at once', () => {
  const { stack, api } = restStack();
  const msg = errorOf(() => api.root.addMethod('GET', new RestApiLambdaIntegration(fn(stack), {
    proxy: false,
    integrationResponses: [{ statusCode: 2000, selectionPattern: '(' }],
    requestTemplates: { json: '{}' },
  })));
  expect(msg).toContain('RestApiLambdaIntegration: 3 problems');
  expect(msg).toContain('- StatusCodeInvalid:');
  expect(msg).toContain('- SelectionPatternInvalid:');
  expect(msg).toContain('- TemplateContentTypeInvalid:');
});

test('warns when a proxy integration is given integration responses', () => {
  const { stack, api } = restStack();
  api.root.addMethod('GET', new RestApiLambdaIntegration(fn(stack), { integrationResponses: [{ statusCode: 200 }] }));
  Annotations.fromStack(stack).hasWarning('/Test/Api/Default/GET', Match.stringLikeRegexp('ProxyResponseMappingIgnored'));
});

test('fails at synth when the method declares request parameters but not the one the integration maps', () => {
  const { stack, api } = restStack();
  api.root.addResource('{id}').addMethod('GET', new RestApiLambdaIntegration(fn(stack), {
    requestParameters: { headers: { 'X-Id': RequestValue.path('id') }, querystrings: { q: RequestValue.querystring('q') } },
  }), { requestParameters: { 'method.request.path.id': true } });
  const msg = errorOf(() => synth(stack));
  expect(msg).toContain('[Test/Api/Default/{id}/GET] RestApiLambdaIntegration: 1 problem');
  expect(msg).toContain('- MethodRequestParameterUndeclared: ');
  expect(msg).toContain('"method.request.querystring.q"');
});

test('fails at synth when a declared method response lacks a header the integration response sets', () => {
  const { stack, api } = restStack();
  api.root.addMethod('GET', new RestApiLambdaIntegration(fn(stack), {
    proxy: false,
    integrationResponses: [{ statusCode: 200, responseHeaders: { 'Access-Control-Allow-Origin': ResponseValue.literal('*') } }],
  }), { methodResponses: [{ statusCode: '200' }] });
  const msg = errorOf(() => synth(stack));
  expect(msg).toContain('[Test/Api/Default/GET] RestApiLambdaIntegration');
  expect(msg).toContain('- ResponseParameterUndeclared: ');
});

test('fails at synth when a cache key is not declared on a method that declares its own parameters', () => {
  const { stack, api } = restStack();
  api.root.addMethod('GET', new RestApiLambdaIntegration(fn(stack), { cacheKeyParameters: [RequestValue.querystring('page')] }), {
    requestParameters: { 'method.request.header.Authorization': true },
  });
  expect(errorOf(() => synth(stack))).toContain('- CacheKeyParameterInvalid: ');
});

test('cache keys are declared automatically when the method declares no parameters', () => {
  const { stack, api } = restStack();
  api.root.addMethod('GET', new RestApiLambdaIntegration(fn(stack), { cacheKeyParameters: [RequestValue.querystring('page')], cacheNamespace: 'pages' }));
  synth(stack).hasResourceProperties('AWS::ApiGateway::Method', {
    RequestParameters: { 'method.request.querystring.page': false },
    Integration: { CacheKeyParameters: ['method.request.querystring.page'], CacheNamespace: 'pages' },
  });
});

test('300 methods on one function: under 500 resources, exactly one Lambda permission', () => {
  const { stack, api } = restStack();
  const handler = fn(stack);
  for (let i = 0; i < 75; i++) {
    const r = api.root.addResource(`r${i}`);
    for (const verb of ['GET', 'POST', 'PUT', 'DELETE']) r.addMethod(verb, new RestApiLambdaIntegration(handler));
  }
  const t = synth(stack);
  t.resourceCountIs('AWS::ApiGateway::Method', 300);
  t.resourceCountIs('AWS::Lambda::Permission', 1);
  expect(Object.keys(t.toJSON().Resources).length).toBeLessThan(500);
});

test('an integration shared by several methods is judged once, and every method still gets its warnings', () => {
  const { stack, api } = restStack();
  const shared = new RestApiLambdaIntegration(fn(stack), { timeout: Duration.seconds(60) });
  api.root.addResource('a').addMethod('GET', shared);
  api.root.addResource('b').addMethod('GET', shared);
  const annotations = Annotations.fromStack(stack);
  annotations.hasWarning('/Test/Api/Default/a/GET', Match.stringLikeRegexp('^\\[TimeoutAboveDefaultQuota\\]'));
  annotations.hasWarning('/Test/Api/Default/b/GET', Match.stringLikeRegexp('^\\[TimeoutAboveDefaultQuota\\]'));
});

test('an integration shared by two APIs is judged for each: edge-optimized refuses what Regional only warns about', () => {
  const { stack, api } = restStack();
  const edge = new apigw.RestApi(stack, 'Edge', { deploy: false, cloudWatchRole: false });
  const shared = new RestApiLambdaIntegration(fn(stack), { timeout: Duration.seconds(60) });
  api.root.addMethod('GET', shared);
  expect(errorOf(() => edge.root.addResource('slow').addMethod('GET', shared))).toMatch(/^\[Test\/Edge\/Default\/slow\/GET\] RestApiLambdaIntegration: 1 problem\n- TimeoutOutOfRange: edge-optimized/);
  edge.root.addMethod('GET', new RestApiLambdaIntegration(fn(stack, 'Fast')));
  Annotations.fromStack(stack).hasWarning('/Test/Api/Default/GET', Match.stringLikeRegexp('^\\[TimeoutAboveDefaultQuota\\]'));
});

test('an integration shared by several methods is completed and cross-checked per method', () => {
  const { stack, api } = restStack();
  const shared = new RestApiLambdaIntegration(fn(stack), {
    proxy: false,
    integrationResponses: [{ statusCode: 200, responseHeaders: { 'X-Trace': ResponseValue.literal('on') } }],
  });
  api.root.addResource('a').addMethod('GET', shared);
  api.root.addResource('b').addMethod('GET', shared, { methodResponses: [{ statusCode: '200' }] });
  const msg = errorOf(() => synth(stack));
  expect(msg).toMatch(/^\[Test\/Api\/Default\/b\/GET\] RestApiLambdaIntegration: 1 problem\n- ResponseParameterUndeclared: /);
  expect(msg).not.toContain('Default/a/GET');
});

test('two integrations that differ only in a token are judged apart', () => {
  const { stack, api } = restStack();
  const ok = new RestApiLambdaIntegration(fn(stack, 'Ok'));
  api.root.addResource('ok').addMethod('GET', ok);
  expect(errorOf(() => api.root.addResource('slow').addMethod('GET', new RestApiLambdaIntegration(fn(stack, 'Slow'), { timeout: Duration.millis(10) }))))
    .toMatch(/\[Test\/Api\/Default\/slow\/GET\] RestApiLambdaIntegration: 1 problem\n- TimeoutOutOfRange/);
});
