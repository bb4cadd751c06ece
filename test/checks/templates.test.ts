import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { IntegrationChecks, RestApiHttpIntegration } from '../../src';

function newStack(): Stack {
  const app = new App();
  const stack = new Stack(app, 'Test');
  Aspects.of(app).add(new IntegrationChecks());
  return stack;
}

/** `[Code]` of every warning (templates never make errors) the aspect made. */
function warnings(stack: Stack): string[] {
  return Annotations.fromStack(stack).findWarning('*', Match.anyValue())
    .map(m => /^\[([A-Z][A-Za-z]+)\]/.exec(String(m.entry.data))?.[1])
    .filter((c): c is string => c !== undefined && c.startsWith('Template'))
    .sort();
}

function errors(stack: Stack): string[] {
  return Annotations.fromStack(stack).findError('*', Match.anyValue()).map(m => String(m.entry.data));
}

function method(stack: Stack, props: Partial<apigw.CfnMethodProps>): apigw.CfnMethod {
  const api = new apigw.CfnRestApi(stack, 'Api', { name: 'api' });
  return new apigw.CfnMethod(stack, 'Method', { restApiId: api.ref, resourceId: api.attrRootResourceId, httpMethod: 'POST', authorizationType: 'NONE', ...props });
}

describe('IntegrationChecks reads the mapping templates of hand-written L1 resources', () => {
  test('a request template that does not parse: a warning with content type, line and column (aws/aws-cdk#34777)', () => {
    const stack = newStack();
    method(stack, {
      integration: {
        type: 'MOCK',
        requestTemplates: { 'application/json': '{\n  "statusCode": 200\n  #if($input.params(\'x\') == )\n}' },
        integrationResponses: [{ statusCode: '200' }],
      },
      methodResponses: [{ statusCode: '200' }],
    });
    expect(warnings(stack)).toEqual(['TemplateSyntaxError']);
    expect(errors(stack)).toEqual([]);
    Annotations.fromStack(stack).hasWarning('/Test/Method', Match.stringLikeRegexp('^\\[TemplateSyntaxError\\] .*"application/json" does not parse \\(line 3, column \\d+\\)'));
  });

  test('an undeclared $input.params, an unknown $context name and an unknown $util function', () => {
    const stack = newStack();
    method(stack, {
      requestParameters: { 'method.request.querystring.size': false },
      integration: {
        type: 'MOCK',
        requestTemplates: { 'application/json': '{"statusCode": 200, "page": "$input.params(\'page\')", "ip": "$context.sourceIp"}' },
        integrationResponses: [{ statusCode: '200', responseTemplates: { 'application/json': '$util.toJson($input.path(\'$\'))' } }],
      },
      methodResponses: [{ statusCode: '200' }],
    });
    expect(warnings(stack)).toEqual(['TemplateContextVariableUnknown', 'TemplateParameterUndeclared', 'TemplateUtilFunctionUnknown']);
  });

  test('aws-cdk-lib integrations with correct templates pass', () => {
    const stack = newStack();
    const api = new apigw.RestApi(stack, 'Rest');
    api.root.addMethod('GET', new apigw.MockIntegration({
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
      integrationResponses: [{ statusCode: '200', responseTemplates: { 'application/json': '{"id": "$context.requestId", "q": "$util.escapeJavaScript($input.params(\'q\'))"}' } }],
    }), { requestParameters: { 'method.request.querystring.q': false }, methodResponses: [{ statusCode: '200' }] });
    expect(warnings(stack)).toEqual([]);
  });

  test('WebSocket request and integration response templates', () => {
    const stack = newStack();
    const api = new apigwv2.CfnApi(stack, 'Ws', { name: 'ws', protocolType: 'WEBSOCKET', routeSelectionExpression: '$request.body.action' });
    const integration = new apigwv2.CfnIntegration(stack, 'Integration', {
      apiId: api.ref,
      integrationType: 'MOCK',
      requestTemplates: { $default: '#set($x = )' },
      templateSelectionExpression: '\\$default',
    });
    new apigwv2.CfnIntegrationResponse(stack, 'Response', {
      apiId: api.ref,
      integrationId: integration.ref,
      integrationResponseKey: '$default',
      responseTemplates: { $default: '$util.qr(1)' },
    });
    Annotations.fromStack(stack).hasWarning('/Test/Integration', Match.stringLikeRegexp('^\\[TemplateSyntaxError\\]'));
    Annotations.fromStack(stack).hasWarning('/Test/Response', Match.stringLikeRegexp('^\\[TemplateUtilFunctionUnknown\\] .*\\$util\\.qr'));
  });

  test('fails when a typed construct is given a template that does not parse: a warning, not a thrown error', () => {
    const stack = new Stack(new App(), 'Typed');
    const api = new apigw.RestApi(stack, 'Api');
    api.root.addMethod('POST', new RestApiHttpIntegration('https://example.com', {
      requestTemplates: { 'application/json': '{"id": $input.json(\'$.id\')}\n#foreach($x in $input.path(\'$.xs\'))' },
    }));
    Annotations.fromStack(stack).hasWarning('*', Match.stringLikeRegexp('^\\[TemplateSyntaxError\\] .*#foreach has no #end'));
  });
});
