import { Stack } from 'aws-cdk-lib';
import { EntryPoint, fields, Kind, Loose, Resources, wrongTypeProperties } from './wrong-types';
import { AwsServiceUri, BackendCredentials } from '../../src/mapping';
import {
  WebSocketApiAwsIntegration, WebSocketApiDynamoDbIntegration, WebSocketApiEventBridgeIntegration, WebSocketApiHttpIntegration,
  WebSocketApiIntegrationResponse, WebSocketApiIntegrationResponseKey, WebSocketApiKinesisIntegration, WebSocketApiLambdaIntegration,
  WebSocketApiMockIntegration, WebSocketApiSqsIntegration, WebSocketApiStepFunctionsIntegration,
} from '../../src/websocket';

/** Wrong runtime types at every WebSocket API entry point: our error, never a TypeError. */

const resources = new WeakMap<Stack, Resources>();
const res = (s: Stack) => resources.get(s) ?? (resources.set(s, new Resources(s)), resources.get(s)!);
const ctor = (C: unknown) => C as new (...args: any[]) => unknown;
const fn = (f: unknown) => f as Loose;

const TRANSFORM: Record<string, Kind> = {
  timeout: 'dur',
  description: 'str',
  requestParameters: 'struct',
  contentHandling: 'enum',
  requestTemplates: 'map:str',
  templateSelectionExpression: 'str',
  passthroughBehavior: 'enum',
  responses: 'list:struct',
};
const SERVICE: Record<string, Kind> = { ...TRANSFORM, credentials: 'BackendCredentials' };
const RESPONSE: Record<string, Kind> = {
  key: 'WebSocketApiIntegrationResponseKey', responseTemplates: 'map:str', templateSelectionExpression: 'str', responseParameters: 'map:ResponseValue', contentHandling: 'enum',
};

function factory(
  name: string, f: unknown, resource: string, make: (r: Resources) => unknown, opts: Record<string, Kind>, valid: object = {},
): EntryPoint {
  return {
    name,
    params: ['id', resource, 'options'],
    args: s => ['Integration', make(res(s)), { ...valid }],
    call: (_s, a) => fn(f)(...a),
    types: { id: ['str'], [resource]: ['resource'], options: Object.keys(valid).length ? ['struct'] : ['struct', 'optional'], ...fields('options', opts) },
  };
}

let n = 0;

const ENTRIES: EntryPoint[] = [
  {
    name: 'WebSocketApiLambdaIntegration',
    params: ['id', 'handler', 'props'],
    args: s => ['Integration', res(s).fn(), {}],
    call: (_s, a) => new (ctor(WebSocketApiLambdaIntegration))(...a),
    types: { id: ['str'], handler: ['resource'], props: ['struct', 'optional'], ...fields('props', { ...TRANSFORM, proxy: 'bool', credentials: 'BackendCredentials' }) },
  },
  {
    name: 'WebSocketApiHttpIntegration',
    params: ['id', 'url', 'props'],
    args: () => ['Integration', 'https://example.com', {}],
    call: (_s, a) => new (ctor(WebSocketApiHttpIntegration))(...a),
    types: { id: ['str'], url: ['str'], props: ['struct', 'optional'], ...fields('props', { ...TRANSFORM, method: 'enum', proxy: 'bool', vpcLink: 'resource' }) },
  },
  {
    name: 'WebSocketApiMockIntegration',
    params: ['id', 'props'],
    args: () => ['Integration', {}],
    call: (_s, a) => new (ctor(WebSocketApiMockIntegration))(...a),
    types: { id: ['str'], props: ['struct', 'optional'], ...fields('props', TRANSFORM) },
  },
  {
    name: 'WebSocketApiAwsIntegration',
    params: ['id', 'props'],
    args: () => ['Integration', { uri: AwsServiceUri.action('sqs', 'SendMessage'), credentials: BackendCredentials.createRole() }],
    call: (_s, a) => new (ctor(WebSocketApiAwsIntegration))(...a),
    types: { 'id': ['str'], 'props': ['struct'], 'props.uri': ['AwsServiceUri'], 'props.credentials': ['BackendCredentials'], ...fields('props', { ...TRANSFORM, method: 'enum' }) },
  },
  factory('WebSocketApiDynamoDbIntegration.putItem', WebSocketApiDynamoDbIntegration.putItem, 'table', r => r.table(), SERVICE),
  {
    ...factory('WebSocketApiEventBridgeIntegration.putEvents', WebSocketApiEventBridgeIntegration.putEvents, 'bus', r => r.bus(), { ...SERVICE, detailType: 'str' }, { source: 'chat' }),
    types: { 'id': ['str'], 'bus': ['resource'], 'options': ['struct'], 'options.source': ['str'], ...fields('options', { ...SERVICE, detailType: 'str' }) },
  },
  factory('WebSocketApiKinesisIntegration.putRecord', WebSocketApiKinesisIntegration.putRecord, 'stream', r => r.stream(), SERVICE),
  factory('WebSocketApiSqsIntegration.sendMessage', WebSocketApiSqsIntegration.sendMessage, 'queue', r => r.queue(), SERVICE),
  factory('WebSocketApiStepFunctionsIntegration.startExecution', WebSocketApiStepFunctionsIntegration.startExecution, 'stateMachine', r => r.stateMachine(), SERVICE),
  {
    name: 'WebSocketApiIntegrationResponse',
    params: ['scope', 'id', 'props'],
    args: s => [s, `Response${n++}`, { webSocketApi: res(s).webSocketApi(), integrationId: 'abc123' }],
    call: (_s, a) => new (ctor(WebSocketApiIntegrationResponse))(...a),
    types: {
      'scope': ['resource'],
      'id': ['str'],
      'props': ['struct'],
      'props.webSocketApi': ['resource'],
      'props.integrationId': ['str'],
      ...fields('props', RESPONSE),
    },
  },
  ...(['statusPattern', 'errorPattern', 'of'] as const).map((m): EntryPoint => ({
    name: `WebSocketApiIntegrationResponseKey.${m}`,
    params: [m === 'of' ? 'key' : 'regex'],
    args: () => [m === 'of' ? '$default' : '4\\d{2}'],
    call: (_s, a) => fn(WebSocketApiIntegrationResponseKey[m])(...a),
    types: { [m === 'of' ? 'key' : 'regex']: ['str'] },
  })),
  {
    name: 'WebSocketApiIntegrationResponseKey.statusCode',
    params: ['code'],
    args: () => [404],
    call: (_s, a) => fn(WebSocketApiIntegrationResponseKey.statusCode)(...a),
    types: { code: ['int'] },
  },
];

wrongTypeProperties('WebSocket', ENTRIES);

test('the integration response construct names its construct path', () => {
  const stack = new Stack(undefined, 'S');
  expect(() => new WebSocketApiIntegrationResponse(stack, 'Resp', { webSocketApi: null as any, integrationId: 'abc' }))
    .toThrow(/^\[S\/Resp\] WebSocketApiIntegrationResponse: 1 problem\n- WrongType: props\.webSocketApi: expected an IWebSocketApi, got null/);
  expect(() => WebSocketApiIntegrationResponseKey.statusCode(1.5)).toThrow(/code: expected a whole number, got the number 1.5/);
});
