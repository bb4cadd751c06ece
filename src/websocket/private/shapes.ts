import { awsServiceUri, credentials, R, requestValue, responseValue } from '../../core/arg-shapes';
import { bool, duration, fieldsOf, instance, list, map, enumValue, optional, str, struct } from '../../core/shape';
import { WebSocketApiIntegrationResponseKey } from '../integration-response-key';

/** Runtime shapes of the WebSocket API props and options (what the entry points check first). */

const contentHandling = optional(enumValue('apigwv2.ContentHandling'));

export const WS_RESPONSE_OPTIONS = struct('WebSocketApiIntegrationResponseOptions', {
  key: optional(instance(WebSocketApiIntegrationResponseKey, 'WebSocketApiIntegrationResponseKey')),
  responseTemplates: optional(map(str)),
  templateSelectionExpression: optional(str),
  responseParameters: optional(map(responseValue)),
  contentHandling,
});

export const WS_OPTIONS = struct('WebSocketApiIntegrationOptions', {
  timeout: optional(duration),
  description: optional(str),
  requestParameters: optional(struct('WebSocketApiRequestParameters', {
    headers: optional(map(requestValue)),
    querystrings: optional(map(requestValue)),
  })),
  contentHandling,
});

export const WS_TRANSFORM_OPTIONS = struct('WebSocketApiTransformOptions', {
  ...fieldsOf(WS_OPTIONS),
  requestTemplates: optional(map(str)),
  templateSelectionExpression: optional(str),
  passthroughBehavior: optional(enumValue('apigwv2.PassthroughBehavior')),
  responses: optional(list(WS_RESPONSE_OPTIONS)),
});

const method = optional(enumValue('apigwv2.HttpMethod'));

export const WS_SERVICE_OPTIONS = struct('WebSocketApiServiceIntegrationOptions', { ...fieldsOf(WS_TRANSFORM_OPTIONS), credentials: optional(credentials) });
export const WS_AWS_PROPS = struct('WebSocketApiAwsIntegrationProps', { ...fieldsOf(WS_TRANSFORM_OPTIONS), uri: awsServiceUri, credentials, method });
export const WS_HTTP_PROPS = struct('WebSocketApiHttpIntegrationProps', { ...fieldsOf(WS_TRANSFORM_OPTIONS), method, proxy: optional(bool), vpcLink: optional(R.vpcLink) });
export const WS_LAMBDA_PROPS = struct('WebSocketApiLambdaIntegrationProps', { ...fieldsOf(WS_TRANSFORM_OPTIONS), proxy: optional(bool), credentials: optional(credentials) });
export const WS_MOCK_PROPS = struct('WebSocketApiMockIntegrationProps', fieldsOf(WS_TRANSFORM_OPTIONS));
export const WS_EVENTS_OPTIONS = struct('WebSocketApiEventBridgeIntegrationPutEventsOptions', { ...fieldsOf(WS_SERVICE_OPTIONS), source: str, detailType: optional(str) });
export const WS_INTEGRATION_RESPONSE_PROPS = struct('WebSocketApiIntegrationResponseProps', {
  ...fieldsOf(WS_RESPONSE_OPTIONS),
  webSocketApi: R.webSocketApi,
  integrationId: str,
});
