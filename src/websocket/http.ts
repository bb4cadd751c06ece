import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { WebSocketApiTransformOptions } from './options';
import { WebSocketRender } from './private/binding';
import { WebSocketApiRouteIntegration } from './private/route-integration';
import { checkArgs, str } from '../core/shape';
import { WS_HTTP_PROPS } from './private/shapes';

/** Properties of a {@link WebSocketApiHttpIntegration}. */
export interface WebSocketApiHttpIntegrationProps extends WebSocketApiTransformOptions {
  /**
   * The HTTP method API Gateway calls the back end with.
   * @default HttpMethod.POST
   */
  readonly method?: apigwv2.HttpMethod;

  /**
   * `true`: `HTTP_PROXY`, the message goes to the back end as it is and the back end's response
   * comes back as it is (no templates, no integration responses). `false`: `HTTP`, shaped by
   * `requestTemplates` and `responses` (keyed by status code).
   * @default false
   */
  readonly proxy?: boolean;

  /**
   * A REST API (v1) VPC link to a Network Load Balancer, for a private back end; the URL then
   * names the NLB (or the host it should see).
   * @default - the back end is reached over the internet
   */
  readonly vpcLink?: apigw.IVpcLink;
}

/**
 * Connects a WebSocket route to an HTTP back end (`HTTP` or `HTTP_PROXY`), public or private
 * through a REST API (v1) VPC link to a Network Load Balancer. aws-cdk-lib has no WebSocket HTTP
 * integration.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-requests.html
 *
 * @example
 * import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import { WebSocketApiHttpIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigwv2.WebSocketApi;
 * api.addRoute('order', {
 *   integration: new WebSocketApiHttpIntegration('Orders', 'https://orders.example.com/ws', { proxy: true }),
 * });
 */
export class WebSocketApiHttpIntegration extends WebSocketApiRouteIntegration {
  /**
   * @param id the integration's construct id (under the first route that uses it), as the other WebSocket integrations take
   * @param url the back end's http(s) URL
   * @param props options
   */
  constructor(id: string, private readonly url: string, private readonly props: WebSocketApiHttpIntegrationProps = {}) {
    checkArgs('WebSocketApiHttpIntegration', 'WebSocketApiHttpIntegration', [['id', id, str], ['url', url, str], ['props', props, WS_HTTP_PROPS]]);
    super(id, 'WebSocketApiHttpIntegration');
  }

  /** @internal */
  protected _describe(_options: apigwv2.WebSocketRouteIntegrationBindOptions): WebSocketRender {
    return {
      type: this.props.proxy ? 'HTTP_PROXY' : 'HTTP',
      uri: this.url,
      method: this.props.method ?? apigwv2.HttpMethod.POST,
      connectionType: this.props.vpcLink ? 'VPC_LINK' : undefined,
      connectionId: this.props.vpcLink?.vpcLinkId,
      options: this.props,
    };
  }
}
