import { App, Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { RestIntegrationPreview } from '../../src';

// [PT] https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html
// [SP] https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html
// [PM] https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-parameter-mapping-sources.html

function api(): apigw.RestApi {
  return new apigw.RestApi(new Stack(new App(), 'Test'), 'Api');
}

describe('RestIntegrationPreview with aws-cdk-lib integrations', () => {
  test('a MOCK method: the request template sets the status code that selects the response [SP]', () => {
    const a = api();
    const method = a.root.addMethod('GET', new apigw.MockIntegration({
      requestTemplates: { 'application/json': '{"statusCode": #if($input.params(\'fail\') == "yes")500#{else}200#end}' },
      integrationResponses: [
        { statusCode: '200', responseTemplates: { 'application/json': '{"id": "$context.requestId"}' } },
        { statusCode: '500', selectionPattern: '5\\d{2}', responseTemplates: { 'application/json': '{"error": true}' } },
      ],
    }), { methodResponses: [{ statusCode: '200' }, { statusCode: '500' }] });
    const preview = RestIntegrationPreview.of(method);
    expect(preview.response({}, { context: { requestId: 'r-1' } })).toEqual({ statusCode: 200, templateContentType: 'application/json', body: '{"id": "r-1"}', headers: {}, selectionPattern: undefined });
    expect(preview.response({}, { querystring: { fail: 'yes' } })).toMatchObject({ statusCode: 500, selectionPattern: '5\\d{2}', body: '{"error": true}' });
  });

  test('passthrough behaviour: WHEN_NO_MATCH passes unmapped content types, NEVER rejects them with 415 [PT]', () => {
    const a = api();
    const integration = (passthroughBehavior: apigw.PassthroughBehavior) => new apigw.HttpIntegration('https://example.com', {
      httpMethod: 'POST',
      proxy: false,
      options: { passthroughBehavior, requestTemplates: { 'application/json': '{"wrapped": $input.json(\'$\')}' } },
    });
    const loose = RestIntegrationPreview.of(a.root.addResource('loose').addMethod('POST', integration(apigw.PassthroughBehavior.WHEN_NO_MATCH)));
    const strict = RestIntegrationPreview.of(a.root.addResource('strict').addMethod('POST', integration(apigw.PassthroughBehavior.NEVER)));
    expect(loose.request({ body: '{"a":1}' })).toMatchObject({ templateContentType: 'application/json', body: '{"wrapped": {"a":1}}', passedThrough: false });
    expect(loose.request({ body: '{"a":1}', headers: { 'Content-Type': 'APPLICATION/JSON; charset=utf-8' } })).toMatchObject({ templateContentType: 'application/json' });
    expect(loose.request({ body: 'a=1', headers: { 'Content-Type': 'text/plain' } })).toMatchObject({ passedThrough: true, body: 'a=1', rejected: false });
    expect(strict.request({ body: 'a=1', headers: { 'Content-Type': 'text/plain' } })).toMatchObject({ rejected: true });
  });

  test('request parameters map headers, query strings and path parameters [PM]', () => {
    const a = api();
    const method = a.root.addResource('{id}').addMethod('GET', new apigw.HttpIntegration('https://example.com/{item}', {
      proxy: false,
      options: {
        requestParameters: {
          'integration.request.path.item': 'method.request.path.id',
          'integration.request.header.X-Trace': 'context.requestId',
          'integration.request.querystring.env': 'stageVariables.env',
          'integration.request.header.X-Static': "'fixed'",
          'integration.request.header.X-Name': 'method.request.body.user.name',
        },
      },
    }), { requestParameters: { 'method.request.path.id': true } });
    const sent = RestIntegrationPreview.of(method).request({ path: { id: '42' }, context: { requestId: 'r' }, stageVariables: { env: 'prod' }, body: '{"user":{"name":"ann"}}' });
    expect(sent.path).toEqual({ item: '42' });
    expect(sent.headers).toEqual({ 'X-Trace': 'r', 'X-Static': 'fixed', 'X-Name': 'ann' });
    expect(sent.querystring).toEqual({ env: 'prod' });
  });

  test('a Lambda non-proxy integration selects responses by error message; success takes the default [SP]', () => {
    const a = api();
    const fn = new lambda.Function(a, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1') });
    const method = a.root.addMethod('POST', new apigw.LambdaIntegration(fn, {
      proxy: false,
      integrationResponses: [
        { statusCode: '200', responseTemplates: { 'application/json': '$input.json(\'$.result\')' } },
        { statusCode: '404', selectionPattern: '.*Not found.*', responseTemplates: { 'application/json': '{"message": "$util.escapeJavaScript($input.path(\'$.errorMessage\'))"}' } },
      ],
    }), { methodResponses: [{ statusCode: '200' }, { statusCode: '404' }] });
    const preview = RestIntegrationPreview.of(method);
    expect(preview.response({ body: '{"result": [1, 2]}' })).toMatchObject({ statusCode: 200, body: '[1,2]' });
    expect(preview.response({ errorMessage: 'Not found: 7', body: '{"errorMessage": "Not found: 7"}' })).toMatchObject({ statusCode: 404, selectionPattern: '.*Not found.*', body: '{"message": "Not found: 7"}' });
  });

  test('no matching response and no default: 500, as API Gateway answers [SP]', () => {
    const a = api();
    const method = a.root.addMethod('GET', new apigw.HttpIntegration('https://example.com', {
      proxy: false,
      options: { integrationResponses: [{ statusCode: '200', selectionPattern: '2\\d{2}' }] },
    }), { methodResponses: [{ statusCode: '200' }] });
    expect(RestIntegrationPreview.of(method).response({ statusCode: 503 })).toEqual({ statusCode: 500, body: '{"message": "Internal server error"}', headers: {} });
  });

  test('responseOverride and response parameters reach the client', () => {
    const a = api();
    const method = a.root.addMethod('GET', new apigw.HttpIntegration('https://example.com', {
      proxy: false,
      options: {
        integrationResponses: [{
          statusCode: '200',
          responseParameters: { 'method.response.header.X-Upstream': 'integration.response.header.X-Req', 'method.response.header.X-Kind': "'preview'" },
          responseTemplates: { 'application/json': '#if($input.path(\'$.items\').size() == 0)#set($context.responseOverride.status = 404)#end$input.json(\'$.items\')' },
        }],
      },
    }), { methodResponses: [{ statusCode: '200', responseParameters: { 'method.response.header.X-Upstream': true, 'method.response.header.X-Kind': true } }] });
    const out = RestIntegrationPreview.of(method).response({ body: '{"items": []}', headers: { 'x-req': 'abc' } });
    expect(out).toMatchObject({ statusCode: 404, body: '[]', headers: { 'X-Upstream': 'abc', 'X-Kind': 'preview' } });
  });

  test('proxy integrations pass the request through', () => {
    const a = api();
    const method = a.root.addMethod('GET', new apigw.HttpIntegration('https://example.com', { proxy: true }));
    expect(RestIntegrationPreview.of(method).request({ body: 'raw', headers: { A: 'b' } })).toMatchObject({ passedThrough: true, body: 'raw', headers: { A: 'b' } });
  });

  test('a hand-written CfnMethod', () => {
    const stack = new Stack(new App(), 'L1');
    const rest = new apigw.CfnRestApi(stack, 'Api', { name: 'api' });
    const cfn = new apigw.CfnMethod(stack, 'M', {
      restApiId: rest.ref,
      resourceId: rest.attrRootResourceId,
      httpMethod: 'POST',
      authorizationType: 'NONE',
      integration: { type: 'AWS', integrationHttpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:sqs:path/1/q', requestTemplates: { 'application/json': `Action=SendMessage&QueueUrl=${rest.ref}&MessageBody=$util.urlEncode($input.body)` } },
    });
    expect(RestIntegrationPreview.fromCfnMethod(cfn).request({ body: 'a b' }).body).toBe('Action=SendMessage&QueueUrl={Ref:Api}&MessageBody=a+b');
  });
});
