import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigatewayv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { R } from '../core/arg-shapes';
import { loadBalancerArnOf } from '../core/compat';
import { checkArgs, optional, str } from '../core/shape';

/**
 * How a patched integration reaches its back end, per API kind: the connection type and id
 * always change together, so a patch never leaves a VPC link without an id or an id without a
 * VPC link. A VPC link is given as the construct (`IVpcLink`), as the integrations take it; a
 * bare id only through `fromVpcLinkId`.
 */

/** The connection type of an internet back end. */
const INTERNET = 'INTERNET';
/** The connection type of a private back end. */
const VPC_LINK = 'VPC_LINK';

/**
 * How a patched REST integration reaches its back end: over the internet, through a VPC link v1
 * (`AWS::ApiGateway::VpcLink`), through a VPC link v2 (`AWS::ApiGatewayV2::VpcLink`) with the load
 * balancer to send to, or through the VPC link a stage variable names: the same choices as
 * `RestApiConnection`.
 *
 * @example
 * import * as apigateway from 'aws-cdk-lib/aws-apigateway';
 * import * as apigatewayv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
 * import { RestApiIntegrationPatchConnection } from 'cdk-apigateway-integrations';
 *
 * declare const link: apigateway.IVpcLink;
 * declare const linkV2: apigatewayv2.IVpcLink;
 * declare const alb: elbv2.IApplicationLoadBalancer;
 * const publicBackEnd = RestApiIntegrationPatchConnection.internet();
 * const privateBackEnd = RestApiIntegrationPatchConnection.vpcLink(link);
 * const throughV2 = RestApiIntegrationPatchConnection.vpcLinkV2(linkV2, alb);
 * const byId = RestApiIntegrationPatchConnection.fromVpcLinkId('abc123');
 * const perStage = RestApiIntegrationPatchConnection.stageVariable('vpcLinkId');
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_UpdateIntegration.html
 */
export class RestApiIntegrationPatchConnection {
  /** A public back end (`INTERNET`); any connection id is cleared. */
  public static internet(): RestApiIntegrationPatchConnection {
    return new RestApiIntegrationPatchConnection(INTERNET, '');
  }

  /** A private back end behind a Network Load Balancer, through this VPC link v1 (`VPC_LINK`). */
  public static vpcLink(vpcLink: apigateway.IVpcLink): RestApiIntegrationPatchConnection {
    checkArgs('RestApiIntegrationPatchConnection.vpcLink', 'RestApiIntegrationPatchConnection', [['vpcLink', vpcLink, R.vpcLink]]);
    return new RestApiIntegrationPatchConnection(VPC_LINK, vpcLink.vpcLinkId, undefined, 'V1');
  }

  /**
   * A private back end behind an Application or Network Load Balancer, through this VPC link v2
   * (`VPC_LINK`): the load balancer becomes the integration target (`/integrationTarget`).
   */
  public static vpcLinkV2(vpcLink: apigatewayv2.IVpcLink, target: elbv2.ILoadBalancerV2): RestApiIntegrationPatchConnection {
    checkArgs('RestApiIntegrationPatchConnection.vpcLinkV2', 'RestApiIntegrationPatchConnection', [['vpcLink', vpcLink, R.vpcLink], ['target', target, R.loadBalancer]]);
    return new RestApiIntegrationPatchConnection(VPC_LINK, vpcLink.vpcLinkId, loadBalancerArnOf(target), 'V2');
  }

  /**
   * A private back end through the VPC link with this id (`VPC_LINK`): for a link made outside
   * the app. Prefer `vpcLink(link)` for a link of this app.
   */
  public static fromVpcLinkId(vpcLinkId: string): RestApiIntegrationPatchConnection {
    checkArgs('RestApiIntegrationPatchConnection.fromVpcLinkId', 'RestApiIntegrationPatchConnection', [['vpcLinkId', vpcLinkId, str]]);
    return new RestApiIntegrationPatchConnection(VPC_LINK, vpcLinkId);
  }

  /**
   * A private back end through the VPC link whose id the stage variable `name` holds. For a v2
   * link, give the load balancer to send to.
   *
   * @param name the stage variable holding the VPC link id
   * @param target the load balancer, when the stage variable names a VPC link v2
   */
  public static stageVariable(name: string, target?: elbv2.ILoadBalancerV2): RestApiIntegrationPatchConnection {
    checkArgs('RestApiIntegrationPatchConnection.stageVariable', 'RestApiIntegrationPatchConnection', [['name', name, str], ['target', target, optional(R.loadBalancer)]]);
    return new RestApiIntegrationPatchConnection(VPC_LINK, `\${stageVariables.${name}}`, target ? loadBalancerArnOf(target) : undefined, target ? 'V2' : undefined);
  }

  /** The connection type: `INTERNET` or `VPC_LINK`. */
  public readonly connectionType: string;
  /** The connection id; empty for `INTERNET`. */
  public readonly connectionId: string;
  /** The load balancer ARN a VPC link v2 sends to; undefined for other connections. */
  public readonly integrationTarget?: string;
  /** @internal the VPC link version, when known */
  public readonly _vpcLinkVersion?: 'V1' | 'V2';

