import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { EntryPoint, fields, Kind, Loose, Resources, wrongTypeProperties } from './wrong-types';
import { AwsServiceUri, BackendCredentials, RequestValue, ResponseValue } from '../../src/mapping';
import {
  RestApiAwsIntegration, RestApiConnection, RestApiDynamoDbIntegration, RestApiEventBridgeIntegration, RestApiHttpIntegration,
  RestApiKinesisIntegration, RestApiLambdaIntegration, RestApiMockIntegration, RestApiS3Integration, RestApiSnsIntegration,
  RestApiSqsIntegration, RestApiStepFunctionsIntegration,
} from '../../src/rest';

/** Wrong runtime types at every REST entry point (and the shared mapping vocabulary): our error, never a TypeError. */

const resources = new WeakMap<Stack, Resources>();
const res = (s: Stack) => resources.get(s) ?? (resources.set(s, new Resources(s)), resources.get(s)!);

const OPTIONS: Record<string, Kind> = {
  timeout: 'dur',
  requestTemplates: 'map:str',
  passthroughBehavior: 'enum',
  contentHandling: 'enum',
  cacheNamespace: 'str',
  cacheKeyParameters: 'list:RequestValue',
  integrationResponses: 'list:struct',
  requestParameters: 'struct',
};
const SERVICE: Record<string, Kind> = { ...OPTIONS, credentials: 'BackendCredentials' };

const PARAM: Record<string, string> = { bodyPath: 'jsonPath', context: 'variable', literal: 'value' };
const paramOf = (m: string) => PARAM[m] ?? 'name';

const ctor = (C: unknown) => C as new (...args: any[]) => unknown;
const fn = (f: unknown) => f as Loose;

function factory(
  name: string, f: unknown, resource: string, make: (r: Resources) => unknown, opts: Record<string, Kind>, valid: object = {},
): EntryPoint {
  return {
    name,
    params: [resource, 'options'],
    args: s => [make(res(s)), { ...valid }],
    call: (_s, a) => fn(f)(...a),
    types: { [resource]: ['resource'], options: Object.keys(valid).length ? ['struct'] : ['struct', 'optional'], ...fields('options', opts) },
  };
}

