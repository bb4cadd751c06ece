import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as events from 'aws-cdk-lib/aws-events';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as fc from 'fast-check';
import {
  BAD_TEMPLATES, credentialsSpec, CredentialsSpec, entries, Leaf, maybe, num, properties, Realizer, requestValue, RequestValueSpec,
  responseValue, ResponseValueSpec, str, TEMPLATES, toCredentials, toRequestValue, toResponseValue,
} from './support';
import { AwsServiceUri } from '../../src/mapping/aws-service-uri';
import {
  RestApiAwsIntegration, RestApiServiceIntegrationOptions, RestApiConnection, RestApiDynamoDbIntegration, RestApiEventBridgeIntegration,
  RestApiHttpIntegration, RestApiIntegrationOptions, RestApiKinesisIntegration, RestApiLambdaIntegration, RestApiMockIntegration,
  RestApiResponseTransferMode, RestApiS3Integration, RestApiSnsIntegration, RestApiSqsIntegration, RestApiStepFunctionsIntegration,
} from '../../src/rest';

/**
 * Property-based tests of the REST constructs: random props, methods, resource paths and endpoint
 * types either raise our validation error or synthesize a template the CloudFormation schemas accept.
 */

interface ResponseSpec {
  statusCode: Leaf<number>;
  selectionPattern?: Leaf<string>;
  responseHeaders?: Array<[Leaf<string>, ResponseValueSpec]>;
  responseTemplates?: Array<[Leaf<string>, Leaf<string>]>;
  contentHandling?: apigw.ContentHandling;
}

interface OptionsSpec {
  timeout?: Leaf<number>;
  headers?: Array<[Leaf<string>, RequestValueSpec]>;
  querystrings?: Array<[Leaf<string>, RequestValueSpec]>;
  paths?: Array<[Leaf<string>, RequestValueSpec]>;
  requestTemplates?: Array<[Leaf<string>, Leaf<string>]>;
  passthroughBehavior?: apigw.PassthroughBehavior;
  contentHandling?: apigw.ContentHandling;
  cacheNamespace?: Leaf<string>;
  cacheKeyParameters?: RequestValueSpec[];
  integrationResponses?: ResponseSpec[];
}

const CONTENT_TYPES = ['application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-8'];
const BAD_CONTENT_TYPES = ['bad type', '', '$default'];
const STATUS_CODES = [200, 201, 400, 404, 500, 599];
const BAD_STATUS_CODES = [99, 600, 0, 2000, 2.5];
const SELECTION_PATTERNS = ['4\\d{2}', '5\\d{2}', '.*Error.*', '200'];
const BAD_SELECTION_PATTERNS = ['(', ''];
const HEADER_NAMES = ['Content-Type', 'x-id', 'Access-Control-Allow-Origin', 'ETag'];
const BAD_HEADER_NAMES = ['a b', ''];
const contentHandling = fc.constantFrom(apigw.ContentHandling.CONVERT_TO_BINARY, apigw.ContentHandling.CONVERT_TO_TEXT);
const template = str(TEMPLATES, BAD_TEMPLATES);

const responseSpec: fc.Arbitrary<ResponseSpec> = fc.record({
  statusCode: num(STATUS_CODES, BAD_STATUS_CODES),
  selectionPattern: maybe(str(SELECTION_PATTERNS, BAD_SELECTION_PATTERNS)),
  responseHeaders: maybe(entries(HEADER_NAMES, BAD_HEADER_NAMES, responseValue)),
  responseTemplates: maybe(entries(CONTENT_TYPES, BAD_CONTENT_TYPES, template)),
  contentHandling: maybe(contentHandling, 4),
}, { requiredKeys: ['statusCode'] });

