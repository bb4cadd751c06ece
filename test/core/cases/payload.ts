import { lambda, MOCK, response, send, sendParams, url } from './fixtures';
import { RuleCase } from './types';
import { Unknown } from '../../../src/core/facts';

/** Cases for src/core/rules/payload.ts. */
export const PAYLOAD_CASES: RuleCase[] = [
  // PassthroughBehaviorNotSupported — C24
  { code: 'PassthroughBehaviorNotSupported', name: 'a misspelt behavior', kind: 'REST', facts: { ...MOCK, passthroughBehavior: 'WHEN_NO_MATCHES' }, fails: true },
  { code: 'PassthroughBehaviorNotSupported', name: 'NEVER', kind: 'REST', facts: { ...MOCK, passthroughBehavior: 'NEVER' }, fails: false },
  // ContentHandlingNotSupported — C25
  { code: 'ContentHandlingNotSupported', name: 'a misspelt response content handling', kind: 'REST', facts: { ...MOCK, integrationResponses: [{ statusCode: '200', contentHandling: 'CONVERT_TO_JSON' }] }, fails: true, mentions: 'CONVERT_TO_JSON' },
  { code: 'ContentHandlingNotSupported', name: 'CONVERT_TO_TEXT', kind: 'REST', facts: { ...MOCK, contentHandling: 'CONVERT_TO_TEXT' }, fails: false },
  // PayloadFormatVersionRequired — C50
  { code: 'PayloadFormatVersionRequired', name: 'no payload format', kind: 'HTTP', facts: { type: 'HTTP_PROXY', integrationMethod: 'ANY', uri: 'https://example.com' }, fails: true },
  { code: 'PayloadFormatVersionRequired', name: 'a partial view with an unknown type (a patch)', kind: 'HTTP', facts: { type: new Unknown(), timeoutMs: 1000 }, fails: false },
  { code: 'PayloadFormatVersionRequired', name: 'an unresolved payload format', kind: 'HTTP', facts: { ...lambda, payloadFormatVersion: new Unknown() }, fails: false },
  { code: 'PayloadFormatVersionRequired', name: 'no payload format on WebSocket (not an HTTP rule)', kind: 'WEBSOCKET', facts: { type: 'MOCK' }, fails: false },
  // PayloadFormatVersionNotSupported — C50
  { code: 'PayloadFormatVersionNotSupported', name: '9.9', kind: 'HTTP', facts: { ...lambda, payloadFormatVersion: '9.9' }, fails: true },
  { code: 'PayloadFormatVersionNotSupported', name: '2.0 on a subtype', kind: 'HTTP', facts: { ...send, payloadFormatVersion: '2.0', requestParameters: sendParams }, fails: true, mentions: 'SQS-SendMessage' },
  { code: 'PayloadFormatVersionNotSupported', name: '2.0 on HTTP_PROXY', kind: 'HTTP', facts: { ...url, payloadFormatVersion: '2.0' }, fails: true },
  { code: 'PayloadFormatVersionNotSupported', name: '2.0 on Lambda', kind: 'HTTP', facts: lambda, fails: false },
  { code: 'PayloadFormatVersionNotSupported', name: '1.0 on a subtype', kind: 'HTTP', facts: send, fails: false },
  // PayloadFormatVersionNotSupported — C85
  { code: 'PayloadFormatVersionNotSupported', name: '2.0', kind: 'WEBSOCKET', facts: { type: 'AWS_PROXY', payloadFormatVersion: '2.0' }, fails: true, mentions: '1.0' },
  { code: 'PayloadFormatVersionNotSupported', name: '1.0', kind: 'WEBSOCKET', facts: { type: 'AWS_PROXY', payloadFormatVersion: '1.0' }, fails: false },
  { code: 'PayloadFormatVersionNotSupported', name: '2.0 on an HTTP API', kind: 'HTTP', facts: { type: 'AWS_PROXY', payloadFormatVersion: '2.0' }, fails: false },
  // PassthroughBehaviorNotSupported — C91
  { code: 'PassthroughBehaviorNotSupported', name: 'a misspelt value', kind: 'WEBSOCKET', facts: { type: 'MOCK', passthroughBehavior: 'WHEN_NO_MATCHES' }, fails: true },
  { code: 'PassthroughBehaviorNotSupported', name: 'NEVER', kind: 'WEBSOCKET', facts: { type: 'MOCK', passthroughBehavior: 'NEVER' }, fails: false },
  // ContentHandlingNotSupported — C91, C95
  { code: 'ContentHandlingNotSupported', name: 'a misspelt strategy', kind: 'WEBSOCKET', facts: { type: 'MOCK', contentHandling: 'CONVERT_TO_JSON' }, fails: true },
  { code: 'ContentHandlingNotSupported', name: 'a misspelt response strategy', kind: 'WEBSOCKET', facts: response({ responseKey: '$default', contentHandling: 'TEXT' }), fails: true },
  { code: 'ContentHandlingNotSupported', name: 'CONVERT_TO_TEXT', kind: 'WEBSOCKET', facts: { type: 'MOCK', contentHandling: 'CONVERT_TO_TEXT' }, fails: false },
];
