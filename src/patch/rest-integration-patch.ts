import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import { Construct } from 'constructs';
import { apiGatewayArn, applyUpdate, assertChanges, patchStatements, redeploy, versionOf } from './private/apply';
import { assertId, httpMethodOf } from './private/ids';
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
   * A patched integration serves nothing until the API is deployed. For an API outside the app.
   *
   * A method of this app (`RestApiIntegrationPatchTarget.fromMethod`) on an API that deploys
   * itself needs none: the API's deployment waits for the patch and is replaced when the patch
   * changes. When given anyway, the deployment runs after CloudFormation has updated the API's
   * own stage, so the two never race on the stage.
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
 * changed values. The stack's patch handler applies them on create and update and restores what
 * it can on delete, allowed only `apigateway:GET` and `apigateway:PATCH` on this one integration (plus
 * `iam:PassRole` on a credentials role).
 *
 * Creates: one `Custom::ApiGatewayIntegrationPatch` and its `AWS::IAM::Policy` per patch, the
 * stack's one handler function (`ApiGatewayIntegrationPatchHandler`, Node.js, inline code) with
 * its role, and with `redeployStage` one `Custom::ApiGatewayIntegrationPatchDeployment` with its
 * policy. The handler logs no request data (no templates, values, role ARNs or credentials).
 *
 * On update from one change to another, what the previous change did and the new one no longer
 * touches is undone first (its restore operations), so nothing of the old change is left behind.
 * Operations are fitted to the integration as it is when applied (a `remove` of a missing entry
 * is skipped), so applying a change twice is harmless. On delete, an API, integration or entry
 * that is already gone is not an error.
 *
 * For a method of this app, an API that deploys itself waits for the patch and redeploys when it
 * changes; the patched method is judged at synth, once its responses and parameters are complete.
 *
 * @example
 * import { Duration } from 'aws-cdk-lib';
 * import * as apigatewayv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import { RequestValue, RestApiIntegrationPatch, RestApiIntegrationPatchTarget } from 'cdk-apigateway-integrations';
 * import { Construct } from 'constructs';
 *
 * declare const scope: Construct;
 * new RestApiIntegrationPatch(scope, 'LongerTimeout', {
 *   target: RestApiIntegrationPatchTarget.fromIds('a1b2c3d4e5', 'x9y8z7', apigatewayv2.HttpMethod.GET),
 *   change: {
 *     timeout: Duration.seconds(20),
 *     requestParameters: { add: { headers: { 'x-request-id': RequestValue.context('requestId') } } },
 *   },
 *   redeployStage: 'prod',
 * });
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_UpdateIntegration.html
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
    const path = this.node.path;
    assertId(path, subject, 'the REST API id', t.restApiId);
    assertId(path, subject, 'the resource id', t.resourceId);
    const httpMethod = httpMethodOf(path, subject, t.httpMethod);
    this._patchOperations = renderRestChange(path, subject, props.change);
    assertChanges(path, subject, this._patchOperations.length);
    const restore = props.restoreOnDelete ?? inverseRestChange(props.change);
    this._restoreOperations = restore ? renderRestChange(path, subject, restore, 'restoreOnDelete') : [];
    assertPatchable(path, subject, [...this._patchOperations, ...this._restoreOperations]);

    const method = t._method;
    // A method being bound (the tlsConfig of an integration) has no CfnMethod yet: its type comes with the target.
    const cfnMethod = () => method?.node.defaultChild as apigateway.CfnMethod | undefined;
    const judgeChange = (c: RestApiIntegrationChange) => {
      const built = cfnMethod();
      const base = built ? factsOfCfnMethod(built) : undefined;
      const changed = restChangeFacts(path, subject, c, t._integrationType);
      recordVerdict(this, subject, base ? patchedFacts(base, changed, c) : changeOnlyFacts(changed));
    };
    const judgeAll = () => {
      judgeChange(props.change);
      if (props.restoreOnDelete) judgeChange(props.restoreOnDelete);
    };
    if (method && !t._integrationType) {
      // A method of this app gets its method responses, request parameters and templates until
      // synth (the integration's bind, later addMethodResponse calls): judge the patched method
      // once the tree is complete, not as it was when the patch was made.
      this.node.addValidation({ validate: () => { judgeAll(); return []; } });
    } else {
      judgeAll();
    }

    const target = { restApiId: t.restApiId, resourceId: t.resourceId, httpMethod };
    const integrationArn = apiGatewayArn(this, `/restapis/${t.restApiId}/resources/${t.resourceId}/methods/${httpMethod}/integration`);
    const statements = patchStatements(integrationArn, [props.change.credentials, props.restoreOnDelete?.credentials]
      .map(c => (c ? credentialsOf(path, subject, c).role : undefined)), true);
    const update = {
      api: 'rest' as const,
      target,
      apply: this._patchOperations,
      restore: this._restoreOperations.length > 0 ? this._restoreOperations : undefined,
      statements,
      integrationVersion: method ? () => {
        const cfn = cfnMethod();
        return cfn ? { Digest: versionOf(this, cfn.integration), Method: cfn.ref } : undefined;
      } : undefined,
    };
    const resource = applyUpdate(this, update);
    const api = method?.api instanceof apigateway.RestApiBase ? method.api : undefined;
    if (method && !t._integrationType && api?.latestDeployment) {
      // The API deploys itself: its deployment waits for the patch and is replaced when the patch
      // changes, so the stage serves the patched integration (as the tlsConfig path does).
      api.latestDeployment.node.addDependency(resource);
      api.latestDeployment.addToLogicalId({ integrationPatch: { patch: path, operations: this._patchOperations } });
    }
    if (props.redeployStage !== undefined) {
      const deployment = redeploy(this, {
        api: 'rest',
        parameters: { restApiId: t.restApiId, stageName: props.redeployStage, description: `UpdateIntegration ${path}` },
        deploymentsArn: apiGatewayArn(this, `/restapis/${t.restApiId}/deployments`),
        after: resource,
        update,
      });
      // CreateDeployment on a stage CloudFormation is also updating races it: when the API's own
      // stage is in the app, deploy only after CloudFormation is done with it.
      const stage = api ? stageOf(api) : undefined;
      if (stage) deployment.node.addDependency(stage);
    }
  }
}

/** The API's own deployment stage, when it has one (RestApi with `deploy: true`). */
function stageOf(api: apigateway.RestApiBase): apigateway.Stage | undefined {
  try {
    return api.deploymentStage;
  } catch {
    return undefined; // no stage of its own
  }
}
