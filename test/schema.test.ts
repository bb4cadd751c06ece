import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, CfnResource, Duration, NestedStack, Stack, Stage } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, WebSocketApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  HttpLambdaIntegration, HttpUrlIntegration, WebSocketLambdaIntegration, WebSocketMockIntegration,
} from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import {
  compileSchema, expectAppSchemaValid, expectSchemaValid, Json, SCHEMA_DIR, SCHEMA_TYPES, schemaCheck, synthTemplates,
  validateTemplate, validateTemplates,
} from './support/schema';

/** A template with one resource. */
function template(type: string, properties?: Json): Json {
  return { Resources: { R: properties === undefined ? { Type: type } : { Type: type, Properties: properties } } };
}

const METHOD = 'R (AWS::ApiGateway::Method)';
const validMethod = (integration: Json = {}): Json => template('AWS::ApiGateway::Method', {
  RestApiId: { Ref: 'Api' },
  ResourceId: { 'Fn::GetAtt': ['Api', 'RootResourceId'] },
  HttpMethod: 'POST',
  AuthorizationType: 'NONE',
  Integration: {
    Type: 'AWS_PROXY',
    IntegrationHttpMethod: 'POST',
    Uri: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':apigateway:', { Ref: 'AWS::Region' }, ':lambda:path/fn']] },
    TimeoutInMillis: 29000,
    ...integration,
  },
  MethodResponses: [{ StatusCode: '200', ResponseModels: { 'application/json': 'Empty' } }],
});

describe('schema fixtures', () => {
  test('the eight resource types are covered', () => {
    expect(SCHEMA_TYPES).toEqual([
      'AWS::ApiGateway::Method', 'AWS::ApiGateway::VpcLink', 'AWS::ApiGatewayV2::Integration',
      'AWS::ApiGatewayV2::IntegrationResponse', 'AWS::ApiGatewayV2::Route', 'AWS::ApiGatewayV2::VpcLink',
      'AWS::IAM::Role', 'AWS::Lambda::Permission',
    ]);
  });

  test.each(SCHEMA_TYPES)('%s compiles with strict ajv', (type) => {
    expect(schemaCheck(type)).toBeInstanceOf(Function);
  });

  test('the copies are unchanged (sha256 prefixes listed in the README)', () => {
    const readme = fs.readFileSync(path.join(SCHEMA_DIR, 'README.md'), 'utf-8');
    const rows = [...readme.matchAll(/^\| (AWS::\S+) \| (\S+\.json) \| \S+ \| ([0-9a-f]{16}) \|$/gm)];
    expect(rows.map((r) => r[1]).sort()).toEqual(SCHEMA_TYPES);
    for (const [, , file, sha] of rows) {
      const actual = createHash('sha256').update(fs.readFileSync(path.join(SCHEMA_DIR, file))).digest('hex');
      expect(`${file} ${actual.slice(0, 16)}`).toEqual(`${file} ${sha}`);
    }
  });

  test('types without a schema are skipped', () => {
    expect(validateTemplate({
      Resources: {
        Fn: { Type: 'AWS::Lambda::Function', Properties: { Bogus: 1 } },
        Q: { Type: 'AWS::SQS::Queue', Properties: { Bogus: 1 } },
        Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Bogus: 1 } },
        C: { Type: 'Custom::Thing', Properties: { ServiceToken: { Ref: 'X' } } },
      },
    })).toEqual([]);
    expect(validateTemplate({})).toEqual([]);
  });
});

