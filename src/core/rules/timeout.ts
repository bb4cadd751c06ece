import { ApiKind, IntegrationFacts, isKnown, knownItems } from '../facts';
import { formatMs, kindName, oneOf, q } from '../format';
import { LIMITS } from '../limits';
import { PROXY_TYPES, knownType } from './shared';
import { CFN_METHOD_INTEGRATION, DG, HTTP_QUOTAS, REST_QUOTAS, WS_QUOTAS } from './sources';
import { Rule, one } from './types';

/** The integration timeout, and the response transfer mode that sets its maximum (C21, C22, C65, C84). */

/** REST endpoint types, when known. */
function endpointTypes(f: IntegrationFacts): string[] | undefined {
  if (!isKnown(f.endpointTypes)) return undefined;
  const items = knownItems(f.endpointTypes);
  return items.length === f.endpointTypes.length ? items : undefined;
}

function isStream(f: IntegrationFacts): boolean {
  return f.responseTransferMode === 'STREAM';
}

/** `50 ms–29 s`: the kind's timeout range without a quota increase. */
function range(kind: ApiKind): string {
  return `${formatMs(LIMITS[kind].timeoutMinMs.value)}–${formatMs(LIMITS[kind].timeoutMaxMs.value)}`;
}

const timeoutRange: Rule = {
  code: 'TimeoutOutOfRange',
  catalogue: ['C21', 'C22', 'C65', 'C84'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['timeoutMs'],
  docs: REST_QUOTAS,
  evidence: {
    says: 'PutIntegration: "Timeout should be between 50 ms and 29000 ms" (the upper bound is the account\'s quota, raisable for Regional and private '
      + 'REST APIs only); HTTP APIs: 50 ms to 30 s and WebSocket APIs: 50 ms to 29 s, neither increasable; streamed REST responses: up to 15 minutes',
    source: `${REST_QUOTAS}; ${HTTP_QUOTAS}; ${WS_QUOTAS}; ${DG}/response-transfer-mode.html`,
  },
  summary: `the integration timeout is within the service range: REST ${range('REST')} on edge-optimized APIs (Regional and private: above `
    + `${formatMs(LIMITS.REST.timeoutMaxMs.value)} with a raised quota), ${formatMs(LIMITS.REST.timeoutStreamMaxMs.value)} when streaming on any endpoint; `
    + `HTTP ${range('HTTP')}; WebSocket ${range('WEBSOCKET')}`,
  check(f, kind) {
    if (!isKnown(f.timeoutMs)) return [];
    const t = f.timeoutMs;
    const limits = LIMITS[kind];
    const min = limits.timeoutMinMs.value;
    if (t < min) return one(`the integration timeout must be at least ${formatMs(min)}`, formatMs(t), `raise it to ${formatMs(min)} or more`);
    if (kind !== 'REST') {
      const max = limits.timeoutMaxMs.value;
      if (t > max) return one(`the integration timeout must be between ${formatMs(min)} and ${formatMs(max)} for ${kindName(kind)}`, formatMs(t), `lower it to ${formatMs(max)} or less (this limit cannot be raised)`);
      return [];
    }
    // Streamed responses may run up to 15 minutes on every endpoint type (edge only adds an idle timeout).
    if (isStream(f)) {
      const streamMax = limits.timeoutStreamMaxMs.value;
      return t > streamMax ? one(`the integration timeout must be at most ${formatMs(streamMax)} for streamed REST responses`, formatMs(t), `lower it to ${formatMs(streamMax)} or less`) : [];
    }
    const edgeMax = limits.timeoutMaxMs.value;
    if (endpointTypes(f)?.includes('EDGE') && t > edgeMax) {
      return one(
        `edge-optimized REST APIs allow at most ${formatMs(edgeMax)} for buffered responses (the quota can be raised for Regional and private APIs only)`,
        formatMs(t),
        `lower it to ${formatMs(edgeMax)}, stream the response (responseTransferMode STREAM allows up to ${formatMs(limits.timeoutStreamMaxMs.value)}), or make the API Regional`,
      );
    }
    return []; // above 29 s on Regional and private APIs: TimeoutAboveDefaultQuota
  },
};

const timeoutQuota: Rule = {
  code: 'TimeoutAboveDefaultQuota',
  catalogue: ['C21'],
  appliesTo: ['REST'],
  severity: 'warning',
  onlyWhen: ['timeoutMs'],
  docs: REST_QUOTAS,
  evidence: {
    says: 'Needs a quota increase: above 29 s, a buffered integration of a Regional or private REST API deploys only where the account\'s "Maximum '
      + 'integration timeout in milliseconds" quota was raised; elsewhere the deploy fails with "Timeout should be between 50 ms and 29000 ms"',
    source: `${REST_QUOTAS}; https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/`,
  },
  summary: `a buffered REST timeout above ${formatMs(LIMITS.REST.timeoutMaxMs.value)} needs the account's "Maximum integration timeout in milliseconds" `
    + 'quota raised (Regional and private APIs only)',
  check(f) {
    if (!isKnown(f.timeoutMs) || isStream(f) || endpointTypes(f)?.includes('EDGE')) return [];
    const max = LIMITS.REST.timeoutMaxMs.value;
    if (f.timeoutMs <= max) return [];
    return one(
      `timeouts above ${formatMs(max)} deploy only where the Service Quotas quota "Maximum integration timeout in milliseconds" for API Gateway has been raised (Regional and private APIs)`,
      formatMs(f.timeoutMs),
      'request the increase in Service Quotas before deploying, then acknowledge this warning; or lower the timeout',
    );
  },
};

const wholeNumbers: Rule = {
  code: 'NumberNotWhole',
  catalogue: ['C21'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['timeoutMs'],
  evidence: {
    says: 'CloudFormation validates properties against the resource schema: "Properties validation failed for resource … #/Integration/TimeoutInMillis: expected type: Integer" (NaN is written as null)',
    source: CFN_METHOD_INTEGRATION,
  },
  docs: CFN_METHOD_INTEGRATION,
  summary: 'the integration timeout is a whole number of milliseconds (not NaN, Infinity or a fraction)',
  check(f) {
    if (typeof f.timeoutMs !== 'number' || Number.isInteger(f.timeoutMs)) return [];
    return one('the timeout must be a whole number of milliseconds', String(f.timeoutMs), 'give a whole number of milliseconds, for example Duration.seconds(10)');
  },
};

/** C22 */
const RESPONSE_TRANSFER_MODES = ['BUFFERED', 'STREAM'];

const transferMode: Rule = {
  code: 'ResponseTransferModeNotSupported',
  catalogue: ['C22'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['responseTransferMode'],
  docs: `${DG}/response-transfer-mode.html`,
  evidence: {
    says: 'CloudFormation schema: Integration.ResponseTransferMode is an enum of BUFFERED and STREAM; response streaming is documented for '
      + 'HTTP_PROXY and AWS_PROXY integrations only (no rejection text recorded for other types)',
    source: `${DG}/response-transfer-mode.html; ${CFN_METHOD_INTEGRATION}`,
  },
  summary: 'the response transfer mode is BUFFERED or STREAM, and STREAM is used only with AWS_PROXY or HTTP_PROXY',
  check(f) {
    if (!isKnown(f.responseTransferMode)) return [];
    const m = f.responseTransferMode;
    if (!RESPONSE_TRANSFER_MODES.includes(m)) return [{ what: `the response transfer mode must be ${oneOf(RESPONSE_TRANSFER_MODES)}`, got: q(m), fix: 'use one of these' }];
    const t = knownType(f);
    if (m !== 'STREAM' || t === undefined || PROXY_TYPES.includes(t)) return [];
    return [{ what: 'response streaming (STREAM) is supported only for AWS_PROXY and HTTP_PROXY integrations', got: `type ${q(t)}`, fix: 'use a proxy integration, or BUFFERED' }];
  },
};

export const TIMEOUT_RULES: readonly Rule[] = [
  timeoutRange, timeoutQuota, wholeNumbers, transferMode,
];
