// The template checker (`cdk-apigateway-integrations check`): templates, SAM, cloud assemblies, OpenAPI files.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { App, NestedStack, Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { main } from '../../src/cli/main';
import { RULES } from '../../src/core/rules';
import { ExampleStack } from '../example/stack';

const FIXTURES = path.join(__dirname, 'fixtures');
const OPENAPI = path.join(__dirname, '..', 'fixtures', 'openapi');

interface Run {
  readonly status: number;
  readonly out: string;
  readonly err: string;
}

function run(...args: string[]): Run {
  let out = '';
  let err = '';
  const status = main(args, { write: (s: string) => (out += s) }, { write: (s: string) => (err += s) });
  return { status, out, err };
}

function json(...args: string[]): { status: number; findings: Array<Record<string, string>> } {
  const r = run('check', '--format', 'json', ...args);
  return { status: r.status, findings: JSON.parse(r.out).findings };
}

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'cli-test-'));
}

const TEMPLATE_FINDINGS = [
  { resource: 'GetItem', path: 'Properties.Integration', code: 'TimeoutOutOfRange', severity: 'error' },
  { resource: 'GetItem', path: 'Properties.Integration', code: 'UriPlaceholderNotMapped', severity: 'warning' },
  { resource: 'Private', path: 'Properties', code: 'VpcLinkWithoutConnectionId', severity: 'error' },
];

describe('templates', () => {
  test('a JSON template: each finding with its file, logical id, property path, code, severity and message', () => {
    const file = path.join(FIXTURES, 'broken.template.json');
    const { status, findings } = json(file);
    expect(status).toBe(1);
    expect(findings).toEqual(TEMPLATE_FINDINGS.map(f => ({ file, ...f, message: expect.any(String) })));
    // Ref/GetAtt are followed: the method's resource path (/items/{id}) is known, the v2 integration's API is an HTTP API
    expect(findings[1].message).toContain('unmapped "{id}"');
    expect(findings[2].message).toContain('AWS::ApiGatewayV2::VpcLink');
  });

  test('a YAML template with short-form intrinsics (!Ref, !GetAtt, !Sub) gives the same findings', () => {
    const file = path.join(FIXTURES, 'broken.template.yaml');
    const { status, findings } = json(file);
    expect(status).toBe(1);
    expect(findings.map(({ file: _, message: __, ...f }) => f)).toEqual(TEMPLATE_FINDINGS);
  });

  test('a SAM template: the OpenAPI DefinitionBody of AWS::Serverless::Api (REST) and HttpApi (HTTP), intrinsics unknown', () => {
    const { status, findings } = json(path.join(FIXTURES, 'sam.template.yaml'));
    expect(status).toBe(1);
    expect(findings.map(f => [f.resource, f.path, f.code])).toEqual([
      ['RestApi', 'Properties.DefinitionBody.paths./items.post', 'LambdaRequiresPost'],
      ['HttpApi', 'Properties.DefinitionBody.paths./orders.get', 'PayloadFormatVersionNotSupported'],
    ]);
  });

  test('text output: one line per finding grouped by file, and a summary line', () => {
    const file = path.join(FIXTURES, 'broken.template.yaml');
    const r = run('check', file);
    expect(r.status).toBe(1);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe(file);
    expect(lines.slice(1, 4).map(l => l.trim().split(/\s+/).slice(0, 3))).toEqual([
      ['error', 'TimeoutOutOfRange', 'GetItem'], ['warning', 'UriPlaceholderNotMapped', 'GetItem'], ['error', 'VpcLinkWithoutConnectionId', 'Private'],
    ]);
    expect(lines[4]).toBe('2 errors, 1 warning in 1 file checked');
  });
});

