import { credentials, R, requestValue } from '../../core/arg-shapes';
import { bool, duration, Fields, fieldsOf, instance, int, list, map, enumValue, optional, str, struct } from '../../core/shape';
import { HttpApiRequestParameter } from '../request-parameter';
import { HttpApiResponseParameter } from '../response-parameter';

/** Runtime shapes of the HTTP API props and options (what the entry points check first). */

export const HTTP_OPTIONS = struct('HttpApiIntegrationOptions', {
  timeout: optional(duration),
  description: optional(str),
  responseParameters: optional(list(struct('HttpApiResponseMapping', {
    statusCode: int,
    parameters: list(instance(HttpApiResponseParameter, 'HttpApiResponseParameter')),
  }))),
});

export const HTTP_PROXY_OPTIONS = struct('HttpApiProxyIntegrationOptions', {
  ...fieldsOf(HTTP_OPTIONS),
  requestParameters: optional(list(instance(HttpApiRequestParameter, 'HttpApiRequestParameter'))),
});

const httpMethod = enumValue('apigwv2.HttpMethod');

/** The options of a subtype integration, with its own `RequestValue` fields (`required` ones must be given). */
export function serviceOptions(name: string, values: readonly string[] = [], required: readonly string[] = []): ReturnType<typeof struct> {
  const fields: Fields = { ...fieldsOf(HTTP_OPTIONS), credentials: optional(credentials), region: optional(requestValue) };
  for (const v of values) fields[v] = optional(requestValue);
  for (const v of required) fields[v] = requestValue;
  return struct(name, fields);
}

export const HTTP_LAMBDA_PROPS = struct('HttpApiLambdaIntegrationProps', {
  ...fieldsOf(HTTP_PROXY_OPTIONS),
  payloadFormatVersion: optional(enumValue('HttpApiPayloadFormatVersion')),
  scopePermissionToRoute: optional(bool),
  credentials: optional(credentials),
});

export const HTTP_PRIVATE_PROPS = struct('HttpApiPrivateIntegrationProps', {
  ...fieldsOf(HTTP_PROXY_OPTIONS),
  method: optional(httpMethod),
  vpcLink: optional(R.vpcLink),
  vpc: optional(R.vpc),
  serverNameToVerify: optional(str),
  stripStagePrefix: optional(bool),
});

export const HTTP_CLOUD_MAP_PROPS = struct('HttpApiPrivateIntegrationCloudMapProps', {
  ...fieldsOf(HTTP_PRIVATE_PROPS),
  attributeFilters: optional(map(str)),
});

export const HTTP_URL_PROPS = struct('HttpApiUrlIntegrationProps', { ...fieldsOf(HTTP_PROXY_OPTIONS), method: optional(httpMethod) });
