import { awsServiceUri, credentials, policyStatement, requestValue, responseValue } from '../../core/arg-shapes';
import { bool, duration, fieldsOf, instance, int, list, map, enumValue, optional, str, struct } from '../../core/shape';
import { RestApiConnection } from '../connection';

/** Runtime shapes of the REST props and options (what the entry points check first). */

const contentHandling = optional(enumValue('apigw.ContentHandling'));

/**
 * An `apigwv2.HttpMethod`, as on the HTTP kind. Python and Go pass any string: only the type is
 * judged here, and a verb the service does not know is refused by the rule table
 * (`IntegrationMethodNotSupported`), on the typed constructs and through `IntegrationChecks` alike.
 */
const httpMethod = enumValue('apigwv2.HttpMethod');

export const REST_OPTIONS = struct('RestApiIntegrationOptions', {
  timeout: optional(duration),
  requestParameters: optional(struct('RestApiRequestParameters', {
    headers: optional(map(requestValue)),
    querystrings: optional(map(requestValue)),
    paths: optional(map(requestValue)),
  })),
  requestTemplates: optional(map(str)),
  passthroughBehavior: optional(enumValue('apigw.PassthroughBehavior')),
  contentHandling,
  cacheNamespace: optional(str),
  cacheKeyParameters: optional(list(requestValue)),
  integrationResponses: optional(list(struct('RestApiIntegrationResponse', {
    statusCode: int,
    selectionPattern: optional(str),
    responseHeaders: optional(map(responseValue)),
    responseTemplates: optional(map(str)),
    contentHandling,
  }))),
});

export const REST_SERVICE_OPTIONS = struct('RestApiServiceIntegrationOptions', { ...fieldsOf(REST_OPTIONS), credentials: optional(credentials) });

export const REST_AWS_PROPS = struct('RestApiAwsIntegrationProps', {
  ...fieldsOf(REST_OPTIONS),
  uri: awsServiceUri,
  httpMethod: optional(httpMethod),
  credentials: optional(credentials),
  policyStatements: optional(list(policyStatement)),
  proxy: optional(bool),
});

const transferMode = optional(enumValue('apigw.ResponseTransferMode'));

export const REST_HTTP_PROPS = struct('RestApiHttpIntegrationProps', {
  ...fieldsOf(REST_OPTIONS),
  proxy: optional(bool),
  httpMethod: optional(httpMethod),
  connection: optional(instance(RestApiConnection, 'RestApiConnection')),
  responseTransferMode: transferMode,
  tlsConfig: optional(struct('RestApiTlsConfig', { insecureSkipVerification: optional(bool) })),
});

export const REST_LAMBDA_PROPS = struct('RestApiLambdaIntegrationProps', {
  ...fieldsOf(REST_OPTIONS),
  proxy: optional(bool),
  responseTransferMode: transferMode,
  scopePermissionToMethod: optional(bool),
  credentials: optional(credentials),
});

export const REST_MOCK_PROPS = struct('RestApiMockIntegrationProps', {
  ...fieldsOf(REST_OPTIONS),
  statusCode: optional(int),
  responseBody: optional(str),
  responseHeaders: optional(map(responseValue)),
});

export const REST_EVENTS_OPTIONS = struct('RestApiEventBridgeIntegrationPutEventsOptions', { ...fieldsOf(REST_SERVICE_OPTIONS), source: str, detailType: str });
export const REST_S3_GET_OPTIONS = struct('RestApiS3IntegrationGetObjectOptions', { ...fieldsOf(REST_SERVICE_OPTIONS), key: optional(requestValue) });
export const REST_S3_PUT_OPTIONS = struct('RestApiS3IntegrationPutObjectOptions', { ...fieldsOf(REST_SERVICE_OPTIONS), key: optional(requestValue) });
export const REST_SQS_OPTIONS = struct('RestApiSqsIntegrationSendMessageOptions', {
  ...fieldsOf(REST_SERVICE_OPTIONS),
  messageGroupId: optional(requestValue),
  messageDeduplicationId: optional(requestValue),
});
