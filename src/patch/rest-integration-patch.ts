import { Token } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import { Construct } from 'constructs';
import { apiGatewayArn, applyUpdate, assertChanges, patchStatements, redeploy, REST_SDK, versionOf } from './private/apply';
import { assertPatchable, PatchOperation } from './private/operations';
import { changeOnlyFacts, credentialsOf, inverseRestChange, patchedFacts, renderRestChange, restChangeFacts } from './private/rest-render';
import { RestApiIntegrationChange } from './rest-change';
import { RestApiIntegrationPatchTarget } from './rest-integration-patch-target';
import { factsOfCfnMethod } from '../core/cfn/rest';
import { recordVerdict } from '../core/validate';

/** Properties of {@link RestApiIntegrationPatch}. */
export interface RestApiIntegrationPatchProps {
  /** The integration to change. */
  readonly target: RestApiIntegrationPatchTarget;

  /** What to change. Only what is given changes. */
  readonly change: RestApiIntegrationChange;

  /**
   * The change to apply when the patch is deleted (the construct removed, or the stack deleted).
   * Give the old values here when you know them: the service cannot tell what a replaced or
   * removed value was.
   * @default - undo what can be known: remove the request parameters, request templates and cache
   * key parameters the change added, and turn TLS verification back on if the change skipped it;
   * replaced and removed values stay as the change left them
   */
  readonly restoreOnDelete?: RestApiIntegrationChange;

  /**
   * Deploy this stage after the change (and after every later change), with `CreateDeployment`.
   * A patched integration serves nothing until the API is deployed.
   * @default - no deployment: deploy the API yourself
   */
  readonly redeployStage?: string;
}

/**
 * Changes one existing REST integration with `UpdateIntegration`: for APIs outside the app (made
 * in the console, by SAM, by an OpenAPI import) and for what CloudFormation cannot express
 * (`tlsConfig.insecureSkipVerification`).
 *
 * The typed change is rendered to JSON-patch operations (paths escaped per RFC 6901), every path
 * is one the service patches (C39), and the same rules as every typed integration judge the
 * changed values. An `AwsCustomResource` applies them on create and update and restores what it
 * can on delete, allowed only `apigateway:PATCH` on this one integration (plus `iam:PassRole` on a
 * credentials role).
 *
 * Creates: one `Custom::ApiGatewayIntegrationPatch` (and its `AWS::IAM::Policy`) per patch, the
 * stack's shared `AwsCustomResource` Lambda function with its role, and with `redeployStage` one
 * `Custom::ApiGatewayIntegrationPatchDeployment` with its policy.
 *
 * @example
 * import { Duration } from 'aws-cdk-lib';
 * import { RequestValue, RestApiIntegrationPatch, RestApiIntegrationPatchTarget } from 'cdk-apigateway-integrations';
 * import { Construct } from 'constructs';
 *
 * declare const scope: Construct;
 * new RestApiIntegrationPatch(scope, 'LongerTimeout', {
 *   target: RestApiIntegrationPatchTarget.fromIds('a1b2c3d4e5', 'x9y8z7', 'GET'),
 *   change: {
 *     timeout: Duration.seconds(20),
 *     requestParameters: { add: { 'integration.request.header.x-request-id': RequestValue.context('requestId') } },
 *   },
 *   redeployStage: 'prod',
 * });
 */
export class RestApiIntegrationPatch extends Construct {
  /**
   * The patch operations applied on create and update, in order (values may hold tokens).
   * @internal
   */
  public readonly _patchOperations: PatchOperation[];
  /**
   * The patch operations applied on delete; empty when nothing can be restored.
   * @internal
   */
  public readonly _restoreOperations: PatchOperation[];

  constructor(scope: Construct, id: string, props: RestApiIntegrationPatchProps) {
    super(scope, id);
    const subject = 'RestApiIntegrationPatch';
    const t = props.target;
    this._patchOperations = renderRestChange(this.node.path, subject, props.change);
    assertChanges(this.node.path, subject, this._patchOperations.length);
    const restore = props.restoreOnDelete ?? inverseRestChange(props.change);
    this._restoreOperations = restore ? renderRestChange(this.node.path, subject, restore) : [];
    assertPatchable(this.node.path, subject, [...this._patchOperations, ...this._restoreOperations]);

    const method = t._method;
    // A method being bound (the tlsConfig of an integration) has no CfnMethod yet: its type comes with the target.
    const cfnMethod = () => method?.node.defaultChild as apigateway.CfnMethod | undefined;
    const built = cfnMethod();
    const base = built ? factsOfCfnMethod(built) : undefined;
    const judgeChange = (c: RestApiIntegrationChange) => {
      const changed = restChangeFacts(this.node.path, subject, c, t._integrationType);
      recordVerdict(this, subject, base ? patchedFacts(base, changed, c) : changeOnlyFacts(changed));
    };
    judgeChange(props.change);
    if (props.restoreOnDelete) judgeChange(props.restoreOnDelete);

    const httpMethod = Token.isUnresolved(t.httpMethod) ? t.httpMethod : t.httpMethod.toUpperCase();
    const target = { restApiId: t.restApiId, resourceId: t.resourceId, httpMethod };
    const integrationArn = apiGatewayArn(this, `/restapis/${t.restApiId}/resources/${t.resourceId}/methods/${httpMethod}/integration`);
    const statements = patchStatements(integrationArn, [props.change.credentials, props.restoreOnDelete?.credentials]
      .map(c => (c ? credentialsOf(this.node.path, subject, c).role : undefined)));
    const update = {
      service: REST_SDK,
      parameters: { ...target, patchOperations: this._patchOperations },
      deleteParameters: this._restoreOperations.length > 0 ? { ...target, patchOperations: this._restoreOperations } : undefined,
      physicalId: `${t.restApiId}/${t.resourceId}/${httpMethod}`,
      statements,
      integrationVersion: method ? () => {
        const cfn = cfnMethod();
        return cfn ? { Digest: versionOf(this, cfn.integration), Method: cfn.ref } : undefined;
      } : undefined,
    };
    const resource = applyUpdate(this, update);
    if (props.redeployStage !== undefined) {
      redeploy(this, {
        service: REST_SDK,
        parameters: { restApiId: t.restApiId, stageName: props.redeployStage, description: `UpdateIntegration ${this.node.path}` },
        deploymentsArn: apiGatewayArn(this, `/restapis/${t.restApiId}/deployments`),
        after: resource,
        update,
      });
    }
  }
}
