import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { WebSocketApiTransformOptions } from './options';
import { credentialsArn, WebSocketRender } from './private/binding';
import { WebSocketApiRouteIntegration } from './private/route-integration';
import { boundAction } from '../core/services/bound';
import { checkArgs, str } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { BackendCredentials } from '../mapping/credentials';
import { WS_AWS_PROPS } from './private/shapes';

/** Properties of a {@link WebSocketApiAwsIntegration}. */
export interface WebSocketApiAwsIntegrationProps extends WebSocketApiTransformOptions {
  /**
   * The service action or path to call (aws-cdk-lib's `integrationUri`, built from typed parts).
   */
  readonly uri: AwsServiceUri;

  /**
   * How API Gateway authenticates to the service. A role you give must allow the action; a role
   * the library creates is granted nothing by this generic class, and the warning
   * `CreatedRoleWithoutPermissions` says so (every request would be denied): use the service
   * factories, such as `WebSocketApiSqsIntegration.sendMessage`, for least-privilege roles made for you.
   */
  readonly credentials: BackendCredentials;

  /**
   * The HTTP method API Gateway calls the service with.
   * @default HttpMethod.POST
   */
  readonly method?: apigwv2.HttpMethod;
}

/**
 * Connects a WebSocket route to any AWS service action or path (`AWS`), with request templates
 * and integration responses. Unlike aws-cdk-lib's `WebSocketAwsIntegration`, the URI is built
 * from typed parts (`AwsServiceUri`) and the credentials are a typed choice
 * (`BackendCredentials`). Like aws-cdk-lib's, it takes a construct id and props holding the URI.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-requests.html
 *
 * @example
 * import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import * as iam from 'aws-cdk-lib/aws-iam';
 * import { AwsServiceUri, BackendCredentials, WebSocketApiAwsIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigwv2.WebSocketApi;
 * declare const role: iam.IRole;
 * api.addRoute('publish', {
 *   integration: new WebSocketApiAwsIntegration('Publish', {
 *     uri: AwsServiceUri.action('sns', 'Publish'),
 *     credentials: BackendCredentials.fromRole(role),
 *     requestTemplates: { $default: 'Action=Publish&TopicArn=$util.urlEncode("arn:aws:sns:us-east-1:123456789012:t")&Message=$util.urlEncode($input.body)' },
 *     templateSelectionExpression: '\\$default',
 *   }),
 * });
 */
export class WebSocketApiAwsIntegration extends WebSocketApiRouteIntegration {
  /** @internal */
  protected _fixedParameters?: Record<string, string>;

  /**
   * @param id the integration's construct id (under the first route that uses it), as in aws-cdk-lib's `WebSocketAwsIntegration`
   * @param props the service action or path (`uri`), the credentials and options
   */
  constructor(id: string, private readonly props: WebSocketApiAwsIntegrationProps) {
    checkArgs('WebSocketApiAwsIntegration', 'WebSocketApiAwsIntegration', [['id', id, str], ['props', props, WS_AWS_PROPS]]);
    super(id, new.target.name);
  }

  /** @internal */
  protected _describe(options: apigwv2.WebSocketRouteIntegrationBindOptions): WebSocketRender {
    const route = options.route;
    let createdRoleStatements: number | undefined;
    const arn = credentialsArn(route, this.props.credentials, role => boundAction(this)?.grant(role), n => { createdRoleStatements = n; });
    return {
      type: 'AWS',
      uri: this.props.uri._render(route),
      method: this.props.method ?? apigwv2.HttpMethod.POST,
      credentialsArn: arn,
      options: this.props,
      fixedParameters: this._fixedParameters,
      // a created role that this class grants nothing cannot call the service: CreatedRoleWithoutPermissions warns
      createdRoleStatements,
      target: boundAction(this)?.target,
    };
  }
}
