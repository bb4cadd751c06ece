import { Duration } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigatewayv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { RestApiIntegrationPatchConnection } from './connection';
import { BackendCredentials } from '../mapping/credentials';
import { RequestValue } from '../mapping/request-value';
import { RestApiRequestParameters } from '../rest/options';

/**
 * Names of integration request parameters of a REST integration, by location (each renders as
 * `integration.request.{header|querystring|path}.{name}`).
 */
export interface RestApiRequestParameterNames {
  /**
   * Integration request header names.
   * @default - none
   */
  readonly headers?: string[];

  /**
   * Integration request query-string parameter names.
   * @default - none
   */
  readonly querystrings?: string[];

  /**
   * Integration request path parameter names.
   * @default - none
   */
  readonly paths?: string[];
}

/**
 * A change to the request parameters of a REST integration, in the vocabulary of the REST
 * integrations' `requestParameters`: `{ headers, querystrings, paths }` of `RequestValue`.
 *
 * @example
 * import { RequestValue } from 'cdk-apigateway-integrations';
 *
 * const change = {
 *   add: { headers: { 'x-request-id': RequestValue.context('requestId') } },
 *   replace: { paths: { id: RequestValue.path('orderId') } },
 *   remove: { querystrings: ['debug'] },
 * };
 */
export interface RestApiRequestParametersChange {
  /**
   * Parameters the integration does not have yet. Removed again when the patch is deleted.
   * @default - none
   */
  readonly add?: RestApiRequestParameters;

  /**
   * Parameters the integration already has, with their new source. Their old source cannot be
   * known, so deleting the patch keeps the new one (give `restoreOnDelete` to put it back).
   * @default - none
   */
  readonly replace?: RestApiRequestParameters;

  /**
   * Parameters to remove, by name. Deleting the patch does not bring them back (give
   * `restoreOnDelete` to add them again).
   * @default - none
   */
  readonly remove?: RestApiRequestParameterNames;
}

/** A change to the request templates of a REST integration, by content type (`application/json`). */
export interface RestApiRequestTemplatesChange {
  /**
   * Templates for content types the integration has none for yet. Removed again when the patch is deleted.
   * @default - none
   */
  readonly add?: Record<string, string>;

  /**
   * New templates for content types the integration already has a template for. The old
   * templates cannot be known, so deleting the patch keeps the new ones.
   * @default - none
   */
  readonly replace?: Record<string, string>;

  /**
   * Content types the integration has no template for yet, to add with no template body: input
   * passthrough, the request body reaches the back end as it came (the AWS CLI reference's own
   * example: `op='add',path='/requestTemplates/application~1json'` with no value). Removed again
   * when the patch is deleted.
   * @default - none
   * @see https://docs.aws.amazon.com/cli/latest/reference/apigateway/update-integration.html
   */
  readonly addPassthrough?: string[];

  /**
   * Content types whose template to replace by no template body (input passthrough). Like
   * `replace`, deleting the patch keeps the passthrough.
   * @default - none
   * @see https://docs.aws.amazon.com/cli/latest/reference/apigateway/update-integration.html
   */
  readonly replaceWithPassthrough?: string[];

  /**
   * Content types whose template to remove. Deleting the patch does not bring them back.
   * @default - none
   */
  readonly remove?: string[];
}

/**
 * A change to the cache key parameters of a REST integration: method request parameters, as the
 * REST integrations' `cacheKeyParameters` take them (`RequestValue.path('id')` is
 * `method.request.path.id`).
 */
export interface RestApiCacheKeyParametersChange {
  /**
   * Parameters to add to the cache key. Removed again when the patch is deleted.
   * @default - none
   */
  readonly add?: RequestValue[];

  /**
   * Parameters to take out of the cache key. Deleting the patch does not put them back.
   * @default - none
   */
  readonly remove?: RequestValue[];
}

/**
 * A typed change to an existing REST integration. Only what is given changes; everything else
 * stays as it is. Rendered to `UpdateIntegration` patch operations (C39).
 *
 * Every operation the integration's update accepts has a typed form: `replace` of each scalar,
 * `add` / `replace` / `remove` of request parameters and templates (a template with or without
 * a body), `add` / `remove` of cache key parameters. `copy` and `move` have none: the
 * integration's update reference says its `from` field is "Not supported" and lists only add,
 * remove and replace.
 *
 * Names (request parameters, content types, cache key parameters) become JSON-pointer
 * segments, escaped per RFC 6901 at synth, so they must be literal: a token name is refused
 * (`MapKeyIsToken`).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_UpdateIntegration.html
 */
export interface RestApiIntegrationChange {
  /**
   * The integration timeout: 50 ms to 29 s by default; Regional and private APIs up to the
   * account's raised quota (at most 300 s buffered, 15 min streamed).
   * @default - unchanged
   */
  readonly timeout?: Duration;

  /**
   * The integration URI: an http(s) URL for HTTP integrations, an API Gateway service ARN for
   * AWS integrations. The service does not patch the URI of MOCK integrations.
   * @default - unchanged
   */
  readonly uri?: string;

  /**
   * The HTTP method the back end is called with (`POST` for Lambda and most AWS services).
   * @default - unchanged
   */
  readonly integrationHttpMethod?: apigatewayv2.HttpMethod;

  /**
   * How API Gateway reaches the back end.
   * @default - unchanged
   */
  readonly connection?: RestApiIntegrationPatchConnection;

  /**
   * The credentials API Gateway calls the back end with: a role (`BackendCredentials.fromRole`)
   * or the caller's own (`BackendCredentials.callerIdentity()`). A role is passed to API
   * Gateway, so the patch is granted `iam:PassRole` on that role only.
   * @default - unchanged
   */
  readonly credentials?: BackendCredentials;

  /**
   * Request parameters to add, replace or remove, by location and name.
   * @default - unchanged
   */
  readonly requestParameters?: RestApiRequestParametersChange;

  /**
   * Request templates to add, replace or remove, by content type.
   * @default - unchanged
   */
  readonly requestTemplates?: RestApiRequestTemplatesChange;

  /**
   * What happens to requests whose content type has no template.
   * @default - unchanged
   */
  readonly passthroughBehavior?: apigateway.PassthroughBehavior;

  /**
   * How the request payload is converted (binary <-> text).
   * @default - unchanged
   */
  readonly contentHandling?: apigateway.ContentHandling;

  /**
   * The cache namespace: integrations that share it share cache entries.
   * @default - unchanged
   */
  readonly cacheNamespace?: string;

  /**
   * Cache key parameters to add or remove.
   * @default - unchanged
   */
  readonly cacheKeyParameters?: RestApiCacheKeyParametersChange;

  /**
   * Skip verification of the back end's certificate issuer (HTTP and HTTP_PROXY integrations
   * only). Insecure: a warning `TlsVerificationSkipped` is added. CloudFormation cannot set
   * this (`AWS::ApiGateway::Method` has no `tlsConfig`), which is why this patch exists.
   * @default - unchanged
   */
  readonly insecureSkipVerification?: boolean;
}
