import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as fc from 'fast-check';
import {
  BAD_TEMPLATES, credentialsSpec, CredentialsSpec, entries, Leaf, maybe, num, properties, Realizer, requestValue,
  RequestValueSpec, responseValue, ResponseValueSpec, str, TEMPLATES, toCredentials, toRequestValue, toResponseValue,
} from './support';
import { AwsServiceUri } from '../../src/mapping/aws-service-uri';
import {
  WebSocketApiAwsIntegration, WebSocketApiDynamoDbIntegration, WebSocketApiEventBridgeIntegration, WebSocketApiHttpIntegration,
  WebSocketApiIntegrationResponseKey, WebSocketApiIntegrationResponseOptions, WebSocketApiKinesisIntegration, WebSocketApiLambdaIntegration,
  WebSocketApiMockIntegration, WebSocketApiSqsIntegration, WebSocketApiStepFunctionsIntegration, WebSocketApiTransformOptions,
} from '../../src/websocket';

/**
 * Property-based tests of the WebSocket constructs: random props, route keys and integration
 * responses either raise our validation error or synthesize a template the schemas accept.
 */

const SELECTION_KEYS = ['$default', 'application/json', 'join'];
const BAD_SELECTION_KEYS = ['', 'a b'];
const SELECTION_EXPRESSIONS = ['\\$default', '$request.body.action', '${request.body.action}'];
const BAD_SELECTION_EXPRESSIONS = ['', 'bad', '$request.header.x y'];
const template = str(TEMPLATES, BAD_TEMPLATES);
const contentHandling = fc.constantFrom(apigwv2.ContentHandling.CONVERT_TO_BINARY, apigwv2.ContentHandling.CONVERT_TO_TEXT);

type KeySpec = ['default' | 'client' | 'server'] | ['statusCode', Leaf<number>] | ['pattern' | 'error' | 'of', Leaf<string>];

const keySpec: fc.Arbitrary<KeySpec> = fc.oneof(
  fc.tuple(fc.constantFrom('default' as const, 'client' as const, 'server' as const)),
  fc.tuple(fc.constant('statusCode' as const), num([200, 404, 500], [0, 99, 600])),
  fc.tuple(fc.constantFrom('pattern' as const, 'error' as const), str(['4\\d{2}', '.*Error.*'], ['(', ''])),
  fc.tuple(fc.constant('of' as const), str(['$default', '/2\\d{2}/'], ['', 'default', '/(/'])),
) as fc.Arbitrary<KeySpec>;

interface ResponseSpec {
  key?: KeySpec;
  responseTemplates?: Array<[Leaf<string>, Leaf<string>]>;
  templateSelectionExpression?: Leaf<string>;
  responseParameters?: Array<[Leaf<string>, ResponseValueSpec]>;
  contentHandling?: apigwv2.ContentHandling;
}

const responseSpec: fc.Arbitrary<ResponseSpec> = fc.record({
  key: keySpec,
  responseTemplates: entries(SELECTION_KEYS, BAD_SELECTION_KEYS, template),
  templateSelectionExpression: str(SELECTION_EXPRESSIONS, BAD_SELECTION_EXPRESSIONS),
  responseParameters: entries(['x-id', 'Content-Type'], ['a b', ''], responseValue),
  contentHandling,
}, { requiredKeys: [] });

interface OptionsSpec {
  timeout?: Leaf<number>;
  description?: Leaf<string>;
  headers?: Array<[Leaf<string>, RequestValueSpec]>;
  querystrings?: Array<[Leaf<string>, RequestValueSpec]>;
  contentHandling?: apigwv2.ContentHandling;
  requestTemplates?: Array<[Leaf<string>, Leaf<string>]>;
  templateSelectionExpression?: Leaf<string>;
  passthroughBehavior?: apigwv2.PassthroughBehavior;
  responses?: ResponseSpec[];
}