const optionsSpec: fc.Arbitrary<OptionsSpec> = fc.record({
  timeout: num([50, 1_000, 29_000, 29_001, 30_000, 300_000], [0, 49, 300_001, 900_000, 900_001, 1_000_000]),
  headers: entries(HEADER_NAMES, BAD_HEADER_NAMES, requestValue),
  querystrings: entries(['q', 'page'], ['a b', ''], requestValue),
  paths: entries(['id', 'proxy', 'key', 'other'], [''], requestValue),
  requestTemplates: entries(CONTENT_TYPES, BAD_CONTENT_TYPES, template),
  passthroughBehavior: fc.constantFrom(...Object.values(apigw.PassthroughBehavior)),
  contentHandling,
  cacheNamespace: str(['ns'], ['', 'a b']),
  cacheKeyParameters: fc.array(requestValue, { maxLength: 2 }),
  integrationResponses: fc.array(responseSpec, { maxLength: 3 }),
}, { requiredKeys: [] });

function toOptions(r: Realizer, o: OptionsSpec): RestApiIntegrationOptions {
  const rv = (v: RequestValueSpec) => toRequestValue(r, v);
  const anyParams = o.headers || o.querystrings || o.paths;
  return {
    timeout: r.millis(o.timeout),
    requestParameters: anyParams
      ? { headers: r.dict(o.headers, rv), querystrings: r.dict(o.querystrings, rv), paths: r.dict(o.paths, rv) }
      : undefined,
    requestTemplates: r.dict(o.requestTemplates, t => r.s(t)),
    passthroughBehavior: o.passthroughBehavior,
    contentHandling: o.contentHandling,
    cacheNamespace: r.s(o.cacheNamespace),
    cacheKeyParameters: o.cacheKeyParameters?.map(rv),
    integrationResponses: o.integrationResponses?.map(x => ({
      statusCode: r.num(x.statusCode),
      selectionPattern: r.s(x.selectionPattern),
      responseHeaders: r.dict(x.responseHeaders, v => toResponseValue(r, v)),
      responseTemplates: r.dict(x.responseTemplates, t => r.s(t)),
      contentHandling: x.contentHandling,
    })),
  };
}

const URLS = [
  'https://example.com', 'https://example.com/items/{id}', 'http://example.com:8080/{proxy}', 'https://example.com:443/a',
  'https://${stageVariables.host}/x', 'https://example.com/{key}/{other}',
];
const BAD_URLS = ['ftp://example.com', 'example.com', '', 'https://ex ample.com', 'https://example.com:1000'];
const SERVICES = ['sqs', 'sns', 'dynamodb', 'states', 'lambda', 'firehose', 's3'];
const VERBS = ['GET', 'POST', 'PUT', 'ANY'];
const BAD_VERBS = ['get', 'FOO', ''];

type TargetSpec =
  | { t: 'lambda'; proxy?: boolean; stream?: boolean; scoped?: boolean; credentials?: CredentialsSpec }
  | { t: 'http'; url: Leaf<string>; proxy?: boolean; httpMethod?: Leaf<string>; connection?: string; stream?: boolean }
  | { t: 'mock'; statusCode?: Leaf<number>; responseBody?: Leaf<string>; responseHeaders?: Array<[Leaf<string>, ResponseValueSpec]> }
  | { t: 'aws'; service: Leaf<string>; action: Leaf<string>; asPath: boolean; httpMethod?: Leaf<string>; credentials?: CredentialsSpec; proxy?: boolean }
  | { t: 'factory'; which: string; credentials?: CredentialsSpec; key?: RequestValueSpec; source: Leaf<string>; detailType: Leaf<string> };

