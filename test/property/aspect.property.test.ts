import { App, CfnParameter, CfnResource, Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as fc from 'fast-check';
import { cfnPropertiesOf } from '../../src/core/cfn/l1';
import { factsOfCfnMethod } from '../../src/core/cfn/rest';
import { factsOfCfnIntegration } from '../../src/core/cfn/v2';
import { IntegrationFacts } from '../../src/core/facts';
import { judge } from '../../src/core/validate';
import { validateTemplate } from '../support/schema';

/**
 * Property-based tests of the aspect's door: random L1 integrations (valid, invalid and
 * unresolved values mixed) never make the rule table throw; whatever it accepts, CloudFormation's
 * resource schema accepts too; and a token is never judged as a literal.
 * Seeded and reproducible: FC_SEED / FC_RUNS override.
 */
const SEED = Number(process.env.FC_SEED ?? 20261121);
const RUNS = Number(process.env.FC_RUNS ?? 1000);

const ROLE = 'arn:aws:iam::123456789012:role/api';
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 3 });

const anyString = fc.string({ maxLength: 12 });
const verb = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'ANY', 'get', 'FOO', '');
const uri = fc.oneof(
  fc.constantFrom(
    'https://example.com/pets/{id}', 'http://example.com:8080', 'https://example.com:1000', 'ftp://example.com', 'example.com',
    'https://${stageVariables.host}/x', 'https://example.com/a b',
    'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations',
    'arn:aws:apigateway:us-east-1:sqs:path/123456789012/q', 'arn:aws:apigateway:us-east-1:states:action/StartExecution',
    'arn:aws:lambda:us-east-1:123456789012:function:f',
    'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/50dc6c495c0c9188/f2f7dc8efc522ab2',
    'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/a/50dc6c495c0c9188', '',
  ),
  anyString,
);
const timeout = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(49, 50, 29_000, 29_001, 30_000, 30_001, 300_000, 900_000));
const connectionType = fc.constantFrom('INTERNET', 'VPC_LINK', 'VPCLINK');
const connectionId = fc.constantFrom('abc123', '${stageVariables.link}');
const credentials = fc.constantFrom(ROLE, 'arn:aws:iam::*:user/*', 'my-role');

/** Which field, if any, becomes an unresolved token. */
const tokenField = fc.constantFrom(undefined, 'type', 'method', 'uri', 'timeout', 'connectionId', 'credentials');

interface Generated {
  readonly type?: string;
  readonly method?: string;
  readonly uri?: string;
  readonly timeout?: number;
  readonly connectionType?: string;
  readonly connectionId?: string;
  readonly credentials?: string;
}

/** `typeRequired`: the v2 L1 itself refuses a missing IntegrationType (aws-cdk-lib checks required props). */
const generated = (types: string[], typeRequired: boolean): fc.Arbitrary<Generated> => fc.record({
  type: typeRequired ? fc.oneof(fc.constantFrom(...types), anyString) : maybe(fc.oneof(fc.constantFrom(...types), anyString)),
  method: maybe(verb),
  uri: maybe(uri),
  timeout: maybe(timeout),
  connectionType: maybe(connectionType),
  connectionId: maybe(connectionId),
  credentials: maybe(credentials),
});

function withToken(g: Generated, field: string | undefined, stack: Stack): Generated {
  if (!field || (g as Record<string, unknown>)[field] === undefined) return g;
  const p = new CfnParameter(stack, `P${stack.node.children.length}`, { type: field === 'timeout' ? 'Number' : 'String' });
  return { ...g, [field]: field === 'timeout' ? p.valueAsNumber : p.valueAsString };
}

function codes(facts: IntegrationFacts | undefined): string[] {
  return facts ? judge(facts).errors.map(e => e.code).sort() : [];
}

function schemaProblems(resource: CfnResource): string[] {
  const stack = Stack.of(resource);
  return validateTemplate({ Resources: { R: { Type: resource.cfnResourceType, Properties: stack.resolve(cfnPropertiesOf(resource)) } } });
}

function restMethod(stack: Stack, g: Generated): CfnResource {
  const api = new apigw.CfnRestApi(stack, `Api${stack.node.children.length}`, { name: 'a', endpointConfiguration: { types: ['REGIONAL'] } });
  const integration: apigw.CfnMethod.IntegrationProperty = {
    type: g.type as string,
    integrationHttpMethod: g.method,
    uri: g.uri,
    timeoutInMillis: g.timeout,
    connectionType: g.connectionType,
    connectionId: g.connectionId,
    credentials: g.credentials,
  };
  return new apigw.CfnMethod(stack, `M${stack.node.children.length}`, { restApiId: api.ref, resourceId: api.attrRootResourceId, httpMethod: 'GET', authorizationType: 'NONE', integration });
}

function v2Integration(stack: Stack, g: Generated, protocol: string): CfnResource {
  const api = new apigwv2.CfnApi(stack, `Api${stack.node.children.length}`, { name: 'a', protocolType: protocol, routeSelectionExpression: protocol === 'WEBSOCKET' ? '$request.body.action' : undefined });
  return new apigwv2.CfnIntegration(stack, `I${stack.node.children.length}`, {
    apiId: api.ref,
    integrationType: g.type as string,
    integrationMethod: g.method,
    integrationUri: g.uri,
    timeoutInMillis: g.timeout,
    connectionType: g.connectionType,
    connectionId: g.connectionId,
    credentialsArn: g.credentials,
    payloadFormatVersion: protocol === 'HTTP' ? '1.0' : undefined,
  });
}

const KINDS: Array<[string, string[], (stack: Stack, g: Generated) => CfnResource, (r: CfnResource) => IntegrationFacts | undefined]> = [
  ['REST', ['AWS', 'AWS_PROXY', 'HTTP', 'HTTP_PROXY', 'MOCK'], restMethod, factsOfCfnMethod],
  ['HTTP', ['AWS_PROXY', 'HTTP_PROXY'], (s, g) => v2Integration(s, g, 'HTTP'), factsOfCfnIntegration],
  ['WEBSOCKET', ['AWS', 'AWS_PROXY', 'HTTP', 'HTTP_PROXY', 'MOCK'], (s, g) => v2Integration(s, g, 'WEBSOCKET'), factsOfCfnIntegration],
];

describe.each(KINDS)('%s integrations from L1', (_kind, types, make, factsOf) => {
  test(`the rule table never throws, and what it accepts the CloudFormation schema accepts (${RUNS} cases)`, () => {
    const app = new App();
    fc.assert(fc.property(generated(types, _kind !== 'REST'), tokenField, (g, field) => {
      const stack = new Stack(app, `P${app.node.children.length}`);
      const resource = make(stack, withToken(g, field, stack));
      const errors = codes(factsOf(resource));
      if (errors.length === 0) expect(schemaProblems(resource)).toEqual([]);
    }), { seed: SEED, numRuns: RUNS });
  });

  test(`a token is never judged as a literal: replacing a value by a token never adds a problem (${RUNS} cases)`, () => {
    const app = new App();
    fc.assert(fc.property(generated(types, _kind !== 'REST'), tokenField, (g, field) => {
      const stack = new Stack(app, `P${app.node.children.length}`);
      const concrete = codes(factsOf(make(stack, g)));
      const tokenized = codes(factsOf(make(stack, withToken(g, field, stack))));
      expect(tokenized.filter(c => !concrete.includes(c))).toEqual([]);
    }), { seed: SEED + 1, numRuns: RUNS });
  });
});