const optionsSpec: fc.Arbitrary<OptionsSpec> = fc.record({
  timeout: num([50, 1_000, 29_000], [0, 49, 29_001, 30_000]),
  description: str(['chat'], ['', 'x'.repeat(1025)]),
  headers: entries(['x-id', 'Content-Type'], ['a b', ''], requestValue),
  querystrings: entries(['q'], ['a b', ''], requestValue),
  contentHandling,
  requestTemplates: entries(SELECTION_KEYS, BAD_SELECTION_KEYS, template),
  templateSelectionExpression: str(SELECTION_EXPRESSIONS, BAD_SELECTION_EXPRESSIONS),
  passthroughBehavior: fc.constantFrom(...Object.values(apigwv2.PassthroughBehavior)),
  responses: fc.array(responseSpec, { maxLength: 2 }),
}, { requiredKeys: [] });

function responseKey(r: Realizer, k: KeySpec): WebSocketApiIntegrationResponseKey {
  switch (k[0]) {
    case 'default': return WebSocketApiIntegrationResponseKey.DEFAULT;
    case 'client': return WebSocketApiIntegrationResponseKey.CLIENT_ERROR;
    case 'server': return WebSocketApiIntegrationResponseKey.SERVER_ERROR;
    case 'statusCode': return WebSocketApiIntegrationResponseKey.statusCode(r.num(k[1]));
    case 'pattern': return WebSocketApiIntegrationResponseKey.statusPattern(r.s(k[1]));
    case 'error': return WebSocketApiIntegrationResponseKey.errorPattern(r.s(k[1]));
    default: return WebSocketApiIntegrationResponseKey.of(r.s(k[1]));
  }
}

function toResponse(r: Realizer, x: ResponseSpec): WebSocketApiIntegrationResponseOptions {
  return {
    key: x.key ? responseKey(r, x.key) : undefined,
    responseTemplates: r.dict(x.responseTemplates, t => r.s(t)),
    templateSelectionExpression: r.s(x.templateSelectionExpression),
    responseParameters: r.dict(x.responseParameters, v => toResponseValue(r, v)),
    contentHandling: x.contentHandling,
  };
}

function toOptions(r: Realizer, o: OptionsSpec): WebSocketApiTransformOptions {
  const rv = (v: RequestValueSpec) => toRequestValue(r, v);
  return {
    timeout: r.millis(o.timeout),
    description: r.s(o.description),
    requestParameters: o.headers || o.querystrings ? { headers: r.dict(o.headers, rv), querystrings: r.dict(o.querystrings, rv) } : undefined,
    contentHandling: o.contentHandling,
    requestTemplates: r.dict(o.requestTemplates, t => r.s(t)),
    templateSelectionExpression: r.s(o.templateSelectionExpression),
    passthroughBehavior: o.passthroughBehavior,
    responses: o.responses?.map(x => toResponse(r, x)),
  };
}

type TargetSpec =
  | { t: 'lambda'; proxy?: boolean; credentials?: CredentialsSpec }
  | { t: 'http'; url: Leaf<string>; proxy?: boolean; method?: apigwv2.HttpMethod; vpcLink?: boolean }
  | { t: 'mock' }
  | { t: 'aws'; service: Leaf<string>; action: Leaf<string>; credentials: CredentialsSpec; method?: apigwv2.HttpMethod }
  | { t: 'factory'; which: string; credentials?: CredentialsSpec; source: Leaf<string>; detailType?: Leaf<string> };

const METHODS = [apigwv2.HttpMethod.GET, apigwv2.HttpMethod.POST, apigwv2.HttpMethod.ANY];