const target: fc.Arbitrary<TargetSpec> = fc.oneof(
  fc.record({ t: fc.constant('lambda' as const), proxy: maybe(fc.boolean()), stream: maybe(fc.boolean()), scoped: maybe(fc.boolean()), credentials: maybe(credentialsSpec) }),
  fc.record({
    t: fc.constant('http' as const),
    url: str(URLS, BAD_URLS),
    proxy: maybe(fc.boolean()),
    httpMethod: maybe(str(VERBS, BAD_VERBS)),
    connection: maybe(fc.constantFrom('internet', 'v1', 'v2', 'stage', 'stageV2')),
    stream: maybe(fc.boolean()),
  }),
  fc.record({
    t: fc.constant('mock' as const),
    statusCode: maybe(num([200, 204, 404, 500], [99, 600, 1000, 0, 2.5])),
    responseBody: maybe(template),
    responseHeaders: maybe(entries(HEADER_NAMES, BAD_HEADER_NAMES, responseValue)),
  }),
  fc.record({
    t: fc.constant('aws' as const),
    service: str(SERVICES, ['bad service', '']),
    action: str(['SendMessage', 'Publish', '2015-03-31/functions/f/invocations'], ['', 'a b']),
    asPath: fc.boolean(),
    httpMethod: maybe(str(VERBS, BAD_VERBS)),
    credentials: maybe(credentialsSpec),
    proxy: maybe(fc.boolean()),
  }),
  fc.record({
    t: fc.constant('factory' as const),
    which: fc.constantFrom('sqs', 'sns', 'ddbPut', 'ddbGet', 'ddbDelete', 'ddbUpdate', 'ddbQuery', 's3Get', 's3Put', 'kinesis', 'events', 'sfn', 'sfnSync'),
    credentials: maybe(credentialsSpec),
    key: maybe(requestValue),
    source: str(['my.app'], ['', 'aws.events']),
    detailType: str(['Order'], ['']),
  }),
);

interface CaseSpec {
  endpoint: apigw.EndpointType;
  path: string;
  verb: string;
  declaredParameters?: Array<[string, boolean]>;
  declaredResponses?: string[];
  target: TargetSpec;
  options: OptionsSpec;
}

const caseSpec: fc.Arbitrary<CaseSpec> = fc.record({
  endpoint: fc.constantFrom(apigw.EndpointType.EDGE, apigw.EndpointType.REGIONAL, apigw.EndpointType.PRIVATE),
  path: fc.constantFrom('', 'items', '{id}', 'items/{id}', '{proxy+}', 'files/{key}'),
  verb: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'ANY'),
  declaredParameters: maybe(fc.uniqueArray(fc.tuple(fc.constantFrom('method.request.header.x-id', 'method.request.path.id', 'method.request.querystring.q', 'method.request.path.key'), fc.boolean()), { maxLength: 2, selector: p => p[0] }), 4),
  declaredResponses: maybe(fc.uniqueArray(fc.constantFrom('200', '400', '404', '500'), { maxLength: 2 }), 4),
  target,
  options: optionsSpec,
}, { requiredKeys: ['endpoint', 'path', 'verb', 'target', 'options'] });


function transferMode(stream: boolean | undefined): RestApiResponseTransferMode | undefined {
  return stream === undefined ? undefined : stream ? RestApiResponseTransferMode.STREAM : RestApiResponseTransferMode.BUFFERED;
}

function integrationOf(r: Realizer, t: TargetSpec, options: RestApiIntegrationOptions): apigw.Integration {
  const stack = r.stack;
  switch (t.t) {
    case 'lambda':
      return new RestApiLambdaIntegration(lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:f'), {
        ...options,
        proxy: t.proxy,
        scopePermissionToMethod: t.scoped,
        credentials: toCredentials(r, t.credentials),
        responseTransferMode: transferMode(t.stream),
      });
    case 'http':
      return new RestApiHttpIntegration(r.s(t.url), {
        ...options,
        proxy: t.proxy,
        httpMethod: r.s(t.httpMethod) as apigwv2.HttpMethod | undefined,
        connection: connectionOf(r, t.connection),
        responseTransferMode: transferMode(t.stream),
      });
    case 'mock':
      return new RestApiMockIntegration({
        ...options,
        statusCode: r.num(t.statusCode),
        responseBody: r.s(t.responseBody),
        responseHeaders: r.dict(t.responseHeaders, v => toResponseValue(r, v)),
      });
    case 'aws': {
      const service = r.s(t.service);
      const uri = t.asPath ? AwsServiceUri.path(service, r.s(t.action)) : AwsServiceUri.action(service, r.s(t.action));
      return new RestApiAwsIntegration({
        ...options,
        uri,
        httpMethod: r.s(t.httpMethod) as apigwv2.HttpMethod | undefined,
        credentials: toCredentials(r, t.credentials),
        proxy: t.proxy,
      });
    }
    default:
      return factory(r, t, { ...options, credentials: toCredentials(r, t.credentials) });
  }
}