describe('validateTemplate', () => {
  test('a valid Method with intrinsics in RestApiId, ResourceId and Integration.Uri passes', () => {
    expectSchemaValid(validMethod());
  });

  test('Integration.TimeoutInMillis below the schema minimum (50) fails', () => {
    expect(validateTemplate(validMethod({ TimeoutInMillis: 10 }))).toEqual([
      `${METHOD}: /Integration/TimeoutInMillis must be >= 50, got 10`,
    ]);
  });

  test('a Method without HttpMethod fails', () => {
    const t = validMethod();
    delete t.Resources.R.Properties.HttpMethod;
    expect(validateTemplate(t)).toEqual([`${METHOD}: / must have required property 'HttpMethod'`]);
  });

  test('an enum violation names the allowed values', () => {
    expect(validateTemplate(validMethod({ Type: 'LAMBDA' }))).toEqual([
      `${METHOD}: /Integration/Type must be equal to one of the allowed values (AWS, AWS_PROXY, HTTP, HTTP_PROXY, MOCK), got "LAMBDA"`,
    ]);
  });

  test('an ApiGatewayV2::Integration without IntegrationType fails', () => {
    expect(validateTemplate(template('AWS::ApiGatewayV2::Integration', { ApiId: { Ref: 'Api' }, IntegrationUri: 'https://example.com' })))
      .toEqual(["R (AWS::ApiGatewayV2::Integration): / must have required property 'IntegrationType'"]);
  });

  test('a Lambda::Permission without Principal fails', () => {
    expect(validateTemplate(template('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': ['Fn', 'Arn'] },
      SourceArn: { 'Fn::Join': ['', ['arn:aws:execute-api:', { Ref: 'AWS::Region' }, ':*']] },
    }))).toEqual(["R (AWS::Lambda::Permission): / must have required property 'Principal'"]);
  });

  test('an unknown property on ApiGatewayV2::IntegrationResponse fails', () => {
    expect(validateTemplate(template('AWS::ApiGatewayV2::IntegrationResponse', {
      ApiId: { Ref: 'Api' }, IntegrationId: { Ref: 'Integration' }, IntegrationResponseKey: '$default', StatusCode: '200',
    }))).toEqual(["R (AWS::ApiGatewayV2::IntegrationResponse): / must NOT have additional properties 'StatusCode'"]);
  });

  test('missing Properties are validated as {}', () => {
    expect(validateTemplate(template('AWS::ApiGatewayV2::Route'))).toEqual([
      "R (AWS::ApiGatewayV2::Route): / must have required property 'RouteKey'",
      "R (AWS::ApiGatewayV2::Route): / must have required property 'ApiId'",
    ]);
  });

  test('a read-only property is reported', () => {
    expect(validateTemplate(template('AWS::IAM::Role', { AssumeRolePolicyDocument: {}, Arn: 'arn:aws:iam::123456789012:role/x' })))
      .toEqual(['R (AWS::IAM::Role): /Arn is read-only (readOnlyProperties) and cannot be set']);
  });

  test('Unicode patterns (\\p{L}) are honoured', () => {
    const role = (key: string) => template('AWS::IAM::Role', { AssumeRolePolicyDocument: '{}', Tags: [{ Key: key, Value: 'v' }] });
    expectSchemaValid(role('Grüße: Ωmega'));
    expect(validateTemplate(role('bad#key'))).toEqual([
      'R (AWS::IAM::Role): /Tags/0/Key must match pattern "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$", got "bad#key"',
    ]);
  });
});

describe('intrinsics are not judged', () => {
  test('an intrinsic where the schema expects an integer or a string', () => {
    expectSchemaValid(validMethod({ TimeoutInMillis: { Ref: 'P' }, ConnectionType: { 'Fn::If': ['C', 'VPC_LINK', 'INTERNET'] } }));
  });

  test('intrinsics standing for objects, arrays and AWS::NoValue', () => {
    const t = validMethod({ RequestParameters: { 'Fn::If': ['C', { 'integration.request.path.id': "'1'" }, { Ref: 'AWS::NoValue' }] } });
    t.Resources.R.Properties.MethodResponses = { 'Fn::If': ['C', [{ StatusCode: '200' }], { Ref: 'AWS::NoValue' }] };
    t.Resources.R.Properties.AuthorizationScopes = [{ 'Fn::Select': [0, { 'Fn::Split': [',', { 'Fn::ImportValue': 'Scopes' }] }] }];
    expectSchemaValid(t);
    expectSchemaValid(template('AWS::ApiGateway::Method', { 'Fn::If': ['C', {}, {}] }));
  });

  test('an intrinsic does not hide a real error next to it', () => {
    expect(validateTemplate(validMethod({ TimeoutInMillis: { Ref: 'P' }, PassthroughBehavior: 'ALWAYS' }))).toEqual([
      `${METHOD}: /Integration/PassthroughBehavior must be equal to one of the allowed values (WHEN_NO_MATCH, WHEN_NO_TEMPLATES, NEVER), got "ALWAYS"`,
    ]);
  });

  // None of the eight schemas uses anyOf/oneOf, so the umbrella-error filter is exercised on a schema of its own.
  describe('anyOf / oneOf', () => {
    const check = compileSchema({
      definitions: {
        Obj: { type: 'object', properties: { N: { type: 'integer' } }, required: ['N'], additionalProperties: false },
        Str: { type: 'string', minLength: 3 },
      },
      properties: {
        X: { anyOf: [{ $ref: '#/definitions/Obj' }, { $ref: '#/definitions/Str' }] },
        Y: { oneOf: [{ type: 'integer' }, { type: 'array', items: { type: 'string' } }] },
      },
    }, 'https://cfn-schemas.test/umbrella-test.json');
    const keywords = (data: Json) => check(data).map((e) => `${e.instancePath} ${e.keyword}`);

    test('a branch that fails only on an intrinsic satisfies the umbrella; its sibling branches\' errors go too', () => {
      expect(keywords({ X: { N: { Ref: 'P' } }, Y: [{ 'Fn::GetAtt': ['A', 'B'] }, 'x'] })).toEqual([]);
    });

    test('an intrinsic in place of the whole value', () => {
      expect(keywords({ X: { 'Fn::Sub': '${A}' }, Y: { Ref: 'P' } })).toEqual([]);
    });

    test('real failures are still reported with their branch errors', () => {
      expect(keywords({ X: { N: 'a' }, Y: [1] })).toEqual([
        '/X/N type', '/X type', '/X anyOf', '/Y type', '/Y/0 type', '/Y oneOf',
      ]);
    });
  });
});