const target: fc.Arbitrary<TargetSpec> = fc.oneof(
  fc.record({ t: fc.constant('lambda' as const), proxy: maybe(fc.boolean()), credentials: maybe(credentialsSpec) }),
  fc.record({
    t: fc.constant('http' as const),
    url: str(['https://example.com', 'https://example.com/chat', 'http://example.com:8080'], ['ftp://x', '', 'https://ex ample.com']),
    proxy: maybe(fc.boolean()),
    method: maybe(fc.constantFrom(...METHODS)),
    vpcLink: maybe(fc.boolean()),
  }),
  fc.constant({ t: 'mock' as const }),
  fc.record({
    t: fc.constant('aws' as const),
    service: str(['sqs', 'dynamodb', 'events'], ['', 'bad service']),
    action: str(['SendMessage', 'PutItem'], ['', 'a b']),
    credentials: credentialsSpec,
    method: maybe(fc.constantFrom(...METHODS)),
  }),
  fc.record({
    t: fc.constant('factory' as const),
    which: fc.constantFrom('sqs', 'ddb', 'events', 'kinesis', 'sfn'),
    credentials: maybe(credentialsSpec),
    source: str(['my.app'], ['']),
    detailType: maybe(str(['Message'], [''])),
  }),
);

function integrationOf(r: Realizer, t: TargetSpec, o: WebSocketApiTransformOptions): apigwv2.WebSocketRouteIntegration {
  const stack = r.stack;
  switch (t.t) {
    case 'lambda':
      return new WebSocketApiLambdaIntegration('Integration', lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:f'), {
        ...o, proxy: t.proxy, credentials: toCredentials(r, t.credentials),
      });
    case 'http':
      return new WebSocketApiHttpIntegration('Integration', r.s(t.url), {
        ...o, proxy: t.proxy, method: t.method, vpcLink: t.vpcLink ? apigw.VpcLink.fromVpcLinkId(stack, 'Link', 'abc123') : undefined,
      });
    case 'mock':
      return new WebSocketApiMockIntegration('Integration', o);
    case 'aws':
      return new WebSocketApiAwsIntegration('Integration', {
        uri: AwsServiceUri.action(r.s(t.service), r.s(t.action)),
        ...o,
        credentials: toCredentials(r, t.credentials)!,
        method: t.method,
      });
    default: {
      const options = { ...o, credentials: toCredentials(r, t.credentials) };
      switch (t.which) {
        case 'sqs': return WebSocketApiSqsIntegration.sendMessage('Integration', sqs.Queue.fromQueueArn(stack, 'Queue', 'arn:aws:sqs:us-east-1:123456789012:q'), options);
        case 'ddb': return WebSocketApiDynamoDbIntegration.putItem('Integration', dynamodb.Table.fromTableName(stack, 'Table', 'table'), options);
        case 'events': return WebSocketApiEventBridgeIntegration.putEvents('Integration', events.EventBus.fromEventBusArn(stack, 'Bus', 'arn:aws:events:us-east-1:123456789012:event-bus/b'), {
          ...options, source: r.s(t.source), detailType: r.s(t.detailType),
        });
        case 'kinesis': return WebSocketApiKinesisIntegration.putRecord('Integration', kinesis.Stream.fromStreamArn(stack, 'Stream', 'arn:aws:kinesis:us-east-1:123456789012:stream/s'), options);
        default: return WebSocketApiStepFunctionsIntegration.startExecution('Integration',
          sfn.StateMachine.fromStateMachineArn(stack, 'Machine', 'arn:aws:states:us-east-1:123456789012:stateMachine:m'), options);
      }
    }
  }
}

interface CaseSpec {
  routeKeys: string[];
  returnResponse?: boolean;
  target: TargetSpec;
  options: OptionsSpec;
}

const caseSpec: fc.Arbitrary<CaseSpec> = fc.record({
  routeKeys: fc.uniqueArray(fc.constantFrom('$connect', '$disconnect', '$default', 'sendMessage'), { minLength: 1, maxLength: 2 }),
  returnResponse: maybe(fc.boolean()),
  target,
  options: optionsSpec,
}, { requiredKeys: ['routeKeys', 'target', 'options'] });

function build(r: Realizer, c: CaseSpec): void {
  const api = new apigwv2.WebSocketApi(r.stack, 'Ws');
  const integration = integrationOf(r, c.target, toOptions(r, c.options));
  for (const key of c.routeKeys) api.addRoute(key, { integration, returnResponse: c.returnResponse });
}

describe('WebSocket typed constructs', () => {
  properties('WEBSOCKET', caseSpec, build);
});

