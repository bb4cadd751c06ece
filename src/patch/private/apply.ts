import * as crypto from 'node:crypto';
import { ArnFormat, CfnResource, Lazy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct, IConstruct } from 'constructs';
import { throwUsageError } from '../../core/errors';

/**
 * Applying an update with aws-cdk-lib's `AwsCustomResource`: one SDK call on create and update,
 * an optional one on delete, a policy of exactly the statements given, and an optional
 * redeployment of a stage afterwards. Shared by the REST and v2 patch constructs. INTERNAL.
 */

/** SDK v3 package names, as `AwsCustomResource` takes them. */
export const REST_SDK = '@aws-sdk/client-api-gateway';
export const V2_SDK = '@aws-sdk/client-apigatewayv2';

/** The construct ids of the children (fixed: changing them replaces the resources). */
export const PATCH_ID = 'Update';
export const REDEPLOY_ID = 'Redeploy';

/** `arn:{partition}:apigateway:{region}::{path}`: the ARN IAM checks for API Gateway's management API. */
export function apiGatewayArn(scope: IConstruct, path: string): string {
  return Stack.of(scope).formatArn({ service: 'apigateway', account: '', resource: path, arnFormat: ArnFormat.NO_RESOURCE_NAME });
}

export interface ApplyOptions {
  /** `REST_SDK` or `V2_SDK`. */
  readonly service: string;
  /** Parameters of the update call on create and update. */
  readonly parameters: Record<string, unknown>;
  /** Parameters of the update call on delete; no call when absent. */
  readonly deleteParameters?: Record<string, unknown>;
  /** Identifies the integration; a new id means a new target (the old one is restored first). */
  readonly physicalId: string;
  /** Exactly what the calls need (no `*`). */
  readonly statements: iam.PolicyStatement[];
  /**
   * A value that changes whenever the integration is re-created by CloudFormation (for a method
   * in the same app), so the update runs again and the patch is not silently lost. A reference
   * to the method in it also makes CloudFormation create the method first.
   */
  readonly integrationVersion?: () => unknown;
}

function digest(scope: IConstruct, value: unknown): string {
  return crypto.createHash('sha256').update(JSON.stringify(Stack.of(scope).resolve(value))).digest('hex').slice(0, 32);
}

function sdkCall(service: string, action: string, parameters: Record<string, unknown>, physicalId: string): cr.AwsSdkCall {
  return { service, action, parameters, physicalResourceId: cr.PhysicalResourceId.of(physicalId), logging: cr.Logging.withDataHidden() };
}

/** The custom resource that applies the update. */
export function applyUpdate(scope: Construct, o: ApplyOptions): cr.AwsCustomResource {
  const call = sdkCall(o.service, 'UpdateIntegrationCommand', o.parameters, o.physicalId);
  const resource = new cr.AwsCustomResource(scope, PATCH_ID, {
    resourceType: 'Custom::ApiGatewayIntegrationPatch',
    onCreate: call,
    onUpdate: call,
    onDelete: o.deleteParameters ? sdkCall(o.service, 'UpdateIntegrationCommand', o.deleteParameters, o.physicalId) : undefined,
    policy: cr.AwsCustomResourcePolicy.fromStatements(o.statements),
    installLatestAwsSdk: false,
  });
  if (o.integrationVersion) {
    const version = o.integrationVersion;
    cfnOf(resource).addPropertyOverride('IntegrationVersion', Lazy.any({ produce: () => version() }));
  }
  return resource;
}

/** The CloudFormation resource behind an `AwsCustomResource`. */
export function cfnOf(resource: cr.AwsCustomResource): CfnResource {
  return resource.node.findChild('Resource').node.defaultChild as CfnResource;
}

export interface RedeployOptions {
  readonly service: string;
  /** Parameters of CreateDeployment (api id, stage name, description). */
  readonly parameters: Record<string, unknown>;
  /** The deployments collection ARN of the API. */
  readonly deploymentsArn: string;
  /** The update it follows: deployed after it. */
  readonly after: cr.AwsCustomResource;
  /** What the update applies: the stage is deployed again whenever this changes. */
  readonly update: ApplyOptions;
}

/**
 * Deploys the stage after the update (a patched integration serves nothing until deployed), and
 * again whenever the update changes. Deleting it deploys nothing: deployments stay in the API's history.
 */
export function redeploy(scope: Construct, o: RedeployOptions): cr.AwsCustomResource {
  const call: cr.AwsSdkCall = {
    service: o.service,
    action: 'CreateDeploymentCommand',
    parameters: o.parameters,
    physicalResourceId: cr.PhysicalResourceId.fromResponse(o.service === REST_SDK ? 'id' : 'DeploymentId'),
    logging: cr.Logging.withDataHidden(),
  };
  const resource = new cr.AwsCustomResource(scope, REDEPLOY_ID, {
    resourceType: 'Custom::ApiGatewayIntegrationPatchDeployment',
    onCreate: call,
    onUpdate: call,
    policy: cr.AwsCustomResourcePolicy.fromStatements([
      new iam.PolicyStatement({ actions: ['apigateway:POST'], resources: [o.deploymentsArn] }),
    ]),
    installLatestAwsSdk: false,
  });
  resource.node.addDependency(o.after);
  const u = o.update;
  cfnOf(resource).addPropertyOverride('UpdateVersion', Lazy.string({
    produce: () => digest(scope, { parameters: u.parameters, integration: u.integrationVersion?.() }),
  }));
  return resource;
}

/** A short digest of a value, tokens resolved (stable across synths). */
export function versionOf(scope: IConstruct, value: unknown): string {
  return digest(scope, value);
}

/** `apigateway:PATCH` on the integration, and `iam:PassRole` on each credentials role the patch sets (none: no statement). */
export function patchStatements(integrationArn: string, roles: ReadonlyArray<iam.IRole | undefined>): iam.PolicyStatement[] {
  const statements = [new iam.PolicyStatement({ actions: ['apigateway:PATCH'], resources: [integrationArn] })];
  const arns = [...new Set(roles.filter((r): r is iam.IRole => r !== undefined).map(r => r.roleArn))];
  if (arns.length > 0) statements.push(new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: arns }));
  return statements;
}

/** Refuses a change that changes nothing (rule `PatchChangeEmpty`). */
export function assertChanges(scopePath: string, subject: string, count: number): void {
  if (count > 0) return;
  throwUsageError(scopePath, subject, {
    code: 'PatchChangeEmpty',
    what: 'a patch must change something',
    got: 'an empty change',
    fix: 'give at least one field of the change, or remove the patch',
  });
}