  private constructor(connectionType: string, connectionId: string, integrationTarget?: string, vpcLinkVersion?: 'V1' | 'V2') {
    this.connectionType = connectionType;
    this.connectionId = connectionId;
    this.integrationTarget = integrationTarget;
    this._vpcLinkVersion = vpcLinkVersion;
  }
}

/**
 * How a patched HTTP API integration reaches its back end: over the internet, or through a VPC
 * link (`AWS::ApiGatewayV2::VpcLink`), as `HttpApiPrivateIntegration` takes it.
 *
 * @example
 * import * as apigatewayv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import { HttpApiIntegrationPatchConnection } from 'cdk-apigateway-integrations';
 *
 * declare const link: apigatewayv2.IVpcLink;
 * const privateBackEnd = HttpApiIntegrationPatchConnection.vpcLink(link);
 * const byId = HttpApiIntegrationPatchConnection.fromVpcLinkId('abc123');
 * @see https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/apis-apiid-integrations-integrationid.html
 */
export class HttpApiIntegrationPatchConnection {
  /** A public back end (`INTERNET`); the connection id is left out. */
  public static internet(): HttpApiIntegrationPatchConnection {
    return new HttpApiIntegrationPatchConnection(INTERNET, '');
  }

  /** A private back end through this VPC link (`VPC_LINK`). */
  public static vpcLink(vpcLink: apigatewayv2.IVpcLink): HttpApiIntegrationPatchConnection {
    checkArgs('HttpApiIntegrationPatchConnection.vpcLink', 'HttpApiIntegrationPatchConnection', [['vpcLink', vpcLink, R.vpcLink]]);
    return new HttpApiIntegrationPatchConnection(VPC_LINK, vpcLink.vpcLinkId);
  }

  /**
   * A private back end through the VPC link with this id (`VPC_LINK`): for a link made outside
   * the app. Prefer `vpcLink(link)` for a link of this app.
   */
  public static fromVpcLinkId(vpcLinkId: string): HttpApiIntegrationPatchConnection {
    checkArgs('HttpApiIntegrationPatchConnection.fromVpcLinkId', 'HttpApiIntegrationPatchConnection', [['vpcLinkId', vpcLinkId, str]]);
    return new HttpApiIntegrationPatchConnection(VPC_LINK, vpcLinkId);
  }

  /** The connection type: `INTERNET` or `VPC_LINK`. */
  public readonly connectionType: string;
  /** The connection id; empty for `INTERNET`. */
  public readonly connectionId: string;

  private constructor(connectionType: string, connectionId: string) {
    this.connectionType = connectionType;
    this.connectionId = connectionId;
  }
}

/**
 * How a patched WebSocket API integration reaches its back end: over the internet, or through a
 * VPC link. WebSocket APIs use the VPC links of REST APIs (`AWS::ApiGateway::VpcLink`), as
 * `WebSocketApiHttpIntegration` takes them.
 *
 * @example
 * import * as apigateway from 'aws-cdk-lib/aws-apigateway';
 * import { WebSocketApiIntegrationPatchConnection } from 'cdk-apigateway-integrations';
 *
 * declare const link: apigateway.IVpcLink;
 * const privateBackEnd = WebSocketApiIntegrationPatchConnection.vpcLink(link);
 * const byId = WebSocketApiIntegrationPatchConnection.fromVpcLinkId('abc123');
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-private-integration.html
 */
export class WebSocketApiIntegrationPatchConnection {
  /** A public back end (`INTERNET`); the connection id is left out. */
  public static internet(): WebSocketApiIntegrationPatchConnection {
    return new WebSocketApiIntegrationPatchConnection(INTERNET, '');
  }

  /** A private back end through this VPC link of a REST API (`VPC_LINK`). */
  public static vpcLink(vpcLink: apigateway.IVpcLink): WebSocketApiIntegrationPatchConnection {
    checkArgs('WebSocketApiIntegrationPatchConnection.vpcLink', 'WebSocketApiIntegrationPatchConnection', [['vpcLink', vpcLink, R.vpcLink]]);
    return new WebSocketApiIntegrationPatchConnection(VPC_LINK, vpcLink.vpcLinkId);
  }

  /**
   * A private back end through the VPC link with this id (`VPC_LINK`): for a link made outside
   * the app. Prefer `vpcLink(link)` for a link of this app.
   */
  public static fromVpcLinkId(vpcLinkId: string): WebSocketApiIntegrationPatchConnection {
    checkArgs('WebSocketApiIntegrationPatchConnection.fromVpcLinkId', 'WebSocketApiIntegrationPatchConnection', [['vpcLinkId', vpcLinkId, str]]);
    return new WebSocketApiIntegrationPatchConnection(VPC_LINK, vpcLinkId);
  }

  /** The connection type: `INTERNET` or `VPC_LINK`. */
  public readonly connectionType: string;
  /** The connection id; empty for `INTERNET`. */
  public readonly connectionId: string;

  private constructor(connectionType: string, connectionId: string) {
    this.connectionType = connectionType;
    this.connectionId = connectionId;
  }
}
