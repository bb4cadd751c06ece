import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigatewayv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { assertId, httpMethodOf } from './private/ids';

/**
 * The one REST integration a patch changes: by ids (an API outside the app, made in the
 * console, by SAM or by an OpenAPI import), or as a method of this app.
 *
 * @example
 * import * as apigatewayv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import { RestApiIntegrationPatchTarget } from 'cdk-apigateway-integrations';
 *
 * const target = RestApiIntegrationPatchTarget.fromIds('a1b2c3d4e5', 'x9y8z7', apigatewayv2.HttpMethod.GET);
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_UpdateIntegration.html
 */
export class RestApiIntegrationPatchTarget {
  /**
   * The integration of the method `httpMethod` on resource `resourceId` of REST API `restApiId`.
   * Every id must be one API Gateway assigns (lowercase letters and digits; tokens pass), so the
   * patch's policy can never name more than this one integration: `*`, `/` or `..` are refused
   * (`PatchTargetIdInvalid`).
   *
   * @param restApiId the REST API's id (`RestApi.fromRestApiId(...).restApiId` works too)
   * @param resourceId the resource's id (not its path)
   * @param httpMethod the method's verb (`HttpMethod.GET`, …, `HttpMethod.ANY`); a string in any case is accepted at run time
   */
  public static fromIds(restApiId: string, resourceId: string, httpMethod: apigatewayv2.HttpMethod): RestApiIntegrationPatchTarget {
    const where = 'RestApiIntegrationPatchTarget.fromIds';
    assertId(where, 'RestApiIntegrationPatchTarget', 'the REST API id', restApiId);
    assertId(where, 'RestApiIntegrationPatchTarget', 'the resource id', resourceId);
    return new RestApiIntegrationPatchTarget(restApiId, resourceId, httpMethodOf(where, 'RestApiIntegrationPatchTarget', httpMethod));
  }

  /**
   * The integration of a method of this app. The patch runs after the method is deployed, and
   * again whenever CloudFormation changes the method's integration (which would drop the patch).
   */
  public static fromMethod(method: apigateway.Method): RestApiIntegrationPatchTarget {
    return new RestApiIntegrationPatchTarget(method.api.restApiId, method.resource.resourceId, method.httpMethod, method);
  }

  /**
   * A method being bound, whose integration type the integration knows (its CfnMethod does not exist yet).
   * @internal
   */
  public static _fromBindingMethod(method: apigateway.Method, integrationType: string): RestApiIntegrationPatchTarget {
    return new RestApiIntegrationPatchTarget(method.api.restApiId, method.resource.resourceId, method.httpMethod, method, integrationType);
  }

  /** The REST API's id. */
  public readonly restApiId: string;
  /** The resource's id. */
  public readonly resourceId: string;
  /** The method's verb, upper case (`GET`, …, `ANY`). */
  public readonly httpMethod: string;
  /** @internal */
  public readonly _method?: apigateway.Method;
  /** @internal */
  public readonly _integrationType?: string;

  private constructor(restApiId: string, resourceId: string, httpMethod: string, method?: apigateway.Method, integrationType?: string) {
    this.restApiId = restApiId;
    this.resourceId = resourceId;
    this.httpMethod = httpMethod;
    this._method = method;
    this._integrationType = integrationType;
  }
}