function factory(r: Realizer, t: Extract<TargetSpec, { t: 'factory' }>, o: RestApiServiceIntegrationOptions): apigw.Integration {
  const stack = r.stack;
  const table = () => dynamodb.Table.fromTableName(stack, 'Table', 'table');
  const bucket = () => s3.Bucket.fromBucketName(stack, 'Bucket', 'bucket');
  const machine = () => sfn.StateMachine.fromStateMachineArn(stack, 'Machine', 'arn:aws:states:us-east-1:123456789012:stateMachine:m');
  const key = t.key ? toRequestValue(r, t.key) : undefined;
  switch (t.which) {
    case 'sqs': return RestApiSqsIntegration.sendMessage(sqs.Queue.fromQueueArn(stack, 'Queue', 'arn:aws:sqs:us-east-1:123456789012:q'), o);
    case 'sns': return RestApiSnsIntegration.publish(sns.Topic.fromTopicArn(stack, 'Topic', 'arn:aws:sns:us-east-1:123456789012:t'), o);
    case 'ddbPut': return RestApiDynamoDbIntegration.putItem(table(), o);
    case 'ddbGet': return RestApiDynamoDbIntegration.getItem(table(), o);
    case 'ddbDelete': return RestApiDynamoDbIntegration.deleteItem(table(), o);
    case 'ddbUpdate': return RestApiDynamoDbIntegration.updateItem(table(), o);
    case 'ddbQuery': return RestApiDynamoDbIntegration.query(table(), o);
    case 's3Get': return RestApiS3Integration.getObject(bucket(), { ...o, key });
    case 's3Put': return RestApiS3Integration.putObject(bucket(), { ...o, key });
    case 'kinesis': return RestApiKinesisIntegration.putRecord(kinesis.Stream.fromStreamArn(stack, 'Stream', 'arn:aws:kinesis:us-east-1:123456789012:stream/s'), o);
    case 'events': return RestApiEventBridgeIntegration.putEvents(events.EventBus.fromEventBusArn(stack, 'Bus', 'arn:aws:events:us-east-1:123456789012:event-bus/b'), {
      ...o, source: r.s(t.source), detailType: r.s(t.detailType),
    });
    case 'sfn': return RestApiStepFunctionsIntegration.startExecution(machine(), o);
    default: return RestApiStepFunctionsIntegration.startSyncExecution(machine(), o);
  }
}

function connectionOf(r: Realizer, c: string | undefined): RestApiConnection | undefined {
  const stack = r.stack;
  const alb = () => elbv2.ApplicationLoadBalancer.fromApplicationLoadBalancerAttributes(stack, 'Alb', {
    loadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/a/50dc6c495c0c9188', securityGroupId: 'sg-1',
  });
  const vpc = () => ec2.Vpc.fromVpcAttributes(stack, 'Vpc', { vpcId: 'vpc-1', availabilityZones: ['us-east-1a'] });
  switch (c) {
    case undefined: return undefined;
    case 'internet': return RestApiConnection.internet();
    case 'v1': return RestApiConnection.vpcLink(apigw.VpcLink.fromVpcLinkId(stack, 'Link', 'abc123'));
    case 'v2': return RestApiConnection.vpcLinkV2(apigwv2.VpcLink.fromVpcLinkAttributes(stack, 'Link', { vpcLinkId: 'abc123', vpc: vpc() }), alb());
    case 'stage': return RestApiConnection.stageVariable('link');
    default: return RestApiConnection.stageVariable('link', alb());
  }
}

function build(r: Realizer, c: CaseSpec): void {
  const api = new apigw.RestApi(r.stack, 'Api', { endpointTypes: [c.endpoint], deploy: false, cloudWatchRole: false });
  let resource: apigw.IResource = api.root;
  for (const part of c.path.split('/').filter(p => p !== '')) resource = resource.addResource(part);
  resource.addMethod(c.verb, integrationOf(r, c.target, toOptions(r, c.options)), {
    requestParameters: c.declaredParameters ? Object.fromEntries(c.declaredParameters) : undefined,
    methodResponses: c.declaredResponses?.map(statusCode => ({ statusCode })),
  });
}

describe('REST typed constructs', () => {
  properties('REST', caseSpec, build);
});
