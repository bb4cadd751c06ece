import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { WebSocketApiTransformOptions } from './options';
import { credentialsArn, WebSocketRender } from './private/binding';
import { WebSocketApiRouteIntegration } from './private/route-integration';
import { R } from '../core/arg-shapes';
import { executeApiArn, grantInvokeOnce, permissionHome } from '../core/permissions';
import { checkArgs, str } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { BackendCredentials } from '../mapping/credentials';
import { WS_LAMBDA_PROPS } from './private/shapes';

/** Properties of a {@link WebSocketApiLambdaIntegration}. */
export interface WebSocketApiLambdaIntegrationProps extends WebSocketApiTransformOptions {
  /**
   * `true`: a Lambda proxy integration (`AWS_PROXY`): the function gets the whole event and its
   * return value is the response. `false`: a custom integration (`AWS`), shaped by
   * `requestTemplates` and `responses` (keyed by the function's `errorMessage`).
   * @default true
   */
  readonly proxy?: boolean;

  /**
   * A role API Gateway assumes to invoke the function. A created role is granted
   * `lambda:InvokeFunction` on the function; a given one is used as is unless
   * `fromRole(role, { grant: true })`. Without it, the function's resource policy allows the API instead.
   * @default - one `AWS::Lambda::Permission` per (function, API), shared by every route
   */
  readonly credentials?: BackendCredentials;
}

/**
 * Connects a WebSocket route to a Lambda function, as a proxy (`AWS_PROXY`, the default) or a
 * custom (`AWS`) integration with request templates and integration responses. The function is
 * always invoked with POST.
 *
 * Unlike aws-cdk-lib's `WebSocketLambdaIntegration` (one permission per route), it adds ONE
 * `AWS::Lambda::Permission` per (function, API), so hundreds of routes on one function stay
 * within the resource and Lambda policy limits. It takes the same arguments (id, handler, props).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integrations.html
 *
 * @example
 * import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import * as lambda from 'aws-cdk-lib/aws-lambda';
 * import { WebSocketApiLambdaIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const fn: lambda.IFunction;
 * declare const api: apigwv2.WebSocketApi;
 * api.addRoute('sendMessage', { integration: new WebSocketApiLambdaIntegration('SendMessage', fn) });
 */
export class WebSocketApiLambdaIntegration extends WebSocketApiRouteIntegration {
  /**
   * @param id the integration's construct id (under the first route that uses it), as in aws-cdk-lib's `WebSocketLambdaIntegration`
   * @param handler the function to invoke
   * @param props options
   */
  constructor(id: string, private readonly handler: lambda.IFunction, private readonly props: WebSocketApiLambdaIntegrationProps = {}) {
    checkArgs('WebSocketApiLambdaIntegration', 'WebSocketApiLambdaIntegration', [['id', id, str], ['handler', handler, R.function], ['props', props, WS_LAMBDA_PROPS]]);
    super(id, 'WebSocketApiLambdaIntegration');
  }

  /** @internal */
  protected _describe(options: apigwv2.WebSocketRouteIntegrationBindOptions): WebSocketRender {
    const route = options.route;
    const api = route.webSocketApi;
    const credentials = credentialsArn(route, this.props.credentials, role => this.handler.grantInvoke(role));
    if (!credentials) {
      const { scope, id } = permissionHome(this.handler, api, route);
      grantInvokeOnce(this.handler, scope, executeApiArn(scope, api.apiId, '*'), id);
    }
    return {
      type: this.props.proxy === false ? 'AWS' : 'AWS_PROXY',
      uri: AwsServiceUri.path('lambda', `2015-03-31/functions/${this.handler.functionArn}/invocations`)._render(route),
      method: 'POST',
      credentialsArn: credentials,
      options: this.props,
    };
  }
}
