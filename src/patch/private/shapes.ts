import { credentials, requestValue } from '../../core/arg-shapes';
import { throwUsageError } from '../../core/errors';
import { q } from '../../core/format';
import { bool, duration, enumValue, instance, list, map, optional, str, struct, WRONG_TYPE } from '../../core/shape';
import { HttpApiRequestParameter } from '../../http/request-parameter';
import { HttpApiIntegrationPatchConnection, RestApiIntegrationPatchConnection, WebSocketApiIntegrationPatchConnection } from '../connection';

/**
 * Runtime shapes of the patch changes, checked first, so a JavaScript, Python or Go caller who
 * passes a raw key or string where a typed value belongs gets our usage error, not a TypeError or
 * a silently wrong patch. INTERNAL.
 */

const names = optional(list(str));
const requestValues = optional(map(requestValue));
const requestParameters = optional(struct('RestApiRequestParameters', { headers: requestValues, querystrings: requestValues, paths: requestValues }));

export const REST_CHANGE = struct('RestApiIntegrationChange', {
  timeout: optional(duration),
  uri: optional(str),
  integrationHttpMethod: optional(enumValue('apigatewayv2.HttpMethod')),
  connection: optional(instance(RestApiIntegrationPatchConnection, 'RestApiIntegrationPatchConnection')),
  credentials: optional(credentials),
  requestParameters: optional(struct('RestApiRequestParametersChange', {
    add: requestParameters,
    replace: requestParameters,
    remove: optional(struct('RestApiRequestParameterNames', { headers: names, querystrings: names, paths: names })),
  })),
  requestTemplates: optional(struct('RestApiRequestTemplatesChange', {
    add: optional(map(str)),
    replace: optional(map(str)),
    addPassthrough: names,
    replaceWithPassthrough: names,
    remove: names,
  })),
  passthroughBehavior: optional(enumValue('apigateway.PassthroughBehavior')),
  contentHandling: optional(enumValue('apigateway.ContentHandling')),
  cacheNamespace: optional(str),
  cacheKeyParameters: optional(struct('RestApiCacheKeyParametersChange', { add: optional(list(requestValue)), remove: optional(list(requestValue)) })),
  insecureSkipVerification: optional(bool),
});

const v2Common = {
  timeout: optional(duration),
  integrationUri: optional(str),
  integrationMethod: optional(enumValue('apigatewayv2.HttpMethod')),
  credentials: optional(credentials),
  description: optional(str),
};

export const HTTP_CHANGE = struct('HttpApiIntegrationChange', {
  ...v2Common,
  connection: optional(instance(HttpApiIntegrationPatchConnection, 'HttpApiIntegrationPatchConnection')),
  requestParameters: optional(list(instance(HttpApiRequestParameter, 'HttpApiRequestParameter'))),
  serviceParameters: requestValues,
  payloadFormatVersion: optional(enumValue('HttpApiPayloadFormatVersion')),
  serverNameToVerify: optional(str),
});

export const WEBSOCKET_CHANGE = struct('WebSocketApiIntegrationChange', {
  ...v2Common,
  connection: optional(instance(WebSocketApiIntegrationPatchConnection, 'WebSocketApiIntegrationPatchConnection')),
  requestParameters: optional(struct('WebSocketApiRequestParameters', { headers: requestValues, querystrings: requestValues })),
  requestTemplates: optional(map(str)),
  templateSelectionExpression: optional(str),
  passthroughBehavior: optional(enumValue('apigatewayv2.PassthroughBehavior')),
  contentHandling: optional(enumValue('apigatewayv2.ContentHandling')),
});

/**
 * Refuses a key other than `known` in a typed parameter map (`{ headers, querystrings, … }`): a
 * destination key (`integration.request.header.x`, the raw vocabulary) would otherwise be dropped
 * without a word.
 */
export function assertKnownKeys(scopePath: string, subject: string, at: string, given: unknown, known: readonly string[]): void {
  const unknown = typeof given === 'object' && given !== null ? Object.keys(given).filter(k => !known.includes(k)) : [];
  if (unknown.length === 0) return;
  throwUsageError(scopePath, subject, {
    code: WRONG_TYPE,
    what: `${at} takes ${known.join(', ')}`,
    got: unknown.map(k => q(k)).join(', '),
    fix: 'put each parameter under its location, by name: { headers: { \'x-id\': … } } for "integration.request.header.x-id"',
  });
}
