import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { HttpApiPayloadFormatVersion, HttpApiProxyIntegrationOptions } from './options';
import { HttpBinder, renderRequestParameters } from './private/binder';
import { credentialsArnFor } from './private/credentials';
import { R } from '../core/arg-shapes';
import { executeApiArn, grantInvokeOnce, permissionHome, permissionId } from '../core/permissions';
import { checkArgs, str } from '../core/shape';
import { BackendCredentials } from '../mapping/credentials';
import { HTTP_LAMBDA_PROPS } from './private/shapes';

/** Properties of an `HttpApiLambdaIntegration`. */
export interface HttpApiLambdaIntegrationProps extends HttpApiProxyIntegrationOptions {
  /**
   * The event format the function receives.
   * @default HttpApiPayloadFormatVersion.VERSION_2_0
   */
  readonly payloadFormatVersion?: HttpApiPayloadFormatVersion;

  /**
   * Give each route its own `AWS::Lambda::Permission`, scoped to the route's method and path.
   * By default one permission per (function, API) covers every route: the stack does not grow
   * with the number of routes, and the function's resource policy stays far below its 20 KB limit.
   * @default false
   */
  readonly scopePermissionToRoute?: boolean;

  /**
   * Let API Gateway call the function with a role instead of a resource-based permission:
   * `BackendCredentials.fromRole(role)` (used as is; with `{ grant: true }` granted
   * `lambda:InvokeFunction` on the function) or `.createRole()` (granted it). `.callerIdentity()` is refused: CloudFormation cannot deploy it on HTTP APIs.
   * @default - a resource-based permission on the function
   */
  readonly credentials?: BackendCredentials;
}

/**
 * An HTTP API route to a Lambda function (`AWS_PROXY`).
 *
 * Compared with aws-cdk-lib's `HttpLambdaIntegration`: ONE `AWS::Lambda::Permission` per
 * (function, API) by default, whatever the number of routes (per-route scoping is an option);
 * timeouts up to 30 s; typed request and response parameter mapping; every HTTP API rule checked
 * when the route is added, with the route's construct path in the error.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 *
 * @example
 * import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import * as lambda from 'aws-cdk-lib/aws-lambda';
 * import { HttpApiLambdaIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigwv2.HttpApi;
 * declare const fn: lambda.IFunction;
 * api.addRoutes({ path: '/orders', methods: [apigwv2.HttpMethod.GET], integration: new HttpApiLambdaIntegration('Orders', fn) });
 */
export class HttpApiLambdaIntegration extends apigwv2.HttpRouteIntegration {
  private readonly binder: HttpBinder;

  /**
   * @param id the integration's construct id (under the first route that uses it)
   * @param handler the function to call
   */
  constructor(id: string, private readonly handler: lambda.IFunction, private readonly props: HttpApiLambdaIntegrationProps = {}) {
    checkArgs('HttpApiLambdaIntegration', 'HttpApiLambdaIntegration', [['id', id, str], ['handler', handler, R.function], ['props', props, HTTP_LAMBDA_PROPS]]);
    super(id);
    this.binder = new HttpBinder(id, 'HttpApiLambdaIntegration');
  }

  public bind(options: apigwv2.HttpRouteIntegrationBindOptions): apigwv2.HttpRouteIntegrationConfig {
    const credentialsArn = credentialsArnFor(options.scope, 'HttpApiLambdaIntegration', this.props.credentials, grantee => this.handler.grantInvoke(grantee));
    return this.binder.bind(options.scope, {
      type: 'AWS_PROXY',
      uri: this.handler.functionArn,
      payloadFormatVersion: this.props.payloadFormatVersion ?? HttpApiPayloadFormatVersion.VERSION_2_0,
      credentialsArn,
      requestParameters: renderRequestParameters(options.scope, 'HttpApiLambdaIntegration', this.props),
      options: this.props,
    });
  }

  protected completeBind(options: apigwv2.HttpRouteIntegrationBindOptions): void {
    this.binder.complete(options);
    if (this.props.credentials) return;
    const route = options.route;
    const id = permissionId(this.handler);
    if (this.props.scopePermissionToRoute) {
      grantInvokeOnce(this.handler, options.scope, route.routeArn, id);
      return;
    }
    // Every later route of the API finds the one permission here, without building its ARN again.
    const api = route.httpApi;
    const home = permissionHome(this.handler, api, route);
    if (!home.scope.node.tryFindChild(home.id)) grantInvokeOnce(this.handler, home.scope, executeApiArn(home.scope, api.apiId, '*/*/*'), home.id);
  }
}
