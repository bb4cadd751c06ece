import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { loadBalancerArnOf } from '../core/compat';
import { RenderedConnection } from './private/render';
import { R } from '../core/arg-shapes';
import { checkArgs, optional, str } from '../core/shape';

/**
 * How a REST HTTP integration reaches its back end: over the internet, or privately through a
 * VPC link — a v1 link (`AWS::ApiGateway::VpcLink`, Network Load Balancers), a v2 link
 * (`AWS::ApiGatewayV2::VpcLink`) with the load balancer to send to, or a link named by a stage
 * variable. One value, so a VPC_LINK connection without a link cannot be written.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/private-integration.html
 *
 * @example
 * import * as apigw from 'aws-cdk-lib/aws-apigateway';
 * import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
 * import { RestApiConnection } from 'cdk-apigateway-integrations';
 *
 * declare const nlbLink: apigw.IVpcLink;
 * declare const link: apigwv2.IVpcLink;
 * declare const alb: elbv2.IApplicationLoadBalancer;
 * const v1 = RestApiConnection.vpcLink(nlbLink);
 * const v2 = RestApiConnection.vpcLinkV2(link, alb);
 * const perStage = RestApiConnection.stageVariable('vpcLinkId');
 */
export class RestApiConnection {
  /** A public back end. */
  public static internet(): RestApiConnection {
    return new RestApiConnection();
  }

  /** A private back end behind a Network Load Balancer, through a VPC link v1 (`AWS::ApiGateway::VpcLink`). */
  public static vpcLink(vpcLink: apigw.IVpcLink): RestApiConnection {
    checkArgs('RestApiConnection.vpcLink', 'RestApiConnection', [['vpcLink', vpcLink, R.vpcLink]]);
    return new RestApiConnection({ connectionId: vpcLink.vpcLinkId, version: 'V1' });
  }

  /**
   * A private back end behind an Application or Network Load Balancer, through a VPC link v2
   * (`AWS::ApiGatewayV2::VpcLink`): the load balancer becomes the integration target (C18).
   */
  public static vpcLinkV2(vpcLink: apigwv2.IVpcLink, target: elbv2.ILoadBalancerV2): RestApiConnection {
    checkArgs('RestApiConnection.vpcLinkV2', 'RestApiConnection', [['vpcLink', vpcLink, R.vpcLink], ['target', target, R.loadBalancer]]);
    return new RestApiConnection({ connectionId: vpcLink.vpcLinkId, integrationTarget: loadBalancerArnOf(target), version: 'V2' });
  }

  /**
   * A VPC link chosen per stage: the connection id is `${stageVariables.<name>}`. For a v2 link,
   * give the load balancer to send to.
   *
   * @param name the stage variable holding the VPC link id
   * @param target the load balancer, when the stage variable names a VPC link v2
   */
  public static stageVariable(name: string, target?: elbv2.ILoadBalancerV2): RestApiConnection {
    checkArgs('RestApiConnection.stageVariable', 'RestApiConnection', [['name', name, str], ['target', target, optional(R.loadBalancer)]]);
    return new RestApiConnection({ connectionId: `\${stageVariables.${name}}`, integrationTarget: target ? loadBalancerArnOf(target) : undefined, version: target ? 'V2' : undefined });
  }

  /** @internal */
  public readonly _rendered?: RenderedConnection;

  private constructor(rendered?: RenderedConnection) {
    this._rendered = rendered;
  }
}
