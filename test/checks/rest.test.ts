import { App, Aspects, Fn, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { IntegrationChecks } from '../../src';

function newStack(): Stack {
  const app = new App();
  const stack = new Stack(app, 'Test');
  Aspects.of(app).add(new IntegrationChecks());
  return stack;
}

/** `[Code]` of every error and warning the aspect made, by path. */
function codes(stack: Stack): string[] {
  const a = Annotations.fromStack(stack);
  return [...a.findError('*', Match.anyValue()), ...a.findWarning('*', Match.anyValue())]
    .map(m => /^\[([A-Z][A-Za-z]+)\]/.exec(String(m.entry.data))?.[1])
    .filter((c): c is string => c !== undefined)
    .sort();
}

function method(stack: Stack, props: Partial<apigw.CfnMethodProps>): apigw.CfnMethod {
  const api = new apigw.CfnRestApi(stack, 'Api', { name: 'api' });
  return new apigw.CfnMethod(stack, 'Method', { restApiId: api.ref, resourceId: api.attrRootResourceId, httpMethod: 'GET', authorizationType: 'NONE', ...props });
}

describe('IntegrationChecks runs the REST rules on hand-written CfnMethods', () => {
  test('a method without an integration is judged on its own declarations (PutMethod refuses both)', () => {
    const stack = newStack();
    method(stack, { httpMethod: 'FETCH', requestParameters: { 'method.request.querystring.q': true, 'method.request.header.q': false } });
    expect(codes(stack)).toEqual(['MethodHttpMethodInvalid', 'MethodRequestParameterNameNotUnique']);
    Annotations.fromStack(stack).hasError('/Test/Method', Match.stringLikeRegexp('^\\[MethodHttpMethodInvalid\\] .*"FETCH"'));
  });

  test('streaming on an edge-optimized API may run 15 minutes (edge only adds an idle timeout); buffered is capped at 29 s', () => {
    const stack = newStack();
    const api = new apigw.CfnRestApi(stack, 'Api', { name: 'api' }); // no endpoint configuration: EDGE
    const integration = { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:lambda:path/2021-11-15/functions/arn:aws:lambda:us-east-1:123456789012:function:f/response-streaming-invocations' };
    const streamed = new apigw.CfnMethod(stack, 'Streamed', { restApiId: api.ref, resourceId: api.attrRootResourceId, httpMethod: 'GET', authorizationType: 'NONE', integration: { ...integration, timeoutInMillis: 900_000 } });
    streamed.addPropertyOverride('Integration.ResponseTransferMode', 'STREAM');
    new apigw.CfnMethod(stack, 'Buffered', { restApiId: api.ref, resourceId: api.attrRootResourceId, httpMethod: 'POST', authorizationType: 'NONE', integration: { ...integration, timeoutInMillis: 60_000 } });
    const errors = Annotations.fromStack(stack).findError('*', Match.anyValue()).map(m => `${m.id} ${String(m.entry.data).replace(/\].*/s, ']')}`);
    expect(errors).toEqual(['/Test/Buffered [TimeoutOutOfRange]']);
  });

  test('a Lambda proxy method whose function of the app has no permission warns (C11); a permission, or credentials, silence it', () => {
    const stack = newStack();
    const api = new apigw.CfnRestApi(stack, 'Api', { name: 'api', endpointConfiguration: { types: ['REGIONAL'] } });
    const role = new iam.CfnRole(stack, 'Role', { assumeRolePolicyDocument: {} });
    const fnOf = (id: string) => new lambda.CfnFunction(stack, id, { role: role.attrArn, code: { zipFile: 'x' }, runtime: 'nodejs22.x', handler: 'index.h' });
    const uriOf = (f: lambda.CfnFunction) => Fn.join('', ['arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/', f.attrArn, '/invocations']);
    const alone = fnOf('Alone');
    const allowed = fnOf('Allowed');
    new lambda.CfnPermission(stack, 'Allow', { action: 'lambda:InvokeFunction', functionName: allowed.attrArn, principal: 'apigateway.amazonaws.com' });
    const m = (id: string, verb: string, integration: apigw.CfnMethod.IntegrationProperty) =>
      new apigw.CfnMethod(stack, id, { restApiId: api.ref, resourceId: api.attrRootResourceId, httpMethod: verb, authorizationType: 'NONE', integration });
    m('NoPermission', 'GET', { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: uriOf(alone) });
    m('WithPermission', 'POST', { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: uriOf(allowed) });
    m('WithCredentials', 'PUT', { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: uriOf(alone), credentials: role.attrArn });
    const warned = Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('^\\[LambdaPermissionMissing\\]')).map(w => w.id);
    expect(warned).toEqual(['/Test/NoPermission']);
  });

  test('a VPC link v1 whose target is an Application Load Balancer of the app is an error (C16); a Network Load Balancer is fine', () => {
    const stack = newStack();
    const api = new apigw.CfnRestApi(stack, 'Api', { name: 'api', endpointConfiguration: { types: ['REGIONAL'] } });
    const alb = new elbv2.CfnLoadBalancer(stack, 'Alb', { subnets: ['subnet-1', 'subnet-2'] }); // Type defaults to application
    const nlb = new elbv2.CfnLoadBalancer(stack, 'Nlb', { type: 'network', subnets: ['subnet-1'] });
    const toAlb = new apigw.CfnVpcLink(stack, 'ToAlb', { name: 'alb', targetArns: [alb.ref] });
    const toNlb = new apigw.CfnVpcLink(stack, 'ToNlb', { name: 'nlb', targetArns: [nlb.ref] });
    const m = (id: string, verb: string, link: apigw.CfnVpcLink) => new apigw.CfnMethod(stack, id, {
      restApiId: api.ref,
      resourceId: api.attrRootResourceId,
      httpMethod: verb,
      authorizationType: 'NONE',
      integration: { type: 'HTTP_PROXY', integrationHttpMethod: 'ANY', uri: 'http://internal.example.com/', connectionType: 'VPC_LINK', connectionId: link.ref },
    });
    m('ThroughAlb', 'GET', toAlb);
    m('ThroughNlb', 'POST', toNlb);
    const errors = Annotations.fromStack(stack).findError('*', Match.anyValue()).map(e => `${e.id} ${String(e.entry.data).replace(/\].*/s, ']')}`);
    expect(errors).toEqual(['/Test/ThroughAlb [VpcLinkV1TargetNotNlb]']);
  });

  test('a method without an integration and valid declarations: nothing', () => {
    const stack = newStack();
    method(stack, { requestParameters: { 'method.request.querystring.q': true } });
    expect(codes(stack)).toEqual([]);
  });

  test('an unquoted static header and a method.request source the method does not declare (aws/aws-cdk#11306, #17318)', () => {
    const stack = newStack();
    method(stack, {
      integration: {
        type: 'HTTP',
        integrationHttpMethod: 'GET',
        uri: 'https://example.com/items/{object}',
        requestParameters: { 'integration.request.header.X-Static': 'test-value', 'integration.request.path.object': 'method.request.path.page' },
        integrationResponses: [{ statusCode: '200' }],
      },
      methodResponses: [{ statusCode: '200' }],
    });
    // and the root resource has no {page}: a warning, as the parameter would always be empty
    expect(codes(stack)).toEqual(['MethodPathParameterNotInPath', 'MethodRequestParameterUndeclared', 'RequestParameterSourceInvalid']);
    Annotations.fromStack(stack).hasError('/Test/Method', Match.stringLikeRegexp('^\\[MethodRequestParameterUndeclared\\] .*method.request.path.page'));
  });

  test('an integration response header the method response does not declare (CORS, aws-solutions-constructs#1130)', () => {
    const stack = newStack();
    method(stack, {
      integration: { type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' }, integrationResponses: [{ statusCode: '200', responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" } }] },
      methodResponses: [{ statusCode: '200' }],
    });
    expect(codes(stack)).toEqual(['ResponseParameterUndeclared']);
  });

  test('an integration response with no method response, a bad status code, a bad regex and a bad template key', () => {
    const stack = newStack();
    method(stack, {
      integration: { type: 'MOCK', integrationResponses: [{ statusCode: '201' }, { statusCode: 'abc', selectionPattern: '[' }], requestTemplates: { 123: '{}' } },
    });
    expect(codes(stack)).toEqual(['MethodResponseMissing', 'SelectionPatternInvalid', 'StatusCodeInvalid', 'TemplateContentTypeInvalid']);
  });

  test('an unmapped URI placeholder, an undeclared cache key and STREAM on a non-proxy', () => {
    const stack = newStack();
    method(stack, {
      requestParameters: { 'method.request.header.Authorization': true },
      integration: { type: 'HTTP', integrationHttpMethod: 'GET', uri: 'https://example.com/{id}', cacheKeyParameters: ['method.request.querystring.page'], responseTransferMode: 'STREAM', integrationResponses: [{ statusCode: '200' }] },
      methodResponses: [{ statusCode: '200' }],
    });
    expect(codes(stack)).toEqual(['CacheKeyParameterInvalid', 'ResponseTransferModeNotSupported', 'UriPlaceholderNotMapped']);
  });

  test('a VPC link v2 id without an integration target', () => {
    const stack = newStack();
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
    const link = new apigwv2.VpcLink(stack, 'Link', { vpc, subnets: { subnetType: ec2.SubnetType.PUBLIC } });
    method(stack, { integration: { type: 'HTTP_PROXY', integrationHttpMethod: 'GET', uri: 'http://alb.internal', connectionType: 'VPC_LINK', connectionId: link.vpcLinkId } });
    Annotations.fromStack(stack).hasError('/Test/Method', Match.stringLikeRegexp('^\\[IntegrationTargetInvalid\\] .*IntegrationTarget is required for VpcLinkV2'));
  });

  test('request templates and integration responses on a Lambda proxy are a warning', () => {
    const stack = newStack();
    method(stack, {
      integration: { type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations', requestTemplates: { 'application/json': '{}' } },
    });
    Annotations.fromStack(stack).hasWarning('/Test/Method', Match.stringLikeRegexp('^\\[ProxyResponseMappingIgnored\\]'));
  });

  test('method request parameter names that repeat across locations, and bad keys', () => {
    const stack = newStack();
    method(stack, { requestParameters: { 'method.request.querystring.id': true, 'method.request.header.id': true, 'paths': true }, integration: { type: 'MOCK' } });
    expect(codes(stack)).toEqual(['MethodRequestParameterKeyInvalid', 'MethodRequestParameterNameNotUnique']);
  });
});

describe('IntegrationChecks stays silent on valid aws-cdk-lib REST apps', () => {
  test('CORS preflight, Step Functions, proxy resources and mapped HTTP integrations', () => {
    const stack = newStack();
    const handler = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => ({})') });
    const api = new apigw.RestApi(stack, 'Api', { defaultCorsPreflightOptions: { allowOrigins: apigw.Cors.ALL_ORIGINS } });
    api.root.addProxy({ defaultIntegration: new apigw.LambdaIntegration(handler) });
    const sm = new sfn.StateMachine(stack, 'Machine', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'Pass')), stateMachineType: sfn.StateMachineType.EXPRESS });
    api.root.addResource('run').addMethod('POST', apigw.StepFunctionsIntegration.startExecution(sm));
    api.root.addResource('http').addResource('{proxy+}').addMethod('ANY', new apigw.HttpIntegration('https://example.com/{proxy}', {
      proxy: true, options: { requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' }, cacheKeyParameters: ['method.request.path.proxy'] },
    }), { requestParameters: { 'method.request.path.proxy': true } });
    expect(codes(stack)).toEqual([]);
  });
});
