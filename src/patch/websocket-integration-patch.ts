import { Construct } from 'constructs';
import { applyV2Patch } from './private/v2-render';
import { WebSocketApiIntegrationChange, V2IntegrationPatchOptions } from './v2-change';

/** Properties of {@link WebSocketApiIntegrationPatch}. */
export interface WebSocketApiIntegrationPatchProps extends V2IntegrationPatchOptions {
  /** What to change. Only what is given changes. */
  readonly change: WebSocketApiIntegrationChange;

  /**
   * The change to apply when the patch is deleted. Every v2 field is replaced, not added, so the
   * service cannot tell what the old values were: give them here when you know them.
   * @default - nothing is restored: the integration keeps the changed values
   */
  readonly restoreOnDelete?: WebSocketApiIntegrationChange;
}

/**
 * Changes one existing WebSocket API integration with the v2 `UpdateIntegration`, for APIs outside the
 * app. The change's fields are judged by the WebSocket API rules before anything is deployed; an
 * `AwsCustomResource` applies them on create and update, allowed only `apigateway:PATCH` on
 * this one integration (plus `iam:PassRole` on a credentials role).
 *
 * Creates: one `Custom::ApiGatewayIntegrationPatch` (and its `AWS::IAM::Policy`), the stack's
 * shared `AwsCustomResource` Lambda function with its role, and with `redeployStage` one
 * `Custom::ApiGatewayIntegrationPatchDeployment` with its policy.
 *
 * @example
 * import { Duration } from 'aws-cdk-lib';
 * import { WebSocketApiIntegrationPatch } from 'cdk-apigateway-integrations';
 * import { Construct } from 'constructs';
 *
 * declare const scope: Construct;
 * new WebSocketApiIntegrationPatch(scope, 'Patch', {
 *   apiId: 'a1b2c3d4e5',
 *   integrationId: 'abc1234',
 *   change: { timeout: Duration.seconds(10), requestTemplates: { '$default': '{"action":"$context.routeKey"}' } },
 * });
 */
export class WebSocketApiIntegrationPatch extends Construct {
  /**
   * The `UpdateIntegration` fields applied on create and update (values may hold tokens).
   * @internal
   */
  public readonly _fields: Record<string, unknown>;

  constructor(scope: Construct, id: string, props: WebSocketApiIntegrationPatchProps) {
    super(scope, id);
    this._fields = applyV2Patch(this, 'WebSocketApiIntegrationPatch', 'WEBSOCKET', props);
  }
}
