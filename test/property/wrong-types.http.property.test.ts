import { Stack } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { EntryPoint, fields, Kind, Loose, Resources, wrongTypeProperties } from './wrong-types';
import {
  HttpApiAppConfigIntegration, HttpApiEventBridgeIntegration, HttpApiKinesisIntegration, HttpApiLambdaIntegration, HttpApiPrivateIntegration,
  HttpApiRequestParameter, HttpApiResponseParameter, HttpApiSqsIntegration, HttpApiStepFunctionsIntegration, HttpApiUrlIntegration,
} from '../../src/http';
import { RequestValue, ResponseValue } from '../../src/mapping';

/** Wrong runtime types at every HTTP API entry point: our error, never a TypeError. */

const resources = new WeakMap<Stack, Resources>();
const res = (s: Stack) => resources.get(s) ?? (resources.set(s, new Resources(s)), resources.get(s)!);
const ctor = (C: unknown) => C as new (...args: any[]) => unknown;
const fn = (f: unknown) => f as Loose;

const OPTIONS: Record<string, Kind> = { timeout: 'dur', description: 'str', responseParameters: 'list:struct' };
const PROXY: Record<string, Kind> = { ...OPTIONS, requestParameters: 'list:HttpApiRequestParameter' };
const SERVICE: Record<string, Kind> = { ...OPTIONS, credentials: 'BackendCredentials', region: 'RequestValue' };
const values = (...names: string[]): Record<string, Kind> => Object.fromEntries(names.map(n => [n, 'RequestValue' as Kind]));

/** A subtype factory `(id, resource, options)`; `required` RequestValue fields are given valid values. */
function service(
  name: string, f: unknown, resource: string, make: (r: Resources) => unknown, optional: string[], required: string[] = [],
): EntryPoint {
  const valid = Object.fromEntries(required.map(r => [r, RequestValue.body()]));
  return {
    name,
    params: ['id', resource, 'options'],
    args: s => ['Integration', make(res(s)), { ...valid }],
    call: (_s, a) => fn(f)(...a),
    types: {
      id: ['str'],
      [resource]: ['resource'],
      options: required.length ? ['struct'] : ['struct', 'optional'],
      ...fields('options', { ...SERVICE, ...values(...optional) }),
      ...fields('options', values(...required), false),
    },
  };
}

const PRIVATE: Record<string, Kind> = { ...PROXY, method: 'enum', vpcLink: 'resource', vpc: 'resource', serverNameToVerify: 'str', stripStagePrefix: 'bool' };

