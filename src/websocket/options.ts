import { Duration } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { WebSocketApiIntegrationResponseOptions } from './integration-response-key';
import { BackendCredentials } from '../mapping/credentials';
import { RequestValue } from '../mapping/request-value';

/**
 * Integration request parameters of a WebSocket integration: what API Gateway sends to the back
 * end as headers and query-string parameters, from the typed mapping vocabulary.
 *
 * Each value renders as a WebSocket mapping expression (`route.request.body.id`,
 * `context.connectionId`, `stageVariables.x`, `'static'`). Header and query-string *sources*
 * (`RequestValue.header`, `RequestValue.querystring` and their multi-value forms) exist only on
 * the `$connect` route; the library reports them on any other route when the integration is bound
 * (rule `RequestParameterSourceNotOnConnect`).
 */
export interface WebSocketApiRequestParameters {
  /**
   * Headers sent to the back end: `integration.request.header.{name}`.
   * @default - none
   */
  readonly headers?: { [name: string]: RequestValue };

  /**
   * Query-string parameters sent to the back end: `integration.request.querystring.{name}`.
   * @default - none
   */
  readonly querystrings?: { [name: string]: RequestValue };
}

/**
 * Options every WebSocket integration of this library takes.
 *
 * Limits (checked when the integration is bound): timeout 50 ms–29 s (not increasable);
 * description up to 1024 characters; each parameter mapping value up to 512 characters.
 */
export interface WebSocketApiIntegrationOptions {
  /**
   * How long API Gateway waits for the back end: 50 ms to 29 s.
   * @default Duration.seconds(29)
   */
  readonly timeout?: Duration;

  /**
   * A description of the integration.
   * @default - none
   */
  readonly description?: string;

  /**
   * Request parameters sent to the back end.
   * @default - none
   */
  readonly requestParameters?: WebSocketApiRequestParameters;

  /**
   * How binary and text payloads are converted on the way to the back end.
   * @default - payloads pass through unchanged
   */
  readonly contentHandling?: apigwv2.ContentHandling;
}

/**
 * Options of the non-proxy WebSocket integrations (AWS, HTTP, MOCK): request templates chosen by
 * a template selection expression, and integration responses.
 *
 * Limits: each mapping template up to 32768 characters.
 */
export interface WebSocketApiTransformOptions extends WebSocketApiIntegrationOptions {
  /**
   * Request templates (VTL), keyed by template-selection key: the value the
   * `templateSelectionExpression` evaluates to, or `$default` as the catch-all.
   * @default - none (the class's own default where it has one)
   */
  readonly requestTemplates?: { [selectionKey: string]: string };

  /**
   * Chooses the request template: `${request.body.jsonPath}` or a static value.
   * @default - none: only a `$default` template is used
   */
  readonly templateSelectionExpression?: string;

  /**
   * What API Gateway does with a request no template matches.
   * @default - the service default (WHEN_NO_MATCH)
   */
  readonly passthroughBehavior?: apigwv2.PassthroughBehavior;

  /**
   * Integration responses: how the back end's response is transformed before it is returned.
   * They reach the client only on a two-way route (`returnResponse: true` in `addRoute`).
   * @default - none
   */
  readonly responses?: WebSocketApiIntegrationResponseOptions[];
}

/**
 * Options of the AWS service factories (`WebSocketApiSqsIntegration.sendMessage` and the like):
 * each has a default request template and a least-privilege role, both replaceable.
 */
export interface WebSocketApiServiceIntegrationOptions extends WebSocketApiTransformOptions {
  /**
   * How API Gateway authenticates to the service. The role created is granted the action
   * through the target's own grant method; a role you give is used as is, unless
   * `fromRole(role, { grant: true })` asks for the same grant.
   * @default BackendCredentials.createRole()
   */
  readonly credentials?: BackendCredentials;
}
