import { Construct } from 'constructs';
import { HttpApiIntegrationChange } from './http-change';
import { applyV2Patch, httpFields } from './private/v2-render';

/** Properties of {@link HttpApiIntegrationPatch}. */
export interface HttpApiIntegrationPatchProps {
  /** The API's id (`HttpApi.fromHttpApiAttributes(...).apiId` works too). */
  readonly apiId: string;

  /** The integration's id. */
  readonly integrationId: string;

  /** What to change. Only what is given changes. */
  readonly change: HttpApiIntegrationChange;

  /**
   * The change to apply when the patch is deleted. Every v2 field is replaced, not added, so the
   * service cannot tell what the old values were: give them here when you know them.
   * @default - nothing is restored: the integration keeps the changed values
   */
  readonly restoreOnDelete?: HttpApiIntegrationChange;

  /**
   * Deploy this stage after the change (and after every later change), with `CreateDeployment`.
   * Not for stages with automatic deployment, which deploy the change themselves.
   * @default - no deployment
   */
  readonly redeployStage?: string;
}

/**
 * Changes one existing HTTP API integration with the v2 `UpdateIntegration`, for APIs outside the
 * app. The change's fields are judged by the HTTP API rules before anything is deployed; the
 * stack's patch handler applies them on create and update, allowed only `apigateway:PATCH` on
 * this one integration (plus `iam:PassRole` on a credentials role).
 *
 * Creates: one `Custom::ApiGatewayIntegrationPatch` and its `AWS::IAM::Policy` per patch, the
 * stack's one handler function (`ApiGatewayIntegrationPatchHandler`, Node.js, inline code) with
 * its role, and with `redeployStage` one `Custom::ApiGatewayIntegrationPatchDeployment` with its
 * policy.
 *
 * @example
 * import { Duration } from 'aws-cdk-lib';
 * import { HttpApiIntegrationPatch } from 'cdk-apigateway-integrations';
 * import { Construct } from 'constructs';
 *
 * declare const scope: Construct;
 * new HttpApiIntegrationPatch(scope, 'Patch', {
 *   apiId: 'a1b2c3d4e5',
 *   integrationId: 'abc1234',
 *   change: { timeout: Duration.seconds(10), integrationUri: 'https://orders.example.com' },
 * });
 * @see https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/apis-apiid-integrations-integrationid.html
 */
export class HttpApiIntegrationPatch extends Construct {
  /**
   * The `UpdateIntegration` fields applied on create and update (values may hold tokens).
   * @internal
   */
  public readonly _fields: Record<string, unknown>;

  constructor(scope: Construct, id: string, props: HttpApiIntegrationPatchProps) {
    super(scope, id);
    const subject = 'HttpApiIntegrationPatch';
    this._fields = applyV2Patch(this, subject, 'HTTP', props, (c: HttpApiIntegrationChange, field: string) => httpFields(this.node.path, subject, c, field));
  }
}