const ENTRIES: EntryPoint[] = [
  {
    name: 'HttpApiLambdaIntegration',
    params: ['id', 'handler', 'props'],
    args: s => ['Integration', res(s).fn(), {}],
    call: (_s, a) => new (ctor(HttpApiLambdaIntegration))(...a),
    types: { id: ['str'], handler: ['resource'], props: ['struct', 'optional'], ...fields('props', { ...PROXY, payloadFormatVersion: 'enum', scopePermissionToRoute: 'bool', credentials: 'BackendCredentials' }) },
  },
  {
    name: 'HttpApiUrlIntegration',
    params: ['id', 'url', 'props'],
    args: () => ['Integration', 'https://example.com', { method: apigwv2.HttpMethod.GET }],
    call: (_s, a) => new (ctor(HttpApiUrlIntegration))(...a),
    types: { 'id': ['str'], 'url': ['str'], 'props': ['struct', 'optional'], 'props.method': ['enum', 'optional'], ...fields('props', PROXY) },
  },
  ...(['albListener', 'nlbListener'] as const).map((m): EntryPoint => ({
    name: `HttpApiPrivateIntegration.${m}`,
    params: ['id', 'listener', 'props'],
    args: s => ['Integration', res(s).listener(), {}],
    call: (_s, a) => fn(HttpApiPrivateIntegration[m])(...a),
    types: { id: ['str'], listener: ['resource'], props: ['struct', 'optional'], ...fields('props', PRIVATE) },
  })),
  {
    name: 'HttpApiPrivateIntegration.cloudMapService',
    params: ['id', 'service', 'props'],
    args: s => ['Integration', res(s).cloudMap(), { vpcLink: res(s).vpcLinkV2() }],
    call: (_s, a) => fn(HttpApiPrivateIntegration.cloudMapService)(...a),
    types: { id: ['str'], service: ['resource'], props: ['struct', 'optional'], ...fields('props', { ...PRIVATE, attributeFilters: 'map:str' }) },
  },
  service('HttpApiEventBridgeIntegration.putEvents', HttpApiEventBridgeIntegration.putEvents, 'bus', r => r.bus(), ['detail', 'time', 'resources', 'traceHeader'], ['detailType', 'source']),
  service('HttpApiKinesisIntegration.putRecord', HttpApiKinesisIntegration.putRecord, 'stream', r => r.stream(), ['data', 'partitionKey', 'sequenceNumberForOrdering', 'explicitHashKey']),
  service('HttpApiSqsIntegration.sendMessage', HttpApiSqsIntegration.sendMessage, 'queue', r => r.queue(),
    ['messageBody', 'delaySeconds', 'messageAttributes', 'messageDeduplicationId', 'messageGroupId', 'messageSystemAttributes']),
  service('HttpApiSqsIntegration.receiveMessage', HttpApiSqsIntegration.receiveMessage, 'queue', r => r.queue(),
    ['attributeNames', 'maxNumberOfMessages', 'messageAttributeNames', 'receiveRequestAttemptId', 'visibilityTimeout', 'waitTimeSeconds']),
  service('HttpApiSqsIntegration.deleteMessage', HttpApiSqsIntegration.deleteMessage, 'queue', r => r.queue(), [], ['receiptHandle']),
  service('HttpApiSqsIntegration.purgeQueue', HttpApiSqsIntegration.purgeQueue, 'queue', r => r.queue(), []),
  service('HttpApiStepFunctionsIntegration.startExecution', HttpApiStepFunctionsIntegration.startExecution, 'stateMachine', r => r.stateMachine(), ['input', 'name']),
  service('HttpApiStepFunctionsIntegration.startSyncExecution', HttpApiStepFunctionsIntegration.startSyncExecution, 'stateMachine', r => r.stateMachine(), ['input', 'name', 'traceHeader']),
  service('HttpApiStepFunctionsIntegration.stopExecution', HttpApiStepFunctionsIntegration.stopExecution, 'stateMachine', r => r.stateMachine(), ['cause', 'error'], ['executionArn']),
  {
    name: 'HttpApiAppConfigIntegration.getConfiguration',
    params: ['id', 'environment', 'configuration', 'options'],
    args: s => ['Integration', res(s).appConfig().environment, res(s).appConfig().configuration, {}],
    call: (_s, a) => fn(HttpApiAppConfigIntegration.getConfiguration)(...a),
    types: {
      id: ['str'],
      environment: ['resource'],
      configuration: ['resource'],
      options: ['struct', 'optional'],
      ...fields('options', { ...SERVICE, ...values('clientId', 'clientConfigurationVersion') }),
    },
  },
  ...(['appendHeader', 'overwriteHeader', 'appendQuerystring', 'overwriteQuerystring'] as const).map((m): EntryPoint => ({
    name: `HttpApiRequestParameter.${m}`,
    params: ['name', 'value'],
    args: () => ['x-id', RequestValue.header('x-id')],
    call: (_s, a) => fn(HttpApiRequestParameter[m])(...a),
    types: { name: ['str'], value: ['RequestValue'] },
  })),
  ...(['removeHeader', 'removeQuerystring'] as const).map((m): EntryPoint => ({
    name: `HttpApiRequestParameter.${m}`, params: ['name'], args: () => ['x-id'], call: (_s, a) => fn(HttpApiRequestParameter[m])(...a), types: { name: ['str'] },
  })),
  {
    name: 'HttpApiRequestParameter.overwritePath',
    params: ['value'],
    args: () => [RequestValue.wholePath()],
    call: (_s, a) => fn(HttpApiRequestParameter.overwritePath)(...a),
    types: { value: ['RequestValue'] },
  },
  ...(['appendHeader', 'overwriteHeader'] as const).map((m): EntryPoint => ({
    name: `HttpApiResponseParameter.${m}`,
    params: ['name', 'value'],
    args: () => ['x-id', ResponseValue.header('x-id')],
    call: (_s, a) => fn(HttpApiResponseParameter[m])(...a),
    types: { name: ['str'], value: ['ResponseValue'] },
  })),
  {
    name: 'HttpApiResponseParameter.removeHeader',
    params: ['name'],
    args: () => ['x-id'],
    call: (_s, a) => fn(HttpApiResponseParameter.removeHeader)(...a),
    types: { name: ['str'] },
  },
  {
    name: 'HttpApiResponseParameter.overwriteStatusCode',
    params: ['statusCode'],
    args: () => [404],
    call: (_s, a) => fn(HttpApiResponseParameter.overwriteStatusCode)(...a),
    types: { statusCode: ['int'] },
  },
];

wrongTypeProperties('HTTP', ENTRIES);

test('status codes that are not whole numbers are refused where they are given', () => {
  expect(() => HttpApiResponseParameter.overwriteStatusCode(1.5)).toThrow(/statusCode: expected a whole number, got the number 1.5/);
  expect(() => new HttpApiUrlIntegration('I', 'https://example.com', { method: apigwv2.HttpMethod.GET, responseParameters: [{ statusCode: NaN, parameters: [] }] }))
    .toThrow(/props\.responseParameters\[0\]\.statusCode: expected a whole number, got the number NaN/);
});
