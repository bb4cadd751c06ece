import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as servicediscovery from 'aws-cdk-lib/aws-servicediscovery';
import { HttpApiPayloadFormatVersion, HttpApiProxyIntegrationOptions } from './options';
import { HttpBinder, renderRequestParameters } from './private/binder';
import { R } from '../core/arg-shapes';
import { throwUsageError } from '../core/errors';
import { renderRequestValue } from '../core/render/mapping';
import { checkArgs, str } from '../core/shape';
import { RequestValue } from '../mapping/request-value';
import { HTTP_CLOUD_MAP_PROPS, HTTP_PRIVATE_PROPS } from './private/shapes';

/** Properties of an `HttpApiPrivateIntegration`. */
export interface HttpApiPrivateIntegrationProps extends HttpApiProxyIntegrationOptions {
  /**
   * The HTTP method API Gateway calls the back end with; `HttpMethod.ANY` passes the client's
   * method through.
   * @default HttpMethod.ANY
   */
  readonly method?: apigwv2.HttpMethod;

  /**
   * The VPC link to reach the back end through.
   * @default - the API's VPC link for `vpc` (created once per API and VPC with `httpApi.addVpcLink`)
   */
  readonly vpcLink?: apigwv2.IVpcLink;

  /**
   * The VPC to create (or reuse) the API's VPC link in, when `vpcLink` is not given.
   * @default - the load balancer's VPC (ALB and NLB listeners created in this app); required otherwise
   */
  readonly vpc?: ec2.IVpc;

  /**
   * Call the back end over HTTPS and verify its certificate against this name (sent as SNI).
   * Private integrations only; up to 512 characters.
   * @default - plain HTTP to the back end
   */
  readonly serverNameToVerify?: string;

  /**
   * Send the request path without the stage name. Private integrations forward `/{stage}/path`
   * for named stages; this overwrites the path with `$request.path` (the path without the stage).
   * @default false
   */
  readonly stripStagePrefix?: boolean;
}

/** Options of a Cloud Map private integration. */
export interface HttpApiPrivateIntegrationCloudMapProps extends HttpApiPrivateIntegrationProps {
  /**
   * Send only to instances with these custom attributes (appended to the service ARN as
   * `?key=value&…`).
   * @default - every healthy instance
   */
  readonly attributeFilters?: { [name: string]: string };
}

/**
 * An HTTP API route to a private back end in a VPC (`HTTP_PROXY` over a VPC link): an
 * Application Load Balancer listener, a Network Load Balancer listener, or a Cloud Map service.
 * A load balancer itself cannot be the target (the service needs a listener), so there is no
 * factory for one.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-private.html
 *
 * @example
 * import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
 * import { HttpApiPrivateIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigwv2.HttpApi;
 * declare const listener: elbv2.ApplicationListener;
 * api.addRoutes({
 *   path: '/internal/{proxy+}',
 *   methods: [apigwv2.HttpMethod.ANY],
 *   integration: HttpApiPrivateIntegration.albListener('Internal', listener, { stripStagePrefix: true }),
 * });
 */
export class HttpApiPrivateIntegration extends apigwv2.HttpRouteIntegration {
  /** Send to an Application Load Balancer listener. */
  public static albListener(id: string, listener: elbv2.IApplicationListener, props: HttpApiPrivateIntegrationProps = {}): HttpApiPrivateIntegration {
    checkArgs('HttpApiPrivateIntegration.albListener', 'HttpApiPrivateIntegration', [['id', id, str], ['listener', listener, R.listener], ['props', props, HTTP_PRIVATE_PROPS]]);
    const vpc = listener instanceof elbv2.ApplicationListener ? listener.loadBalancer.vpc : undefined;
    return new HttpApiPrivateIntegration(id, listener.listenerArn, vpc, props);
  }

  /** Send to a Network Load Balancer listener. */
  public static nlbListener(
    id: string,
    listener: elbv2.INetworkListener,
    props: HttpApiPrivateIntegrationProps = {},
  ): HttpApiPrivateIntegration {
    checkArgs('HttpApiPrivateIntegration.nlbListener', 'HttpApiPrivateIntegration', [['id', id, str], ['listener', listener, R.listener], ['props', props, HTTP_PRIVATE_PROPS]]);
    const vpc = listener instanceof elbv2.NetworkListener ? listener.loadBalancer.vpc : undefined;
    return new HttpApiPrivateIntegration(id, listener.listenerArn, vpc, props);
  }

  /** Send to the instances of a Cloud Map service (which must register IP and port, SRV records for ECS). */
  public static cloudMapService(
    id: string,
    service: servicediscovery.IService,
    props: HttpApiPrivateIntegrationCloudMapProps = {},
  ): HttpApiPrivateIntegration {
    checkArgs('HttpApiPrivateIntegration.cloudMapService', 'HttpApiPrivateIntegration', [['id', id, str], ['service', service, R.cloudMapService], ['props', props, HTTP_CLOUD_MAP_PROPS]]);
    const filters = Object.entries(props.attributeFilters ?? {}).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
    return new HttpApiPrivateIntegration(id, filters ? `${service.serviceArn}?${filters}` : service.serviceArn, undefined, props);
  }

  private readonly binder: HttpBinder;

  private constructor(
    id: string,
    private readonly uri: string,
    private readonly targetVpc: ec2.IVpc | undefined,
    private readonly props: HttpApiPrivateIntegrationProps,
  ) {
    super(id);
    this.binder = new HttpBinder(id, 'HttpApiPrivateIntegration');
  }

  public bind(options: apigwv2.HttpRouteIntegrationBindOptions): apigwv2.HttpRouteIntegrationConfig {
    const strip: Record<string, string> = this.props.stripStagePrefix ? { 'overwrite:path': renderRequestValue('HTTP', RequestValue.wholePath()) } : {};
    return this.binder.bind(options.scope, {
      type: 'HTTP_PROXY',
      uri: this.uri,
      method: this.props.method ?? apigwv2.HttpMethod.ANY,
      connectionType: 'VPC_LINK',
      connectionId: this.vpcLink(options).vpcLinkId,
      serverNameToVerify: this.props.serverNameToVerify,
      payloadFormatVersion: HttpApiPayloadFormatVersion.VERSION_1_0,
      requestParameters: renderRequestParameters(options.scope, 'HttpApiPrivateIntegration', this.props, strip),
      options: this.props,
    });
  }

  protected completeBind(options: apigwv2.HttpRouteIntegrationBindOptions): void {
    this.binder.complete(options);
  }

  private vpcLink(options: apigwv2.HttpRouteIntegrationBindOptions): apigwv2.IVpcLink {
    if (this.props.vpcLink) return this.props.vpcLink;
    const vpc = this.props.vpc ?? this.targetVpc;
    if (!vpc) {
      return throwUsageError(options.scope.node.path, 'HttpApiPrivateIntegration', {
        code: 'VpcLinkRequired',
        what: 'a private integration needs a VPC link, or a VPC to create one in',
        got: 'neither (an imported listener or a Cloud Map service does not tell its VPC)',
        fix: 'pass vpcLink, or vpc',
      });
    }
    return options.route.httpApi.addVpcLink({ vpc });
  }
}
