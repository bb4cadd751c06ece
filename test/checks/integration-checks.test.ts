import { App, Aspects, CfnParameter, Duration, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as integrations from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { IntegrationChecks } from '../../src';

function newStack(): Stack {
  const app = new App();
  const stack = new Stack(app, 'Test');
  Aspects.of(app).add(new IntegrationChecks());
  return stack;
}

function fn(stack: Stack, id = 'Fn'): lambda.Function {
  return new lambda.Function(stack, id, { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 })') });
}

/** Messages of every annotation the aspect made (its messages start with [RuleCode]). */
function ours(stack: Stack): Array<{ path: string; level: string; message: string }> {
  const a = Annotations.fromStack(stack);
  return [...a.findError('*', Match.anyValue()), ...a.findWarning('*', Match.anyValue()), ...a.findInfo('*', Match.anyValue())]
    .map(m => ({ path: m.id, level: m.entry.type, message: String(m.entry.data) }))
    .filter(m => /^\[[A-Z][A-Za-z]+\]/.test(m.message));
}

function restMethod(stack: Stack, integration: apigw.CfnMethod.IntegrationProperty): apigw.CfnMethod {
  const api = new apigw.CfnRestApi(stack, 'Api', { name: 'api' });
  return new apigw.CfnMethod(stack, 'Method', { restApiId: api.ref, resourceId: api.attrRootResourceId, httpMethod: 'GET', authorizationType: 'NONE', integration });
}

describe('IntegrationChecks on hand-written L1', () => {
  test('a CfnMethod with TimeoutInMillis 10 is an error naming the path and the rule', () => {
    const stack = newStack();
    restMethod(stack, { type: 'MOCK', timeoutInMillis: 10 });
    Annotations.fromStack(stack).hasError('/Test/Method', Match.stringLikeRegexp('^\\[TimeoutOutOfRange\\] .*got 10 ms'));
  });

  test('ConnectionType VPC_LINK without ConnectionId is an error', () => {
    const stack = newStack();
    restMethod(stack, { type: 'HTTP_PROXY', integrationHttpMethod: 'GET', uri: 'http://nlb.example.com', connectionType: 'VPC_LINK' });
    Annotations.fromStack(stack).hasError('/Test/Method', Match.stringLikeRegexp('^\\[VpcLinkWithoutConnectionId\\]'));
  });

  test('IntegrationType AWS on an HTTP API CfnIntegration is an error', () => {
    const stack = newStack();
    const api = new apigwv2.CfnApi(stack, 'HttpApi', { name: 'http', protocolType: 'HTTP' });
    new apigwv2.CfnIntegration(stack, 'Integration', {
      apiId: api.ref,
      integrationType: 'AWS',
      integrationMethod: 'POST',
      payloadFormatVersion: '1.0',
      integrationUri: 'arn:aws:apigateway:us-east-1:sqs:path/123456789012/q',
      credentialsArn: 'arn:aws:iam::123456789012:role/r',
    });
    Annotations.fromStack(stack).hasError('/Test/Integration', Match.stringLikeRegexp('^\\[IntegrationTypeNotSupported\\] .*got "AWS"'));
  });

  test('the same AWS integration on a WebSocket API is fine', () => {
    const stack = newStack();
    const api = new apigwv2.CfnApi(stack, 'WsApi', { name: 'ws', protocolType: 'WEBSOCKET', routeSelectionExpression: '$request.body.action' });
    new apigwv2.CfnIntegration(stack, 'Integration', {
      apiId: api.ref,
      integrationType: 'AWS',
      integrationMethod: 'POST',
      integrationUri: 'arn:aws:apigateway:us-east-1:sqs:path/123456789012/q',
      credentialsArn: 'arn:aws:iam::123456789012:role/r',
    });
    expect(ours(stack)).toEqual([]);
  });

  test('values put in with addPropertyOverride are judged as CloudFormation converts them', () => {
    const stack = newStack();
    const m = restMethod(stack, { type: 'MOCK' });
    m.addPropertyOverride('Integration.TimeoutInMillis', '10');
    Annotations.fromStack(stack).hasError('/Test/Method', Match.stringLikeRegexp('^\\[TimeoutOutOfRange\\]'));
  });

  test('an override can also remove the problem', () => {
    const stack = newStack();
    const m = restMethod(stack, { type: 'MOCK', timeoutInMillis: 10 });
    m.addPropertyOverride('Integration.TimeoutInMillis', 1000);
    expect(ours(stack)).toEqual([]);
  });

  test('every problem of one resource is reported', () => {
    const stack = newStack();
    restMethod(stack, { type: 'HTTP_PROXY', timeoutInMillis: 10, uri: 'ftp://x', connectionType: 'VPC_LINK' });
    const codes = ours(stack).map(m => /^\[(\w+)\]/.exec(m.message)![1]).sort();
    expect(codes).toEqual(['IntegrationMethodRequired', 'IntegrationUriNotHttpUrl', 'TimeoutOutOfRange', 'VpcLinkWithoutConnectionId']);
  });

  test('a method without an integration, and tokens anywhere, are not judged', () => {
    const stack = newStack();
    const api = new apigw.CfnRestApi(stack, 'Api', { name: 'api' });
    new apigw.CfnMethod(stack, 'NoIntegration', { restApiId: api.ref, resourceId: api.attrRootResourceId, httpMethod: 'GET' });
    const param = new CfnParameter(stack, 'Timeout', { type: 'Number' });
    new apigw.CfnMethod(stack, 'Tokens', {
      restApiId: api.ref,
      resourceId: api.attrRootResourceId,
      httpMethod: 'POST',
      integration: { type: 'HTTP', integrationHttpMethod: 'GET', uri: `https://${api.ref}.example.com/`, timeoutInMillis: param.valueAsNumber },
    });
    expect(ours(stack)).toEqual([]);
  });

  test('a stage-variable URI and connection id are accepted', () => {
    const stack = newStack();
    const m = restMethod(stack, { type: 'HTTP_PROXY', integrationHttpMethod: 'ANY', uri: 'https://${stageVariables.host}/{proxy}', connectionType: 'VPC_LINK', connectionId: '${stageVariables.vpcLinkId}', requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' } });
    m.addPropertyOverride('RequestParameters', { 'method.request.path.proxy': true });
    // accepted (no error); the method sits on the root resource, which has no {proxy}: only that is said
    expect(ours(stack).map(f => f.message.replace(/\].*/s, ']'))).toEqual(['[MethodPathParameterNotInPath]']);
  });

  test('REST timeouts above 29 s: an error on an edge-optimized API, a warning on a Regional one', () => {
    const stack = newStack();
    const edge = new apigw.RestApi(stack, 'Edge');
    edge.root.addMethod('GET', new apigw.MockIntegration({ timeout: Duration.seconds(60) }));
    const regional = new apigw.RestApi(stack, 'Regional', { endpointTypes: [apigw.EndpointType.REGIONAL] });
    regional.root.addMethod('GET', new apigw.MockIntegration({ timeout: Duration.seconds(60) }));
    const a = Annotations.fromStack(stack);
    a.hasError('/Test/Edge/Default/GET/Resource', Match.stringLikeRegexp('^\\[TimeoutOutOfRange\\] edge-optimized'));
    a.hasWarning('/Test/Regional/Default/GET/Resource', Match.stringLikeRegexp('^\\[TimeoutAboveDefaultQuota\\]'));
    a.hasNoError('/Test/Regional/Default/GET/Resource', Match.anyValue());
  });

  test('a v2 integration whose API cannot be resolved is judged only on what is wrong for both kinds', () => {
    const stack = newStack();
    new apigwv2.CfnIntegration(stack, 'Aws', { apiId: 'imported', integrationType: 'AWS', integrationMethod: 'POST', integrationUri: 'arn:aws:apigateway:us-east-1:sqs:path/1/q', credentialsArn: 'arn:aws:iam::123456789012:role/r' });
    new apigwv2.CfnIntegration(stack, 'Slow', { apiId: 'imported', integrationType: 'HTTP_PROXY', integrationMethod: 'ANY', integrationUri: 'https://example.com', timeoutInMillis: 30_001 });
    const found = ours(stack);
    expect(found.map(f => f.path)).toEqual(['/Test/Slow']);
  });
});

describe('IntegrationChecks on aws-cdk-lib\'s documented two-way MOCK route', () => {
  test('warns that nothing reaches the client without a $default integration response', () => {
    const stack = newStack();
    const ws = new apigwv2.WebSocketApi(stack, 'Ws');
    ws.addRoute('sendMessage', {
      integration: new integrations.WebSocketMockIntegration('DefaultIntegration', { requestTemplates: { 'application/json': '{"statusCode": 200}' }, templateSelectionExpression: '\\$default' }),
      returnResponse: true,
    });
    expect(ours(stack).map(m => m.message)).toEqual([expect.stringMatching(/^\[IntegrationResponseMissing\] .*got no integration response/)]);
  });
});

describe('IntegrationChecks on valid aws-cdk-lib apps', () => {
  test('aws-cdk-lib integrations with valid settings get no annotation from the aspect', () => {
    const stack = newStack();
    const handler = fn(stack);
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });

    const rest = new apigw.RestApi(stack, 'Rest');
    rest.root.addResource('lambda').addMethod('GET', new apigw.LambdaIntegration(handler));
    rest.root.addResource('custom').addMethod('POST', new apigw.LambdaIntegration(handler, { proxy: false, integrationResponses: [{ statusCode: '200' }] }), { methodResponses: [{ statusCode: '200' }] });
    rest.root.addResource('http').addResource('{id}').addMethod('GET', new apigw.HttpIntegration('https://example.com/items/{id}', {
      proxy: true, options: { requestParameters: { 'integration.request.path.id': 'method.request.path.id' } },
    }), { requestParameters: { 'method.request.path.id': true } });
    rest.root.addResource('mock').addMethod('GET', new apigw.MockIntegration({
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
      integrationResponses: [{ statusCode: '200', responseTemplates: { 'application/json': '{"ok": true}' } }],
    }), { methodResponses: [{ statusCode: '200' }] });
    rest.root.addResource('sqs').addMethod('POST', new apigw.AwsIntegration({
      service: 'sqs', path: '123456789012/queue', options: { credentialsRole: role, integrationResponses: [{ statusCode: '200' }] },
    }), { methodResponses: [{ statusCode: '200' }] });
    rest.root.addResource('slow').addMethod('GET', new apigw.LambdaIntegration(handler, { timeout: Duration.seconds(29) }));

    const http = new apigwv2.HttpApi(stack, 'Http');
    http.addRoutes({ path: '/lambda', methods: [apigwv2.HttpMethod.GET], integration: new integrations.HttpLambdaIntegration('Lambda', handler) });
    http.addRoutes({ path: '/url/{proxy+}', methods: [apigwv2.HttpMethod.ANY], integration: new integrations.HttpUrlIntegration('Url', 'https://example.com/{proxy}', { timeout: Duration.seconds(29) }) });

    const ws = new apigwv2.WebSocketApi(stack, 'Ws', {
      connectRouteOptions: { integration: new integrations.WebSocketLambdaIntegration('Connect', handler) },
    });
    // (a WebSocketMockIntegration on `defaultRouteOptions` fails to synth in aws-cdk-lib 2.276 itself: duplicate logical id)
    ws.addRoute('mock', { integration: new integrations.WebSocketMockIntegration('Mock') });
    ws.addRoute('send', { integration: new integrations.WebSocketLambdaIntegration('Send', handler, { timeout: Duration.seconds(10) }) });
    ws.addRoute('echo', { integration: new integrations.WebSocketMockIntegration('Echo', { requestTemplates: { $default: '{"statusCode": 200}' }, templateSelectionExpression: '\\$default' }) });
    ws.addRoute('enqueue', {
      integration: new integrations.WebSocketAwsIntegration('Enqueue', {
        integrationUri: 'arn:aws:apigateway:us-east-1:sqs:path/123456789012/queue',
        integrationMethod: 'POST',
        credentialsRole: role,
        passthroughBehavior: apigwv2.PassthroughBehavior.NEVER,
        templateSelectionExpression: '\\$default',
        requestParameters: { 'integration.request.header.Content-Type': '\'application/x-www-form-urlencoded\'' },
        requestTemplates: { $default: 'Action=SendMessage&MessageBody=$input.body' },
      }),
    });
    new apigwv2.WebSocketStage(stack, 'Stage', { webSocketApi: ws, stageName: 'prod', autoDeploy: true });

    expect(ours(stack)).toEqual([]);
  });
});
