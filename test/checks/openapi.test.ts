// IntegrationChecks over OpenAPI definitions inside CDK apps: inline, from a YAML asset, and an HTTP API body.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, Aspects, Lazy, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { IntegrationChecks } from '../../src';
import { parseDocument } from '../../src/core/cfn/documents';
import { fn } from '../support/common';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'openapi');

function newStack(): Stack {
  const app = new App();
  const stack = new Stack(app, 'Test');
  Aspects.of(app).add(new IntegrationChecks());
  return stack;
}

/** The aspect's messages ([RuleCode] …) on every construct of the stack. */
function ours(stack: Stack): Array<{ path: string; level: string; message: string }> {
  const a = Annotations.fromStack(stack);
  return [...a.findError('*', Match.anyValue()), ...a.findWarning('*', Match.anyValue())]
    .map(m => ({ path: m.id, level: m.entry.type, message: String(m.entry.data) }))
    .filter(m => /^\[[A-Z][A-Za-z]+\]/.test(m.message));
}

function fixture(name: string): Record<string, unknown> {
  return parseDocument(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as Record<string, unknown>;
}

describe('SpecRestApi with an inline definition', () => {
  test('each mistake is an error on the RestApi naming its operation', () => {
    const stack = newStack();
    new apigw.SpecRestApi(stack, 'Api', { apiDefinition: apigw.ApiDefinition.fromInline(fixture('broken-rest.yaml')) });
    const found = ours(stack);
    expect(found.map(f => `${f.level.replace('aws:cdk:', '')} ${f.message.replace(/:.*/s, '')}`).sort()).toEqual([
      'error [TimeoutOutOfRange] paths./items/{id}.get',
      'error [VpcLinkWithoutConnectionId] paths./private.x-amazon-apigateway-any-method',
      'warning [UriPlaceholderNotMapped] paths./items/{id}.delete', // deploys; the back end gets the literal "{id}"
    ]);
    expect(new Set(found.map(f => f.path))).toEqual(new Set(['/Test/Api/Resource']));
  });

  test('method request parameters come from the OpenAPI parameters: a declared path parameter satisfies the cross-check', () => {
    const stack = newStack();
    const definition = fixture('broken-rest.yaml');
    new apigw.SpecRestApi(stack, 'Api', { apiDefinition: apigw.ApiDefinition.fromInline(definition) });
    // paths./items/{id}.get maps method.request.path.id, declared by the path item's parameters: no MethodRequestParameterUndeclared
    expect(ours(stack).some(f => /Undeclared/.test(f.message))).toBe(false);

    const undeclared = newStack();
    const { parameters: _, ...item } = (definition.paths as Record<string, Record<string, unknown>>)['/items/{id}'];
    new apigw.SpecRestApi(undeclared, 'Api', { apiDefinition: apigw.ApiDefinition.fromInline({ ...definition, paths: { '/items/{id}': item } }) });
    expect(ours(undeclared).some(f => f.message.startsWith('[MethodRequestParameterUndeclared] paths./items/{id}.get'))).toBe(true);
  });

  test('tokens inside a definition are never judged', () => {
    const stack = newStack();
    const handler = fn(stack);
    new apigw.SpecRestApi(stack, 'Api', {
      apiDefinition: apigw.ApiDefinition.fromInline({
        openapi: '3.0.1',
        info: { title: 't', version: '1' },
        paths: {
          '/a': {
            post: {
              'x-amazon-apigateway-integration': {
                type: 'aws_proxy',
                httpMethod: 'POST',
                uri: `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${handler.functionArn}/invocations`,
                // tokens that will resolve to wrong values: not known at synth time, so not judged
                timeoutInMillis: Lazy.number({ produce: () => 10 }),
                connectionType: Lazy.string({ produce: () => 'VPC_LINK' }),
                connectionId: Lazy.string({ produce: () => '' }),
                requestParameters: Lazy.any({ produce: () => ({ 'bad key': 'x' }) }),
              },
            },
          },
        },
      }),
    });
    expect(ours(stack)).toEqual([]);
  });

  test('the aws-cdk integ test definition (integ.api-definition.inline) is silent', () => {
    const stack = newStack();
    new apigw.SpecRestApi(stack, 'Api', { apiDefinition: apigw.ApiDefinition.fromInline(fixture('aws-cdk-pets.yaml')) });
    expect(ours(stack)).toEqual([]);
  });

  test('a CfnRestApi body is read the same way', () => {
    const stack = newStack();
    new apigw.CfnRestApi(stack, 'Api', { body: fixture('broken-rest.yaml') });
    expect(ours(stack).map(f => f.message.split(' ')[0]).sort()).toEqual(['[TimeoutOutOfRange]', '[UriPlaceholderNotMapped]', '[VpcLinkWithoutConnectionId]']);
  });
});

describe('SpecRestApi with a definition from a local asset file', () => {
  test('a YAML asset: each mistake named with its operation', () => {
    const stack = newStack();
    new apigw.SpecRestApi(stack, 'Api', { apiDefinition: apigw.ApiDefinition.fromAsset(path.join(FIXTURES, 'broken-rest.yaml')) });
    const found = ours(stack);
    expect(found.map(f => f.message.replace(/:.*/s, '')).sort()).toEqual([
      '[TimeoutOutOfRange] paths./items/{id}.get',
      '[UriPlaceholderNotMapped] paths./items/{id}.delete',
      '[VpcLinkWithoutConnectionId] paths./private.x-amazon-apigateway-any-method',
    ]);
  });

  test('the aws-cdk integ test definition (integ.api-definition.asset, integ.spec-restapi) is silent', () => {
    const stack = newStack();
    new apigw.SpecRestApi(stack, 'Api', { apiDefinition: apigw.ApiDefinition.fromAsset(path.join(FIXTURES, 'aws-cdk-pets.yaml')) });
    expect(ours(stack)).toEqual([]);
  });

  test('a JSON asset of an HTTP API definition given to a REST API is judged as REST', () => {
    const stack = newStack();
    new apigw.SpecRestApi(stack, 'Api', { apiDefinition: apigw.ApiDefinition.fromAsset(path.join(FIXTURES, 'http-api.json')) });
    // 45 s is above REST's 29 s default quota: judged by the REST row, never by the HTTP API's 30 s hard limit
    const messages = ours(stack).map(f => f.message);
    expect(messages).toContainEqual(expect.stringMatching(/^\[TimeoutAboveDefaultQuota\] paths\.\/orders\.get: /));
    expect(messages.filter(m => m.includes('for HTTP APIs'))).toEqual([]);
  });
});

describe('HTTP API from an OpenAPI body (CfnApi.body)', () => {
  test('each mistake is reported with its operation, judged as an HTTP API', () => {
    const stack = newStack();
    new apigwv2.CfnApi(stack, 'Api', { body: fixture('http-api.json') });
    expect(ours(stack).map(f => f.message)).toEqual([
      expect.stringMatching(/^\[TimeoutOutOfRange\] paths\.\/orders\.get: .*for HTTP APIs, got 45 s/),
    ]);
  });

  test('a valid definition is silent', () => {
    const stack = newStack();
    const definition = fixture('http-api.json');
    const paths = definition.paths as Record<string, Record<string, Record<string, Record<string, unknown>>>>;
    paths['/orders'].get['x-amazon-apigateway-integration'].timeoutInMillis = 29000;
    new apigwv2.CfnApi(stack, 'Api', { body: definition });
    expect(ours(stack)).toEqual([]);
  });
});