describe('cloud assemblies', () => {
  test('the example app\'s cdk.out has no error (exit 0)', () => {
    const outdir = tmpdir();
    const app = new App({ outdir });
    new ExampleStack(app, 'Example');
    app.synth();
    const r = run('check', '--format', 'json', outdir);
    expect(JSON.parse(r.out).findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(r.status).toBe(0);
  });

  test('every stack template of an assembly is read, nested stacks included', () => {
    const outdir = tmpdir();
    const app = new App({ outdir });
    const parent = new Stack(app, 'Parent');
    const nested = new NestedStack(parent, 'Nested');
    const api = new apigw.CfnRestApi(nested, 'Api', { name: 'api' });
    new apigw.CfnMethod(nested, 'Method', {
      restApiId: api.ref,
      resourceId: api.attrRootResourceId,
      httpMethod: 'GET',
      authorizationType: 'NONE',
      integration: { type: 'MOCK', timeoutInMillis: 10 },
    });
    app.synth();
    const { status, findings } = json(outdir);
    expect(status).toBe(1);
    expect(findings).toEqual([expect.objectContaining({ code: 'TimeoutOutOfRange', file: expect.stringMatching(/\.nested\.template\.json$/) })]);
  });
});

describe('OpenAPI files', () => {
  test('an OpenAPI 3 file: findings name the operation', () => {
    const { status, findings } = json(path.join(OPENAPI, 'broken-rest.yaml'));
    expect(status).toBe(1);
    expect(findings.map(f => [f.resource, f.path, f.code])).toEqual([
      ['', 'paths./items/{id}.get', 'TimeoutOutOfRange'],
      ['', 'paths./items/{id}.delete', 'UriPlaceholderNotMapped'],
      ['', 'paths./private.x-amazon-apigateway-any-method', 'VpcLinkWithoutConnectionId'],
    ]);
  });

  test('a valid definition (aws-cdk\'s own integ test) exits 0 with a summary only', () => {
    const r = run('check', path.join(OPENAPI, 'aws-cdk-pets.yaml'));
    expect(r).toEqual({ status: 0, out: '0 errors, 0 warnings in 1 file checked\n', err: '' });
  });

  test('a directory: every template and definition in it', () => {
    const { findings } = json(OPENAPI);
    expect(new Set(findings.map(f => path.basename(f.file)))).toEqual(new Set(['broken-rest.yaml', 'http-api.json']));
  });
});

describe('exit status', () => {
  test('--warnings-as-errors: a warning alone exits 1', () => {
    const dir = tmpdir();
    const file = path.join(dir, 'warn.json');
    fs.writeFileSync(file, JSON.stringify({
      Resources: {
        Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'a', EndpointConfiguration: { Types: ['REGIONAL'] } } },
        M: {
          Type: 'AWS::ApiGateway::Method',
          Properties: { RestApiId: { Ref: 'Api' }, ResourceId: { 'Fn::GetAtt': ['Api', 'RootResourceId'] }, HttpMethod: 'GET', Integration: { Type: 'MOCK', TimeoutInMillis: 45000 } },
        },
      },
    }));
    const plain = json(file);
    expect(plain.findings.map(f => [f.code, f.severity])).toEqual([['TimeoutAboveDefaultQuota', 'warning']]);
    expect(plain.status).toBe(0);
    expect(run('check', '--warnings-as-errors', file).status).toBe(1);
  });

  test.each([
    ['a missing file', () => path.join(tmpdir(), 'missing.json'), /missing\.json: cannot read it \(ENOENT\)/],
    ['a file that is not JSON or YAML', () => write('bad.yaml', 'a: [1, 2\nb: }'), /bad\.yaml: not valid JSON or YAML/],
    ['a file that is neither a template nor a definition', () => write('other.json', '{"name": "x"}'), /other\.json: neither a CloudFormation template/],
  ])('%s exits 2 naming the file and why', (_, file, message) => {
    const r = run('check', file());
    expect(r.status).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
  });

  test.each([
    [[]], [['lint', 'x']], [['check']], [['check', '--format', 'xml', 'x']], [['check', '--frobnicate', 'x']],
  ])('usage error %j exits 2 with the usage', (args) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.err).toContain('usage: cdk-apigateway-integrations check');
  });
});

function write(name: string, text: string): string {
  const file = path.join(tmpdir(), name);
  fs.writeFileSync(file, text);
  return file;
}

describe('SARIF', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
  delete schema.$schema; // draft-04: ajv 8 reads it as draft-07 once the draft-04 `$schema` and `id` are dropped
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }); // the schema's language pattern is not valid with the u flag
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S*$/i);
  ajv.addFormat('uri-reference', /^\S*$/);
  ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT/);
  const validate = ajv.compile(schema);

  test('--format sarif is valid SARIF 2.1.0 with a rule entry per rule code and a located result per finding', () => {
    const r = run('check', '--format', 'sarif', path.join(FIXTURES, 'broken.template.yaml'), path.join(OPENAPI, 'broken-rest.yaml'));
    expect(r.status).toBe(1);
    const log = JSON.parse(r.out);
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    const driver = log.runs[0].tool.driver;
    expect(driver.rules.map((x: { id: string }) => x.id)).toEqual(RULES.map(x => x.code));
    for (const rule of driver.rules) {
      expect(rule).toEqual(expect.objectContaining({ shortDescription: { text: expect.any(String) }, helpUri: expect.stringMatching(/^https:\/\//) }));
    }
    const results = log.runs[0].results;
    expect(results).toHaveLength(6);
    for (const res of results) expect(driver.rules[res.ruleIndex].id).toBe(res.ruleId);
    // located at the resource's line in the template (GetItem is declared on line 20 of the YAML)
    expect(results[0].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: path.relative(process.cwd(), path.join(FIXTURES, 'broken.template.yaml')) }, region: { startLine: 20 } });
  });
});
