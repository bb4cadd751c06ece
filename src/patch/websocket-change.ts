import { Duration } from 'aws-cdk-lib';
import * as apigatewayv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { WebSocketApiIntegrationPatchConnection } from './connection';
import { BackendCredentials } from '../mapping/credentials';
import { WebSocketApiRequestParameters } from '../websocket/options';

/**
 * A typed change to an existing WebSocket API integration, in the vocabulary of the WebSocket
 * API integrations. The v2 `UpdateIntegration` takes plain fields: each one given replaces the
 * integration's value; what is not given stays as it is.
 *
 * @see https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/apis-apiid-integrations-integrationid.html
 */
export interface WebSocketApiIntegrationChange {
  /**
   * The integration timeout: 50 ms to 29 s.
   * @default - unchanged
   */
  readonly timeout?: Duration;

  /**
   * The integration URI: a URL, a Lambda function invocation ARN, or an AWS service action ARN.
   * @default - unchanged
   */
  readonly integrationUri?: string;

  /**
   * The HTTP method the back end is called with.
   * @default - unchanged
   */
  readonly integrationMethod?: apigatewayv2.HttpMethod;

  /**
   * How API Gateway reaches the back end.
   * @default - unchanged
   */
  readonly connection?: WebSocketApiIntegrationPatchConnection;

  /**
   * The credentials API Gateway calls the back end with (a role, or the caller's own). A role is
   * passed to API Gateway, so the patch is granted `iam:PassRole` on that role only.
   * @default - unchanged
   */
  readonly credentials?: BackendCredentials;

  /**
   * The integration's description.
   * @default - unchanged
   */
  readonly description?: string;

  /**
   * Request parameters sent to the back end, as the WebSocket integrations take them
   * (`{ headers, querystrings }` of `RequestValue`); they replace the integration's parameters
   * with the same names.
   * @default - unchanged
   */
  readonly requestParameters?: WebSocketApiRequestParameters;

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
