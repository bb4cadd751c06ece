import { Duration } from 'aws-cdk-lib';
import { HttpApiRequestParameter } from './request-parameter';
import { HttpApiResponseParameter } from './response-parameter';
import { BackendCredentials } from '../mapping/credentials';
import { RequestValue } from '../mapping/request-value';

/**
 * The payload format API Gateway sends to a Lambda function (HTTP APIs). Every other HTTP API
 * integration uses 1.0, which the library sets for you.
 */
export enum HttpApiPayloadFormatVersion {
  /** The REST-API-compatible event (`version: "1.0"`). */
  VERSION_1_0 = '1.0',
  /** The simpler HTTP API event (`version: "2.0"`); Lambda functions only. */
  VERSION_2_0 = '2.0',
}

/** The response parameters applied when the back end answers with one status code (HTTP APIs). */
export interface HttpApiResponseMapping {
  /** The back end's status code these parameters apply to, 200 to 599. */
  readonly statusCode: number;

  /** What to change in the response before API Gateway returns it to the client. */
  readonly parameters: HttpApiResponseParameter[];
}

/**
 * Options every HTTP API integration of this library has.
 *
 * Limits (HTTP APIs, not increasable): timeout 50 ms to 30 s; description up to 1024 characters;
 * each mapped value 1 to 512 characters; response parameters per back-end status code 200–599.
 * WebSocket-only settings (passthrough behavior, content handling, templates) do not exist here.
 */
export interface HttpApiIntegrationOptions {
  /**
   * How long API Gateway waits for the back end: 50 ms to 30 s. (aws-cdk-lib's own HTTP
   * integrations stop at 29 s; HTTP APIs accept 30 s.)
   * @default Duration.seconds(30)
   */
  readonly timeout?: Duration;

  /**
   * A description of the integration, up to 1024 characters.
   * @default - none
   */
  readonly description?: string;

  /**
   * Changes to the back end's response, per back-end status code: append, overwrite or remove
   * headers, or overwrite the status code. Rendered in the shape CloudFormation needs
   * (`{ "404": { ResponseParameters: [{ Destination, Source }] } }`).
   * @default - the response is returned as it is
   */
  readonly responseParameters?: HttpApiResponseMapping[];
}

/**
 * Options of the proxy integrations (Lambda, URL, private): everything shared, plus changes to
 * the request before it reaches the back end.
 */
export interface HttpApiProxyIntegrationOptions extends HttpApiIntegrationOptions {
  /**
   * Changes to the request before it reaches the back end: append, overwrite or remove headers
   * and query-string parameters, overwrite the path. Reserved headers (`Authorization`,
   * `Content-Length`, `x-amz-*`, …) cannot be changed.
   * @default - the request is passed as it is
   */
  readonly requestParameters?: HttpApiRequestParameter[];
}

/** Options every AWS-service (subtype) integration of an HTTP API has. */
export interface HttpApiServiceIntegrationOptions extends HttpApiIntegrationOptions {
  /**
   * The role API Gateway assumes to call the service. `BackendCredentials.fromRole(role)`
   * uses yours as is (`fromRole(role, { grant: true })` grants it the one action through the
   * target's grant method); the caller's
   * identity is refused (subtype integrations only work with a role, and CloudFormation's
   * CredentialsArn pattern refuses it).
   * @default BackendCredentials.createRole() - a role with only the one action on the target
   */
  readonly credentials?: BackendCredentials;

  /**
   * The `Region` parameter: the Region of the target service.
   * @default - the Region of the API
   */
  readonly region?: RequestValue;
}
