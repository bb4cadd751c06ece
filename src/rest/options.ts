import { Duration } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { RequestValue } from '../mapping/request-value';
import { ResponseValue } from '../mapping/response-value';

/**
 * Request parameters of a REST integration: what API Gateway sets on the integration request,
 * by location. Each entry renders as `integration.request.{header|querystring|path}.{name}`
 * mapped from a `RequestValue` (a method request parameter, the body, a context or stage variable,
 * or a literal that the library quotes). `method.request.*` sources are declared on the method
 * automatically when the method declares no request parameters itself.
 *
 * @example
 * import { RequestValue } from 'cdk-apigateway-integrations';
 *
 * const params = {
 *   paths: { id: RequestValue.path('id') },
 *   headers: { 'Content-Type': RequestValue.literal('application/json') },
 * };
 */
export interface RestApiRequestParameters {
  /**
   * Integration request headers: header name -> value.
   * @default - none
   */
  readonly headers?: { [name: string]: RequestValue };

  /**
   * Integration request query-string parameters: name -> value.
   * @default - none
   */
  readonly querystrings?: { [name: string]: RequestValue };

  /**
   * Integration request path parameters, which fill the `{name}` placeholders of an HTTP URI:
   * name -> value. Every placeholder of the URI must be mapped (rule `UriPlaceholderNotMapped`).
   * @default - none
   */
  readonly paths?: { [name: string]: RequestValue };
}

/**
 * One integration response of a non-proxy REST integration: which back-end responses it
 * selects, the status code the client gets, and how the response is transformed. A method
 * response with the same status code, declaring its headers, is added to the method when the
 * method does not declare that status code itself.
 */
export interface RestApiIntegrationResponse {
  /**
   * The status code returned to the client, 100 to 599 (a number, as everywhere in this library;
   * out of range is an error at synth, rule `StatusCodeInvalid`).
   */
  readonly statusCode: number;

  /**
   * A regular expression selecting this response: matched against the Lambda error message for
   * Lambda custom integrations, against the back-end HTTP status code otherwise.
   * @default - the default response (used when no other pattern matches)
   */
  readonly selectionPattern?: string;

  /**
   * Headers returned to the client: header name -> value (renders as `method.response.header.{name}`).
   * @default - none
   */
  readonly responseHeaders?: { [name: string]: ResponseValue };

  /**
   * Response mapping templates by content type (VTL), each at most 300 KB.
   * @default - the back-end body is passed through
   */
  readonly responseTemplates?: { [contentType: string]: string };

  /**
   * How to convert the response payload.
   * @default - passed through unchanged
   */
  readonly contentHandling?: apigw.ContentHandling;
}

/**
 * Options every REST integration has (PutIntegration). Limits (checked at synth time):
 * timeout 50 ms–29 s (up to 300 s on Regional and private APIs with a raised quota, 15 min when
 * streaming), mapping templates at most 300 KB, status codes `[1-5]\d\d`.
 */
export interface RestApiIntegrationOptions {
  /**
   * How long API Gateway waits for the back end. REST: 50 ms to 29 s by default; Regional and
   * private APIs may go up to 300 s once the account's quota is raised (a warning reminds you);
   * edge-optimized APIs never above 29 s.
   * @default Duration.seconds(29)
   */
  readonly timeout?: Duration;

  /**
   * Parameters set on the integration request.
   * @default - none
   */
  readonly requestParameters?: RestApiRequestParameters;

  /**
   * Request mapping templates by content type (VTL), each at most 300 KB. Ignored by proxy
   * integrations.
   * @default - none
   */
  readonly requestTemplates?: { [contentType: string]: string };

  /**
   * What to do with a request whose content type has no template.
   * @default - WHEN_NO_MATCH (the service default)
   */
  readonly passthroughBehavior?: apigw.PassthroughBehavior;

  /**
   * How to convert the request payload.
   * @default - passed through unchanged
   */
  readonly contentHandling?: apigw.ContentHandling;

  /**
   * A cache namespace shared by methods that should share cache entries.
   * @default - the resource's id
   */
  readonly cacheNamespace?: string;

  /**
   * Method request parameters whose values are part of the cache key; each must be a method
   * request parameter (declared on the method automatically when it declares none itself).
   * @default - none
   */
  readonly cacheKeyParameters?: RequestValue[];

  /**
   * Integration responses of a non-proxy integration. Ignored by proxy integrations.
   * @default - none (non-proxy Lambda integrations default to one 200 response)
   */
  readonly integrationResponses?: RestApiIntegrationResponse[];
}