const ENTRIES: EntryPoint[] = [
  {
    name: 'RestApiHttpIntegration',
    params: ['url', 'props'],
    args: () => ['https://example.com', {}],
    call: (_s, a) => new (ctor(RestApiHttpIntegration))(...a),
    types: { url: ['str'], props: ['struct', 'optional'], ...fields('props', { ...OPTIONS, proxy: 'bool', httpMethod: 'str', connection: 'RestApiConnection', responseTransferMode: 'enum', tlsConfig: 'struct' }) },
  },
  {
    name: 'RestApiLambdaIntegration',
    params: ['handler', 'props'],
    args: s => [res(s).fn(), {}],
    call: (_s, a) => new (ctor(RestApiLambdaIntegration))(...a),
    types: { handler: ['resource'], props: ['struct', 'optional'], ...fields('props', { ...OPTIONS, proxy: 'bool', responseTransferMode: 'enum', scopePermissionToMethod: 'bool', credentials: 'BackendCredentials' }) },
  },
  {
    name: 'RestApiMockIntegration',
    params: ['props'],
    args: () => [{}],
    call: (_s, a) => new (ctor(RestApiMockIntegration))(...a),
    types: { props: ['struct', 'optional'], ...fields('props', { ...OPTIONS, statusCode: 'int', responseBody: 'str', responseHeaders: 'map:ResponseValue' }) },
  },
  {
    name: 'RestApiAwsIntegration',
    params: ['props'],
    args: () => [{ uri: AwsServiceUri.action('sqs', 'ListQueues') }],
    call: (_s, a) => new (ctor(RestApiAwsIntegration))(...a),
    types: {
      'props': ['struct'],
      'props.uri': ['AwsServiceUri'],
      ...fields('props', { ...OPTIONS, httpMethod: 'str', credentials: 'BackendCredentials', policyStatements: 'list:PolicyStatement', proxy: 'bool' }),
    },
  },
  ...['putItem', 'getItem', 'deleteItem', 'updateItem', 'query'].map(m =>
    factory(`RestApiDynamoDbIntegration.${m}`, (RestApiDynamoDbIntegration as any)[m], 'table', r => r.table(), SERVICE)),
  {
    ...factory('RestApiEventBridgeIntegration.putEvents', RestApiEventBridgeIntegration.putEvents, 'bus', r => r.bus(), SERVICE, { source: 'shop', detailType: 'Order' }),
    types: {
      bus: ['resource'],
      options: ['struct'],
      ...fields('options', SERVICE),
      ...fields('options', { source: 'str', detailType: 'str' }, false),
    },
  },
  factory('RestApiKinesisIntegration.putRecord', RestApiKinesisIntegration.putRecord, 'stream', r => r.stream(), SERVICE),
  factory('RestApiS3Integration.getObject', RestApiS3Integration.getObject, 'bucket', r => r.bucket(), { ...SERVICE, key: 'RequestValue' }),
  factory('RestApiS3Integration.putObject', RestApiS3Integration.putObject, 'bucket', r => r.bucket(), { ...SERVICE, key: 'RequestValue' }),
  factory('RestApiSnsIntegration.publish', RestApiSnsIntegration.publish, 'topic', r => r.topic(), SERVICE),
  factory('RestApiSqsIntegration.sendMessage', RestApiSqsIntegration.sendMessage, 'queue', r => r.queue(), { ...SERVICE, messageGroupId: 'RequestValue', messageDeduplicationId: 'RequestValue' }),
  factory('RestApiStepFunctionsIntegration.startExecution', RestApiStepFunctionsIntegration.startExecution, 'stateMachine', r => r.stateMachine(), SERVICE),
  factory('RestApiStepFunctionsIntegration.startSyncExecution', RestApiStepFunctionsIntegration.startSyncExecution, 'stateMachine', r => r.stateMachine(), SERVICE),
  { name: 'RestApiConnection.vpcLink', params: ['vpcLink'], args: s => [res(s).vpcLink()], call: (_s, a) => fn(RestApiConnection.vpcLink)(...a), types: { vpcLink: ['resource'] } },
  {
    name: 'RestApiConnection.vpcLinkV2',
    params: ['vpcLink', 'target'],
    args: () => [{ node: {}, vpcLinkId: 'abc123' }, { loadBalancerRef: { loadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/a/1' } }],
    call: (_s, a) => fn(RestApiConnection.vpcLinkV2)(...a),
    types: { vpcLink: ['resource'], target: ['struct'] },
  },
  { name: 'RestApiConnection.stageVariable', params: ['name'], args: () => ['link'], call: (_s, a) => fn(RestApiConnection.stageVariable)(...a), types: { name: ['str'] } },
  // the mapping vocabulary every kind uses
  ...['header', 'multiValueHeader', 'querystring', 'multiValueQuerystring', 'path', 'bodyPath', 'context', 'stageVariable', 'literal'].map((m): EntryPoint => ({
    name: `RequestValue.${m}`, params: [paramOf(m)], args: () => ['x'], call: (_s, a) => fn((RequestValue as any)[m])(...a), types: { [paramOf(m)]: ['str'] },
  })),
  ...['header', 'multiValueHeader', 'bodyPath', 'context', 'stageVariable', 'literal'].map((m): EntryPoint => ({
    name: `ResponseValue.${m}`, params: [paramOf(m)], args: () => ['x'], call: (_s, a) => fn((ResponseValue as any)[m])(...a), types: { [paramOf(m)]: ['str'] },
  })),
  {
    name: 'AwsServiceUri.action',
    params: ['service', 'action', 'options'],
    args: () => ['sqs', 'SendMessage', {}],
    call: (_s, a) => fn(AwsServiceUri.action)(...a),
    types: { service: ['str'], action: ['str'], options: ['struct', 'optional'], ...fields('options', { region: 'str', subdomain: 'str', parameters: 'map:str' }) },
  },
  {
    name: 'AwsServiceUri.path',
    params: ['service', 'path', 'options'],
    args: () => ['s3', 'b/{key}', {}],
    call: (_s, a) => fn(AwsServiceUri.path)(...a),
    types: { service: ['str'], path: ['str'], options: ['struct', 'optional'], ...fields('options', { region: 'str', subdomain: 'str' }) },
  },
  {
    name: 'BackendCredentials.fromRole',
    params: ['role'],
    args: s => [res(s).role()],
    call: (_s, a) => fn(BackendCredentials.fromRole)(...a),
    types: { role: ['resource'] },
  },
];

wrongTypeProperties('REST', ENTRIES);

test('the cases the issue names: timeout 1000, a string for a RequestValue, fromRole(null), a non-array list', () => {
  expect(() => new RestApiHttpIntegration('https://example.com', { timeout: 1000 as any }))
    .toThrow(/^\[RestApiHttpIntegration\] RestApiHttpIntegration: 1 problem\n- WrongType: props\.timeout: expected a Duration, got the number 1000; pass a Duration$/);
  expect(() => RestApiSqsIntegration.sendMessage(res(new Stack()).queue(), { messageGroupId: 'group' as any }))
    .toThrow(/options\.messageGroupId: expected a RequestValue, got the string "group"/);
  expect(() => BackendCredentials.fromRole(null as any)).toThrow(/role: expected an IRole, got null/);
  expect(() => new RestApiMockIntegration({ cacheKeyParameters: RequestValue.path('id') as any }))
    .toThrow(/props\.cacheKeyParameters: expected a list of RequestValue, got an object of class RequestValue/);
  expect(() => new RestApiMockIntegration({ statusCode: NaN })).toThrow(/props\.statusCode: expected a whole number, got the number NaN/);
  expect(() => new RestApiMockIntegration({ requestParameters: { headers: { 'x-id': null as any } } }))
    .toThrow(/props\.requestParameters\.headers\["x-id"\]: expected a RequestValue, got null/);
  // a PolicyStatement is not a role
  expect(() => new RestApiAwsIntegration({ uri: AwsServiceUri.action('sqs', 'ListQueues'), policyStatements: [{} as iam.PolicyStatement] }))
    .toThrow(/props\.policyStatements\[0\]: expected an iam\.PolicyStatement/);
});
