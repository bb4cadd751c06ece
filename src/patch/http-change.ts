import { Duration } from 'aws-cdk-lib';
import * as apigatewayv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpApiIntegrationPatchConnection } from './connection';
import { HttpApiPayloadFormatVersion } from '../http/options';
import { HttpApiRequestParameter } from '../http/request-parameter';
import { BackendCredentials } from '../mapping/credentials';
import { RequestValue } from '../mapping/request-value';

/**
 * A typed change to an existing HTTP API integration, in the vocabulary of the HTTP API
 * integrations. The v2 `UpdateIntegration` takes plain fields: each one given replaces the
 * integration's value; what is not given stays as it is.
 *
 * @see https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/apis-apiid-integrations-integrationid.html
 */
export interface HttpApiIntegrationChange {
  /**
   * The integration timeout: 50 ms to 30 s.
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
   * The HTTP method the back end is called with (`HttpMethod.ANY` passes the client's method on).
   * @default - unchanged
   */
  readonly integrationMethod?: apigatewayv2.HttpMethod;

  /**
   * How API Gateway reaches the back end.
   * @default - unchanged
   */
  readonly connection?: HttpApiIntegrationPatchConnection;

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
   * Changes to the request before it reaches the back end, as the HTTP API integrations take
   * them (`HttpApiRequestParameter.appendHeader(...)`, …). They replace the integration's
   * parameter mappings with the same keys.
   * @default - unchanged
   */
  readonly requestParameters?: HttpApiRequestParameter[];

  /**
   * The request parameters of an AWS service integration (an integration subtype such as
   * `SQS-SendMessage`), by the action's parameter name (`QueueUrl`, `MessageBody`); they replace
   * the integration's parameters with the same names.
   * @default - unchanged
   * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services-reference.html
   */
  readonly serviceParameters?: { [name: string]: RequestValue };

  /**
   * The payload format version sent to Lambda.
   * @default - unchanged
   */
  readonly payloadFormatVersion?: HttpApiPayloadFormatVersion;

  /**
   * The host name the back end's certificate must match (private integrations).
   * @default - unchanged
   */
  readonly serverNameToVerify?: string;
}
