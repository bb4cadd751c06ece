import { httpProxy, lambda, url } from './fixtures';
import { RuleCase } from './types';
import { Unknown } from '../../../src/core/facts';

/** Cases for src/core/rules/kinds.ts. */
export const KINDS_CASES: RuleCase[] = [
  // IntegrationTypeNotSupported — C01, C49, C82
  { code: 'IntegrationTypeNotSupported', name: 'AWS on an HTTP API', kind: 'HTTP', facts: { type: 'AWS' }, fails: true, mentions: 'proxy' },
  { code: 'IntegrationTypeNotSupported', name: 'MOCK on an HTTP API', kind: 'HTTP', facts: { type: 'MOCK' }, fails: true },
  { code: 'IntegrationTypeNotSupported', name: 'a misspelt type on REST', kind: 'REST', facts: { type: 'HTTPS_PROXY' }, fails: true, mentions: '"HTTPS_PROXY"' },
  { code: 'IntegrationTypeNotSupported', name: 'no type', kind: 'WEBSOCKET', facts: {}, fails: true, mentions: 'required' },
  { code: 'IntegrationTypeNotSupported', name: 'HTTP_PROXY on an HTTP API', kind: 'HTTP', facts: { type: 'HTTP_PROXY' }, fails: false },
  { code: 'IntegrationTypeNotSupported', name: 'MOCK on WebSocket', kind: 'WEBSOCKET', facts: { type: 'MOCK' }, fails: false },
  { code: 'IntegrationTypeNotSupported', name: 'an unresolved type', kind: 'HTTP', facts: { type: new Unknown() }, fails: false },
  // WebSocketOnlyField — C80
  { code: 'WebSocketOnlyField', name: 'RequestTemplates on an HTTP API', kind: 'HTTP', facts: { ...url, requestTemplates: { 'application/json': '{}' } }, fails: true, mentions: 'RequestTemplates' },
  { code: 'WebSocketOnlyField', name: 'an IntegrationResponse on an HTTP API', kind: 'HTTP', facts: { subject: 'integrationResponse', type: 'HTTP_PROXY' }, fails: true },
  { code: 'WebSocketOnlyField', name: 'RequestTemplates on WebSocket', kind: 'WEBSOCKET', facts: { type: 'AWS', requestTemplates: { 'application/json': '{}' } }, fails: false },
  { code: 'WebSocketOnlyField', name: 'a plain URL integration', kind: 'HTTP', facts: url, fails: false },
  // ValueTooLong — C54, C64 (v2 kinds)
  { code: 'ValueTooLong', name: 'a 1025-character description', kind: 'HTTP', facts: { ...lambda, description: 'd'.repeat(1025) }, fails: true, mentions: '1025' },
  { code: 'ValueTooLong', name: 'a 65-character method on WebSocket', kind: 'WEBSOCKET', facts: { type: 'HTTP', integrationMethod: 'G'.repeat(65) }, fails: true },
  { code: 'ValueTooLong', name: 'a 1024-character description', kind: 'HTTP', facts: { ...lambda, description: 'd'.repeat(1024) }, fails: false },
  // HttpApiOnlySetting — C87
  { code: 'HttpApiOnlySetting', name: 'a subtype and TLS config', kind: 'WEBSOCKET', facts: { type: 'AWS_PROXY', subtype: 'SQS-SendMessage', serverNameToVerify: 'example.com' }, fails: true, mentions: 'IntegrationSubtype, TlsConfig' },
  { code: 'HttpApiOnlySetting', name: 'integration-level response parameters', kind: 'WEBSOCKET', facts: { type: 'HTTP', responseParameters: {} }, fails: true },
  { code: 'HttpApiOnlySetting', name: 'none of them', kind: 'WEBSOCKET', facts: { type: 'HTTP' }, fails: false },
  // ListItemMissing — [null] lists on L1
  { code: 'ListItemMissing', name: 'a null cache key parameter', kind: 'REST', facts: { ...httpProxy, cacheKeyParameters: [undefined] }, fails: true, mentions: 'CacheKeyParameters' },
  { code: 'ListItemMissing', name: 'a null integration response', kind: 'REST', facts: { type: 'MOCK', integrationResponses: [{ statusCode: '200' }, undefined] }, fails: true, mentions: 'IntegrationResponses' },
  { code: 'ListItemMissing', name: 'lists of known and unresolved items', kind: 'REST', facts: { ...httpProxy, cacheKeyParameters: ['method.request.path.id', new Unknown()] }, fails: false },
];
