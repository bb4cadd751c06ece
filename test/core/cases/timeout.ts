import { httpProxy } from './fixtures';
import { RuleCase } from './types';
import { Unknown } from '../../../src/core/facts';

/** Cases for src/core/rules/timeout.ts. */
export const TIMEOUT_CASES: RuleCase[] = [
  // TimeoutOutOfRange — C21, C22, C65, C84
  { code: 'TimeoutOutOfRange', name: '10 ms on REST', kind: 'REST', facts: { type: 'MOCK', timeoutMs: 10 }, fails: true, mentions: '10 ms' },
  { code: 'TimeoutOutOfRange', name: '30001 ms on an HTTP API', kind: 'HTTP', facts: { type: 'HTTP_PROXY', timeoutMs: 30_001 }, fails: true, mentions: '30 s' },
  { code: 'TimeoutOutOfRange', name: '29001 ms on WebSocket', kind: 'WEBSOCKET', facts: { type: 'MOCK', timeoutMs: 29_001 }, fails: true },
  { code: 'TimeoutOutOfRange', name: '60 s on an edge-optimized REST API', kind: 'REST', facts: { type: 'MOCK', timeoutMs: 60_000, endpointTypes: ['EDGE'] }, fails: true, mentions: 'edge-optimized' },
  { code: 'TimeoutOutOfRange', name: '301 s buffered on a Regional REST API (a quota question: TimeoutAboveDefaultQuota warns)', kind: 'REST', facts: { type: 'MOCK', timeoutMs: 301_000, endpointTypes: ['REGIONAL'] }, fails: false },
  { code: 'TimeoutAboveDefaultQuota', name: '301 s buffered on a Regional REST API', kind: 'REST', facts: { type: 'MOCK', timeoutMs: 301_000, endpointTypes: ['REGIONAL'] }, fails: true, mentions: 'Service Quotas' },
  { code: 'TimeoutOutOfRange', name: '60 s buffered on an edge-optimized REST API', kind: 'REST', facts: { type: 'HTTP_PROXY', integrationMethod: 'GET', uri: 'https://example.com/', timeoutMs: 60_000, endpointTypes: ['EDGE'] }, fails: true, mentions: 'STREAM' },
  { code: 'TimeoutOutOfRange', name: '15 min streamed on an edge-optimized REST API', kind: 'REST', facts: { type: 'HTTP_PROXY', integrationMethod: 'GET', uri: 'https://example.com/', timeoutMs: 900_000, endpointTypes: ['EDGE'], responseTransferMode: 'STREAM' }, fails: false },
  { code: 'TimeoutOutOfRange', name: '16 min streamed on a Regional REST API', kind: 'REST', facts: { type: 'HTTP_PROXY', integrationMethod: 'GET', uri: 'https://example.com/', timeoutMs: 960_000, endpointTypes: ['REGIONAL'], responseTransferMode: 'STREAM' }, fails: true, mentions: '15 min' },
  { code: 'TimeoutOutOfRange', name: '901 s streamed on REST', kind: 'REST', facts: { type: 'HTTP_PROXY', timeoutMs: 901_000, responseTransferMode: 'STREAM' }, fails: true },
  { code: 'TimeoutOutOfRange', name: '30000 ms on an HTTP API', kind: 'HTTP', facts: { type: 'HTTP_PROXY', timeoutMs: 30_000 }, fails: false },
  { code: 'TimeoutOutOfRange', name: '29000 ms on WebSocket', kind: 'WEBSOCKET', facts: { type: 'MOCK', timeoutMs: 29_000 }, fails: false },
  { code: 'TimeoutOutOfRange', name: '15 min streamed on a Regional REST API', kind: 'REST', facts: { type: 'AWS_PROXY', timeoutMs: 900_000, responseTransferMode: 'STREAM', endpointTypes: ['REGIONAL'] }, fails: false },
  { code: 'TimeoutOutOfRange', name: '60 s on a Regional REST API (a warning, not an error)', kind: 'REST', facts: { type: 'MOCK', timeoutMs: 60_000, endpointTypes: ['REGIONAL'] }, fails: false },
  { code: 'TimeoutOutOfRange', name: 'an unresolved timeout', kind: 'HTTP', facts: { type: 'HTTP_PROXY', timeoutMs: new Unknown() }, fails: false },
  // TimeoutAboveDefaultQuota — C21 (warning)
  { code: 'TimeoutAboveDefaultQuota', name: '60 s buffered on a Regional REST API', kind: 'REST', facts: { type: 'MOCK', timeoutMs: 60_000, endpointTypes: ['REGIONAL'] }, fails: true, mentions: 'Maximum integration timeout in milliseconds' },
  { code: 'TimeoutAboveDefaultQuota', name: '60 s when the endpoint type is unknown', kind: 'REST', facts: { type: 'MOCK', timeoutMs: 60_000, endpointTypes: new Unknown() }, fails: true },
  { code: 'TimeoutAboveDefaultQuota', name: '29 s', kind: 'REST', facts: { type: 'MOCK', timeoutMs: 29_000 }, fails: false },
  { code: 'TimeoutAboveDefaultQuota', name: '60 s streamed', kind: 'REST', facts: { type: 'HTTP_PROXY', timeoutMs: 60_000, responseTransferMode: 'STREAM' }, fails: false },
  { code: 'TimeoutAboveDefaultQuota', name: '60 s on EDGE (an error instead)', kind: 'REST', facts: { type: 'MOCK', timeoutMs: 60_000, endpointTypes: ['EDGE'] }, fails: false },
  // ResponseTransferModeNotSupported — C22
  { code: 'ResponseTransferModeNotSupported', name: 'STREAM on AWS', kind: 'REST', facts: { type: 'AWS', responseTransferMode: 'STREAM' }, fails: true, mentions: 'AWS_PROXY and HTTP_PROXY' },
  { code: 'ResponseTransferModeNotSupported', name: 'a misspelt mode', kind: 'REST', facts: { type: 'AWS_PROXY', responseTransferMode: 'STREAMING' }, fails: true },
  { code: 'ResponseTransferModeNotSupported', name: 'STREAM on AWS_PROXY', kind: 'REST', facts: { type: 'AWS_PROXY', responseTransferMode: 'STREAM' }, fails: false },
  // NumberNotWhole — TimeoutInMillis: NaN on L1, 1.5 ms
  { code: 'NumberNotWhole', name: 'a NaN timeout', kind: 'REST', facts: { type: 'MOCK', timeoutMs: NaN }, fails: true, mentions: 'NaN' },
  { code: 'NumberNotWhole', name: 'a fractional timeout', kind: 'HTTP', facts: { ...httpProxy, timeoutMs: 1500.5 }, fails: true },
  { code: 'NumberNotWhole', name: 'a whole timeout', kind: 'WEBSOCKET', facts: { type: 'MOCK', timeoutMs: 1500 }, fails: false },
];
