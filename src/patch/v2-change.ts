import { Duration } from 'aws-cdk-lib';
import * as apigatewayv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { IntegrationPatchConnection } from './connection';
import { IntegrationCredentials } from '../mapping/credentials';
import { RequestValue } from '../mapping/request-value';

/**
 * What HTTP and WebSocket integration changes share. The v2 `UpdateIntegration` takes plain
 * fields: each one given replaces the integration's value.
 */
export interface V2IntegrationChangeBase {
  /**
   * The integration timeout: 50 ms to 30 s on HTTP APIs, 50 ms to 29 s on WebSocket APIs.
   * @default - unchanged
   */
  readonly timeout?: Duration;

  /**
   * The integration URI: a URL, a Lambda function or invocation ARN, a listener or Cloud Map
   * service ARN (private integrations).
   * @default - unchanged
   */
  readonly integrationUri?: string;

  /**
   * The HTTP method the back end is called with.
   * @default - unchanged
   */
  readonly integrationMethod?: string;

  /**
   * How API Gateway reaches the back end.
   * @default - unchanged
   */
  readonly connection?: IntegrationPatchConnection;

  /**
   * The credentials API Gateway calls the back end with (a role, or the caller's own). A role is
   * passed to API Gateway, so the patch is granted `iam:PassRole` on that role only.
   * @default - unchanged
   */
  readonly credentials?: IntegrationCredentials;

  /**
   * The integration's description.
   * @default - unchanged
   */
  readonly description?: string;
}

/** A typed change to an existing HTTP API integration. */
export interface HttpApiIntegrationChange extends V2IntegrationChangeBase {
  /**
   * Parameter mappings, keyed by `{action}:{location}.{name}` (`append:header.x-id`,
   * `overwrite:path`); they replace the integration's mappings with the same keys.
   * @default - unchanged
   */
  readonly requestParameters?: Record<string, RequestValue>;

  /**
   * The payload format version sent to Lambda (`1.0` or `2.0`).
   * @default - unchanged
   */
  readonly payloadFormatVersion?: string;

  /**
   * The host name the back end's certificate must match (private integrations).
   * @default - unchanged
   */
  readonly serverNameToVerify?: string;
}

/** A typed change to an existing WebSocket API integration. */
export interface WebSocketApiIntegrationChange extends V2IntegrationChangeBase {
  /**
   * Request parameters, keyed by destination (`integration.request.header.x-id`); they replace
   * the integration's parameters with the same keys.
   * @default - unchanged
   */
  readonly requestParameters?: Record<string, RequestValue>;

  /**
   * Request templates, keyed by template selection value (`$default`, or a content type).
   * @default - unchanged
   */
  readonly requestTemplates?: Record<string, string>;

  /**
   * The template selection expression (`\$request.body.action`).
   * @default - unchanged
   */
  readonly templateSelectionExpression?: string;

  /**
   * What happens to requests with no matching template.
   * @default - unchanged
   */
  readonly passthroughBehavior?: apigatewayv2.PassthroughBehavior;

  /**
   * How the request payload is converted (binary <-> text).
   * @default - unchanged
   */
  readonly contentHandling?: apigatewayv2.ContentHandling;
}

/** What the HTTP and WebSocket patch constructs share: the integration and the stage to deploy. */
export interface V2IntegrationPatchOptions {
  /** The API's id. */
  readonly apiId: string;

  /** The integration's id. */
  readonly integrationId: string;

  /**
   * Deploy this stage after the change (and after every later change), with `CreateDeployment`.
   * Not for stages with automatic deployment, which deploy the change themselves.
   * @default - no deployment
   */
  readonly redeployStage?: string;
}
