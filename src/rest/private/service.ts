import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { AwsRequest } from '../../core/services';
import { AwsServiceUri } from '../../mapping/aws-service-uri';
import { BackendCredentials } from '../../mapping/credentials';
import { RequestValue } from '../../mapping/request-value';
import type { RestApiAwsIntegrationProps, RestApiServiceIntegrationOptions } from '../aws-service';
import { RestApiIntegrationResponse } from '../options';

/** Defaults of one AWS-service action, merged with the user's options. INTERNAL. */
export interface ServiceDefaults {
  readonly uri: AwsServiceUri;
  readonly httpMethod?: string;
  /** The `Content-Type` the service expects (set as a static integration request header). */
  readonly contentType?: string;
  readonly headers?: Record<string, RequestValue>;
  readonly paths?: Record<string, RequestValue>;
  /** The `application/json` request template. */
  readonly requestTemplate?: string;
  /** The 200 response's `application/json` template. */
  readonly responseTemplate?: string;
  /** Headers of the 200 response. */
  readonly responseHeaders?: RestApiIntegrationResponse['responseHeaders'];
}

/**
 * The default integration responses of every AWS-service factory: 200 by default (the service
 * answered), 400 for the service's 4xx (its error body passes through: it names the problem),
 * 500 for its 5xx (a generic message: no internal detail leaks).
 */
export function defaultResponses(d: ServiceDefaults): RestApiIntegrationResponse[] {
  return [
    { statusCode: 200, responseTemplates: d.responseTemplate ? { 'application/json': d.responseTemplate } : undefined, responseHeaders: d.responseHeaders },
    { statusCode: 400, selectionPattern: '4\\d{2}' },
    { statusCode: 500, selectionPattern: '5\\d{2}', responseTemplates: { 'application/json': '{"message": "Internal server error"}' } },
  ];
}

const VERBS: readonly apigwv2.HttpMethod[] = Object.values(apigwv2.HttpMethod);
/** An action's verb (a constant of the factory) as the typed `HttpMethod`; POST when none. */
function verbOf(v: string | undefined): apigwv2.HttpMethod {
  return VERBS.find(m => m === v) ?? apigwv2.HttpMethod.POST;
}

/** The user's options over the action's defaults. */
export function serviceProps(d: ServiceDefaults, o: RestApiServiceIntegrationOptions): RestApiAwsIntegrationProps {
  const p = o.requestParameters ?? {};
  const headers = { ...(d.contentType ? { 'Content-Type': RequestValue.literal(d.contentType) } : {}), ...d.headers, ...p.headers };
  const paths = { ...d.paths, ...p.paths };
  return {
    ...o,
    uri: d.uri,
    httpMethod: verbOf(d.httpMethod),
    credentials: o.credentials ?? BackendCredentials.createRole(),
    requestParameters: { ...p, headers, paths },
    requestTemplates: o.requestTemplates ?? (d.requestTemplate !== undefined ? { 'application/json': d.requestTemplate } : undefined),
    passthroughBehavior: o.passthroughBehavior ?? (d.requestTemplate !== undefined ? apigw.PassthroughBehavior.NEVER : undefined),
    integrationResponses: o.integrationResponses ?? defaultResponses(d),
  };
}

/** The defaults of a table row's REST request (src/core/services): its URI, content type, templates and target header. */
export function rowDefaults(request: AwsRequest, uri: AwsServiceUri): ServiceDefaults {
  return {
    uri,
    contentType: request.contentType,
    headers: request.amzTarget ? { 'X-Amz-Target': RequestValue.literal(request.amzTarget) } : undefined,
    requestTemplate: request.template,
    responseTemplate: request.response,
  };
}
