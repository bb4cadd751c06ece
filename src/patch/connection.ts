/**
 * How a patched integration reaches its back end: over the internet, through a VPC link, or
 * through the VPC link a stage variable names. The connection type and id always change
 * together, so a patch never leaves a VPC link without an id or an id without a VPC link.
 *
 * @example
 * import { IntegrationPatchConnection } from 'cdk-apigateway-integrations';
 *
 * const publicBackEnd = IntegrationPatchConnection.internet();
 * const privateBackEnd = IntegrationPatchConnection.vpcLink('abc123');
 * const perStage = IntegrationPatchConnection.stageVariable('vpcLinkId');
 */
export class IntegrationPatchConnection {
  /** A public back end (`INTERNET`); any connection id is cleared. */
  public static internet(): IntegrationPatchConnection {
    return new IntegrationPatchConnection('INTERNET', '');
  }

  /**
   * A private back end through this VPC link (`VPC_LINK`). REST APIs take the id of an
   * `AWS::ApiGateway::VpcLink`, HTTP and WebSocket APIs the id of an `AWS::ApiGatewayV2::VpcLink`.
   */
  public static vpcLink(vpcLinkId: string): IntegrationPatchConnection {
    return new IntegrationPatchConnection('VPC_LINK', vpcLinkId);
  }

  /** A private back end through the VPC link whose id the stage variable `name` holds (REST APIs). */
  public static stageVariable(name: string): IntegrationPatchConnection {
    return new IntegrationPatchConnection('VPC_LINK', `\${stageVariables.${name}}`);
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
