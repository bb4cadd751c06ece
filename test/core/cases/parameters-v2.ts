import { httpProxy, lambda, url } from './fixtures';
import { RuleCase } from './types';
import { HOLE, Unknown } from '../../../src/core/facts';

/** Cases for src/core/rules/parameters-v2.ts. */
export const PARAMETERS_V2_CASES: RuleCase[] = [
  // RequestParameterKeyInvalid — C76
  { code: 'RequestParameterKeyInvalid', name: 'a REST-style key', kind: 'HTTP', facts: { ...url, requestParameters: { 'integration.request.header.x': '$request.header.y' } }, fails: true },
  { code: 'RequestParameterKeyInvalid', name: 'append:path', kind: 'HTTP', facts: { ...url, requestParameters: { 'append:path': '$request.path' } }, fails: true },
  { code: 'RequestParameterKeyInvalid', name: 'subtype parameters in a patch (unknown type)', kind: 'HTTP', facts: { type: new Unknown(), requestParameters: { QueueUrl: 'q' } }, fails: false },
  { code: 'RequestParameterKeyInvalid', name: 'the valid forms', kind: 'HTTP', facts: { ...url, requestParameters: { 'append:header.x': 'a', 'remove:querystring.q': "''", 'overwrite:path': '$request.path' } }, fails: false },
  // RequestParameterValueInvalid — C77
  { code: 'RequestParameterValueInvalid', name: 'a multi-value header source', kind: 'HTTP', facts: { ...url, requestParameters: { 'append:header.x': '$request.multivalueheader.y' } }, fails: true },
  { code: 'RequestParameterValueInvalid', name: 'a REST-style source', kind: 'HTTP', facts: { ...lambda, requestParameters: { 'append:header.x': '${method.request.header.y}' } }, fails: true },
  { code: 'RequestParameterValueInvalid', name: 'remove: with an empty value or with two quotes', kind: 'HTTP', facts: { ...url, requestParameters: { 'remove:header.x': '', 'remove:querystring.y': "''" } }, fails: false },
  { code: 'RequestParameterValueInvalid', name: 'an empty value on an overwrite', kind: 'HTTP', facts: { ...url, requestParameters: { 'overwrite:header.x': '' } }, fails: true },
  { code: 'RequestParameterValueInvalid', name: 'a value over 512 characters', kind: 'HTTP', facts: { ...url, requestParameters: { 'append:header.x': 'a'.repeat(513) } }, fails: true, mentions: '513' },
  { code: 'RequestParameterValueInvalid', name: 'stage variables, context and the path', kind: 'HTTP', facts: { ...url, requestParameters: { 'append:header.x': '$stageVariables.env', 'overwrite:querystring.id': '$context.requestId', 'overwrite:path': '/v1${request.path}' } }, fails: false },
  // ReservedHeaderMapped — C78
  { code: 'ReservedHeaderMapped', name: 'Authorization in a request', kind: 'HTTP', facts: { ...url, requestParameters: { 'overwrite:header.Authorization': 'x' } }, fails: true },
  { code: 'ReservedHeaderMapped', name: 'x-amz-date in a response', kind: 'HTTP', facts: { ...url, responseParameters: { 200: [{ destination: 'remove:header.X-Amz-Date', source: "''" }] } }, fails: true },
  { code: 'ReservedHeaderMapped', name: 'a custom header', kind: 'HTTP', facts: { ...url, requestParameters: { 'append:header.x-tenant': 'a' }, responseParameters: { 200: [{ destination: 'append:header.x-id', source: '$context.requestId' }] } }, fails: false },
  // RequestParameterNotSupported — C88
  { code: 'RequestParameterNotSupported', name: 'a path source', kind: 'WEBSOCKET', facts: { type: 'HTTP', requestParameters: { 'integration.request.header.id': 'route.request.path.id' } }, fails: true, mentions: 'no path parameters' },
  { code: 'RequestParameterNotSupported', name: 'an HTTP API style value', kind: 'WEBSOCKET', facts: { type: 'HTTP', requestParameters: { 'integration.request.header.id': '$request.body.id' } }, fails: true },
  { code: 'RequestParameterNotSupported', name: 'a bad destination', kind: 'WEBSOCKET', facts: { type: 'HTTP', requestParameters: { 'append:header.id': 'context.connectionId' } }, fails: true, mentions: 'append:header.id' },
  { code: 'RequestParameterNotSupported', name: 'a value over 512 characters', kind: 'WEBSOCKET', facts: { type: 'HTTP', requestParameters: { 'integration.request.header.x': `'${'a'.repeat(600)}'` } }, fails: true, mentions: '512' },
  {
    code: 'RequestParameterNotSupported',
    name: 'every supported source',
    kind: 'WEBSOCKET',
    facts: {
      type: 'HTTP',
      requestParameters: {
        'integration.request.header.a': 'route.request.header.a',
        'integration.request.querystring.b': 'route.request.body.order.id',
        'integration.request.header.c': 'context.connectionId',
        'integration.request.header.d': 'stageVariables.env',
        'integration.request.header.e': '\'static\'',
        'integration.request.header.f': new Unknown(),
      },
    },
    fails: false,
  },
  // ParameterNameInvalid — HTTP and WebSocket names outside REST's grammar
  { code: 'ParameterNameInvalid', name: 'an emoji header', kind: 'HTTP', facts: { ...httpProxy, requestParameters: { 'append:header.😀': '$request.header.x' } }, fails: true, mentions: '😀' },
  { code: 'ParameterNameInvalid', name: 'a quoted response header', kind: 'HTTP', facts: { ...httpProxy, responseParameters: { 200: [{ destination: 'append:header.a"b', source: 'x' }] } }, fails: true },
  { code: 'ParameterNameInvalid', name: 'a WebSocket header with a quote', kind: 'WEBSOCKET', facts: { type: 'HTTP', integrationMethod: 'GET', uri: 'https://example.com', requestParameters: { 'integration.request.header.a"b': 'context.requestId' } }, fails: true },
  { code: 'ParameterNameInvalid', name: 'a WebSocket response header with an emoji', kind: 'WEBSOCKET', facts: { subject: 'integrationResponse', type: 'MOCK', integrationResponses: [{ responseKey: '$default', responseParameters: { 'method.response.header.😀': "'x'" } }] }, fails: true },
  { code: 'ParameterNameInvalid', name: 'token names and ordinary names', kind: 'HTTP', facts: { ...httpProxy, requestParameters: { 'append:header.x-id': '$request.header.x', 'overwrite:querystring.page_1': '$request.querystring.p', [`append:header.${HOLE}`]: 'x' } }, fails: false },
  { code: 'ParameterNameInvalid', name: 'WebSocket names', kind: 'WEBSOCKET', facts: { type: 'HTTP', integrationMethod: 'GET', uri: 'https://example.com', requestParameters: { 'integration.request.header.x-id': 'context.requestId' } }, fails: false },
];