function restHttpWebSocketApp(): App {
  const app = new App();
  const stack = new Stack(app, 'Integrations');
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_20_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200, body: "ok" });'),
  });

  const rest = new apigw.RestApi(stack, 'Rest');
  rest.root.addResource('lambda').addMethod('GET', new apigw.LambdaIntegration(fn));
  rest.root.addResource('mock').addMethod('POST', new apigw.MockIntegration({
    requestTemplates: { 'application/json': '{"statusCode": 200}' },
    integrationResponses: [{ statusCode: '200', responseTemplates: { 'application/json': '{"ok": true}' } }],
  }), { methodResponses: [{ statusCode: '200' }] });
  rest.root.addResource('http').addMethod('ANY', new apigw.HttpIntegration('https://example.com/{proxy}', {
    httpMethod: 'ANY',
    options: { timeout: Duration.seconds(10), requestParameters: { 'integration.request.path.proxy': "'x'" } },
  }));

  const http = new HttpApi(stack, 'Http');
  http.addRoutes({ path: '/lambda', methods: [HttpMethod.GET], integration: new HttpLambdaIntegration('HttpFn', fn) });
  http.addRoutes({ path: '/url', methods: [HttpMethod.ANY], integration: new HttpUrlIntegration('HttpUrl', 'https://example.com') });

  const ws = new WebSocketApi(stack, 'Ws', { connectRouteOptions: { integration: new WebSocketLambdaIntegration('WsConnect', fn) } });
  ws.addRoute('ping', { integration: new WebSocketMockIntegration('WsMock'), returnResponse: true });
  return app;
}

/** Resource types (with a schema) in the templates, with their counts. */
function coveredTypes(templates: Record<string, Json>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of Object.values(templates)) {
    for (const r of Object.values<Json>(t.Resources ?? {})) {
      if (SCHEMA_TYPES.includes(r.Type)) counts[r.Type] = (counts[r.Type] ?? 0) + 1;
    }
  }
  return counts;
}

// Every app the tests synthesize should pass here. To add one (e.g. the example app, test/example.app.ts),
// add a test to this describe that builds the App and calls expectAppSchemaValid(app).
describe('synthesized apps are schema-valid', () => {
  test('aws-cdk-lib REST, HTTP and WebSocket integrations', () => {
    const templates = expectAppSchemaValid(restHttpWebSocketApp());
    expect(Object.keys(templates)).toEqual(['Integrations']);
    expect(coveredTypes(templates)).toEqual(expect.objectContaining({
      'AWS::ApiGateway::Method': 3,
      'AWS::ApiGatewayV2::Integration': 4,
      'AWS::ApiGatewayV2::Route': 4,
      'AWS::IAM::Role': expect.any(Number),
      'AWS::Lambda::Permission': expect.any(Number),
    }));
  });

  test('synthTemplates returns stage stacks and nested stacks too', () => {
    const app = new App();
    const top = new Stack(app, 'Top');
    const nested = new NestedStack(top, 'Inner');
    new CfnResource(nested, 'Bad', { type: 'AWS::ApiGatewayV2::Route', properties: { ApiId: 'a' } });
    const svc = new Stack(new Stage(app, 'Beta'), 'Svc');
    new CfnResource(svc, 'Ok', { type: 'AWS::ApiGatewayV2::Route', properties: { ApiId: 'a', RouteKey: '$default' } });
    const templates = synthTemplates(app);
    const nestedKey = nested.templateFile;
    expect(nestedKey).toMatch(/\.nested\.template\.json$/);
    expect(Object.keys(templates).sort()).toEqual(['Top', `assembly-Beta/${svc.artifactId}`, nestedKey].sort());
    expect(validateTemplates(templates)).toEqual([expect.stringMatching(/^Top\w+\.nested\.template\.json: Bad .* must have required property 'RouteKey'$/)]);
  });
});
