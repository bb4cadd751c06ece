import { RuleCase } from './types';
import { HOLE, Unknown } from '../../../src/core/facts';

const ROLE = 'arn:aws:iam::123456789012:role/api';
const aws = (uri: string) => ({ type: 'AWS', integrationMethod: 'POST', credentials: ROLE, uri });
const httpProxy = { type: 'HTTP_PROXY', integrationMethod: 'GET', uri: 'https://example.com', payloadFormatVersion: '1.0' };
const eb = (template: string) => ({ ...aws('arn:aws:apigateway:us-east-1:events:action/PutEvents'), requestTemplates: { 'application/json': template } });
const entry = (source: string, detailType: string) => `{"Entries": [{"Source": ${JSON.stringify(source)}, "DetailType": ${JSON.stringify(detailType)}, "Detail": "$util.escapeJavaScript($input.body)"}]}`;

/** Cases for src/core/rules/inputs.ts: values that used to reach the template unchecked. */
export const INPUT_CASES: RuleCase[] = [
  // NumberNotWhole — TimeoutInMillis: NaN on L1, 1.5 ms
  { code: 'NumberNotWhole', name: 'a NaN timeout', kind: 'REST', facts: { type: 'MOCK', timeoutMs: NaN }, fails: true, mentions: 'NaN' },
  { code: 'NumberNotWhole', name: 'a fractional timeout', kind: 'HTTP', facts: { ...httpProxy, timeoutMs: 1500.5 }, fails: true },
  { code: 'NumberNotWhole', name: 'a whole timeout', kind: 'WEBSOCKET', facts: { type: 'MOCK', timeoutMs: 1500 }, fails: false },

  // ListItemMissing — [null] lists on L1
  { code: 'ListItemMissing', name: 'a null cache key parameter', kind: 'REST', facts: { ...httpProxy, cacheKeyParameters: [undefined] }, fails: true, mentions: 'CacheKeyParameters' },
  { code: 'ListItemMissing', name: 'a null integration response', kind: 'REST', facts: { type: 'MOCK', integrationResponses: [{ statusCode: '200' }, undefined] }, fails: true, mentions: 'IntegrationResponses' },
  { code: 'ListItemMissing', name: 'lists of known and unresolved items', kind: 'REST', facts: { ...httpProxy, cacheKeyParameters: ['method.request.path.id', new Unknown()] }, fails: false },

  // ServiceArnPartInvalid — AwsServiceUri parts
  { code: 'ServiceArnPartInvalid', name: 'a Region with spaces', kind: 'REST', facts: aws('arn:aws:apigateway:us east 1:sqs:action/SendMessage'), fails: true, mentions: 'us east 1' },
  { code: 'ServiceArnPartInvalid', name: 'an empty Region', kind: 'REST', facts: aws('arn:aws:apigateway::sqs:action/SendMessage'), fails: true },
  { code: 'ServiceArnPartInvalid', name: 'an action a:b', kind: 'REST', facts: aws('arn:aws:apigateway:us-east-1:sqs:action/a:b'), fails: true, mentions: 'a:b' },
  { code: 'ServiceArnPartInvalid', name: 'an action with a space', kind: 'WEBSOCKET', facts: aws('arn:aws:apigateway:us-east-1:sqs:action/Send Message'), fails: true, mentions: 'Send Message' },
  { code: 'ServiceArnPartInvalid', name: 'a service with a space', kind: 'REST', facts: aws('arn:aws:apigateway:us-east-1:simple queue:action/SendMessage'), fails: true },
  { code: 'ServiceArnPartInvalid', name: 'a path with a newline', kind: 'REST', facts: aws('arn:aws:apigateway:us-east-1:s3:path/bucket/\nkey'), fails: true },
  { code: 'ServiceArnPartInvalid', name: 'an action with parameters, a subdomain, a token Region', kind: 'REST', facts: aws(`arn:aws:apigateway:${HOLE}:iot.data:action/Publish?topic=a%20b`), fails: false },
  { code: 'ServiceArnPartInvalid', name: 'a path', kind: 'REST', facts: aws('arn:aws:apigateway:eu-west-3:s3:path/my-bucket/{key}'), fails: false },

  // ConnectionIdInvalid — VPC link ids and stage-variable names
  { code: 'ConnectionIdInvalid', name: 'an empty VPC link id', kind: 'REST', facts: { ...httpProxy, connectionType: 'VPC_LINK', connectionId: '' }, fails: true },
  { code: 'ConnectionIdInvalid', name: 'a stage variable named a-b', kind: 'REST', facts: { ...httpProxy, connectionType: 'VPC_LINK', connectionId: '${stageVariables.a-b}' }, fails: true, mentions: 'a-b' },
  { code: 'ConnectionIdInvalid', name: 'an id with a space', kind: 'HTTP', facts: { ...httpProxy, connectionType: 'VPC_LINK', connectionId: 'abc 123' }, fails: true },
  { code: 'ConnectionIdInvalid', name: 'a VPC link id and a stage variable', kind: 'REST', facts: { ...httpProxy, connectionType: 'VPC_LINK', connectionId: '${stageVariables.link_1}' }, fails: false },
  { code: 'ConnectionIdInvalid', name: 'an id', kind: 'HTTP', facts: { ...httpProxy, connectionType: 'VPC_LINK', connectionId: 'abc123' }, fails: false },

  // CacheKeyParameterMalformed — literals, empty names
  { code: 'CacheKeyParameterMalformed', name: 'a literal', kind: 'REST', facts: { ...httpProxy, cacheKeyParameters: ["'x'"] }, fails: true, mentions: "'x'" },
  { code: 'CacheKeyParameterMalformed', name: 'an empty name', kind: 'REST', facts: { ...httpProxy, cacheKeyParameters: ['method.request.header.'] }, fails: true },
  { code: 'CacheKeyParameterMalformed', name: 'request parameters', kind: 'REST', facts: { ...httpProxy, cacheKeyParameters: ['method.request.path.id', 'method.request.multivalueheader.x-id'] }, fails: false },

  // ParameterNameInvalid — HTTP and WebSocket names outside REST's grammar
  { code: 'ParameterNameInvalid', name: 'an emoji header', kind: 'HTTP', facts: { ...httpProxy, requestParameters: { 'append:header.😀': '$request.header.x' } }, fails: true, mentions: '😀' },
  { code: 'ParameterNameInvalid', name: 'a quoted response header', kind: 'HTTP', facts: { ...httpProxy, responseParameters: { 200: [{ destination: 'append:header.a"b', source: 'x' }] } }, fails: true },
  { code: 'ParameterNameInvalid', name: 'a WebSocket header with a quote', kind: 'WEBSOCKET', facts: { type: 'HTTP', integrationMethod: 'GET', uri: 'https://example.com', requestParameters: { 'integration.request.header.a"b': 'context.requestId' } }, fails: true },
  { code: 'ParameterNameInvalid', name: 'a WebSocket response header with an emoji', kind: 'WEBSOCKET', facts: { subject: 'integrationResponse', type: 'MOCK', integrationResponses: [{ responseKey: '$default', responseParameters: { 'method.response.header.😀': "'x'" } }] }, fails: true },
  { code: 'ParameterNameInvalid', name: 'token names and ordinary names', kind: 'HTTP', facts: { ...httpProxy, requestParameters: { 'append:header.x-id': '$request.header.x', 'overwrite:querystring.page_1': '$request.querystring.p', [`append:header.${HOLE}`]: 'x' } }, fails: false },
  { code: 'ParameterNameInvalid', name: 'WebSocket names', kind: 'WEBSOCKET', facts: { type: 'HTTP', integrationMethod: 'GET', uri: 'https://example.com', requestParameters: { 'integration.request.header.x-id': 'context.requestId' } }, fails: false },

  // ServerNameInvalid
  { code: 'ServerNameInvalid', name: 'a name with a space', kind: 'HTTP', facts: { ...httpProxy, connectionType: 'VPC_LINK', connectionId: 'abc', serverNameToVerify: 'not a host' }, fails: true },
  { code: 'ServerNameInvalid', name: 'a URL', kind: 'HTTP', facts: { ...httpProxy, serverNameToVerify: 'https://example.com/' }, fails: true },
  { code: 'ServerNameInvalid', name: 'host names', kind: 'HTTP', facts: { ...httpProxy, connectionType: 'VPC_LINK', connectionId: 'abc', serverNameToVerify: '*.internal.example.com' }, fails: false },

  // SelectionExpressionMalformed
  { code: 'SelectionExpressionMalformed', name: 'an unclosed ${', kind: 'WEBSOCKET', facts: { type: 'MOCK', templateSelectionExpression: '${request.body.action' }, fails: true },
  { code: 'SelectionExpressionMalformed', name: 'an unclosed ${ in an integration response', kind: 'WEBSOCKET', facts: { subject: 'integrationResponse', type: 'MOCK', integrationResponses: [{ responseKey: '$default', templateSelectionExpression: '${integration.response.statuscode' }] }, fails: true },
  { code: 'SelectionExpressionMalformed', name: 'closed expressions and static values', kind: 'WEBSOCKET', facts: { type: 'MOCK', templateSelectionExpression: '${request.body.action}' }, fails: false },

  // StatusCodeNotWhole — NaN, 1.5, empty sources
  { code: 'StatusCodeNotWhole', name: 'a status code 1.5', kind: 'HTTP', facts: { ...httpProxy, responseParameters: { 200: [{ destination: 'overwrite:statuscode', source: '1.5' }] } }, fails: true, mentions: '1.5' },
  { code: 'StatusCodeNotWhole', name: 'a status code NaN', kind: 'HTTP', facts: { ...httpProxy, responseParameters: { 200: [{ destination: 'overwrite:statuscode', source: 'NaN' }] } }, fails: true },

  // ResponseParameterSourceEmpty
  { code: 'ResponseParameterSourceEmpty', name: 'an empty source', kind: 'HTTP', facts: { ...httpProxy, responseParameters: { 200: [{ destination: 'append:header.x', source: '' }] } }, fails: true, mentions: 'empty' },
  { code: 'ResponseParameterSourceEmpty', name: 'sources', kind: 'HTTP', facts: { ...httpProxy, responseParameters: { 200: [{ destination: 'append:header.x', source: 'x' }, { destination: 'append:header.y', source: new Unknown() }] } }, fails: false },
  { code: 'StatusCodeNotWhole', name: 'a status code and a header', kind: 'HTTP', facts: { ...httpProxy, responseParameters: { 500: [{ destination: 'overwrite:statuscode', source: '503' }, { destination: 'append:header.x', source: '$response.header.y' }] } }, fails: false },

  // IntegrationResponseKeyDuplicated — two $default
  { code: 'IntegrationResponseKeyDuplicated', name: 'two $default', kind: 'WEBSOCKET', facts: { type: 'MOCK', integrationResponses: [{ responseKey: '$default' }, { responseKey: '$default' }] }, fails: true, mentions: '$default' },
  { code: 'IntegrationResponseKeyDuplicated', name: 'different keys', kind: 'WEBSOCKET', facts: { type: 'MOCK', integrationResponses: [{ responseKey: '$default' }, { responseKey: '/4\\d{2}/' }] }, fails: false },

  // EventBridgeEntryInvalid — empty or oversized Source and DetailType
  { code: 'EventBridgeEntryInvalid', name: 'an empty source', kind: 'REST', facts: eb(entry('', 'Order')), fails: true, mentions: '0 characters' },
  { code: 'EventBridgeEntryInvalid', name: 'a detail type of 129 characters', kind: 'WEBSOCKET', facts: eb(entry('shop', 'x'.repeat(129))), fails: true, mentions: '129' },
  { code: 'EventBridgeEntryInvalid', name: 'a source of 257 characters', kind: 'REST', facts: eb(entry('s'.repeat(257), 'Order')), fails: true },
  { code: 'EventBridgeEntryInvalid', name: 'a reserved aws. source', kind: 'REST', facts: eb(entry('aws.s3', 'Order')), fails: true, mentions: 'aws.' },
  { code: 'EventBridgeEntryInvalid', name: 'fields of the limits, and fields VTL fills', kind: 'REST', facts: eb(entry('s'.repeat(256), 'x'.repeat(128)).replace('"Entries": [', '"Entries": [{"Source": "$input.path(\'$.s\')", "DetailType": "$input.path(\'$.d\')"}, ')), fails: false },
  { code: 'EventBridgeEntryInvalid', name: 'not an EventBridge URI', kind: 'REST', facts: { ...aws('arn:aws:apigateway:us-east-1:sqs:action/SendMessage'), requestTemplates: { 'application/json': entry('', '') } }, fails: false },
];
