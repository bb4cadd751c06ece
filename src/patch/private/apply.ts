import * as crypto from 'node:crypto';
import { ArnFormat, CfnResource, CustomResource, Duration, Lazy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct, IConstruct } from 'constructs';
import { HANDLER_CODE } from './handler';
import { throwUsageError } from '../../core/errors';

/**
 * Applying an update with this library's own custom resource handler ({@link HANDLER_CODE}): one
 * Lambda function per stack, one custom resource and one policy of exactly the statements given
 * per patch, and an optional redeployment of a stage afterwards. Shared by the REST and v2 patch
 * constructs. INTERNAL.
 */

/** Which API Gateway API the handler calls: the REST one (patch operations) or v2 (fields). */
export type PatchApi = 'rest' | 'v2';

/** The construct ids of the children (fixed: changing them replaces the resources). */
export const PATCH_ID = 'Update';
export const PATCH_POLICY_ID = 'UpdatePolicy';
export const REDEPLOY_ID = 'Redeploy';
export const REDEPLOY_POLICY_ID = 'RedeployPolicy';
/** The id of the stack's one handler function. */
export const HANDLER_ID = 'ApiGatewayIntegrationPatchHandler';

/** `arn:{partition}:apigateway:{region}::{path}`: the ARN IAM checks for API Gateway's management API. */
export function apiGatewayArn(scope: IConstruct, path: string): string {
  return Stack.of(scope).formatArn({ service: 'apigateway', account: '', resource: path, arnFormat: ArnFormat.NO_RESOURCE_NAME });
}

export interface ApplyOptions {
  readonly api: PatchApi;
  /** The SDK's id parameters of the integration (`restApiId`, `resourceId`, `httpMethod` or `ApiId`, `IntegrationId`). */
  readonly target: Record<string, string>;
  /** REST: the patch operations; v2: the UpdateIntegration fields. Applied on create and update. */
  readonly apply: unknown;
  /** The same, applied on delete (and on update for what the new change no longer touches); none when absent. */
  readonly restore?: unknown;
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

/**
 * The stack's one handler function, created on first use, with its own log group and a role
 * allowed only to write to that log group (no managed policy): each patch adds its own policy.
 */
export function patchHandler(scope: IConstruct): lambda.Function {
  const stack = Stack.of(scope);
  const existing = stack.node.tryFindChild(HANDLER_ID);
  if (existing instanceof lambda.Function) return existing;
  const logGroup = new logs.LogGroup(stack, `${HANDLER_ID}Logs`, { retention: logs.RetentionDays.ONE_YEAR });
  const role = new iam.Role(stack, `${HANDLER_ID}Role`, {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    inlinePolicies: {
      Logs: new iam.PolicyDocument({
        statements: [new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] })],
      }),
    },
  });
  return new lambda.Function(stack, HANDLER_ID, {
    description: 'Applies UpdateIntegration patches of cdk-apigateway-integrations; logs no request data',
    // built by name: aws-cdk-lib releases of the peer range older than NODEJS_24_X know the runtime only this way
    runtime: new lambda.Runtime('nodejs24.x', lambda.RuntimeFamily.NODEJS, { supportsInlineCode: true }),
    handler: 'index.handler',
    code: lambda.Code.fromInline(HANDLER_CODE),
    timeout: Duration.minutes(2),
    role,
    logGroup,
  });
}

/** A custom resource of the handler, allowed exactly `statements` through its own policy on the handler's role. */
function handlerResource(scope: Construct, id: string, policyId: string, resourceType: string,
  statements: iam.PolicyStatement[], properties: Record<string, unknown>): CustomResource {
  const fn = patchHandler(scope);
  const policy = new iam.Policy(scope, policyId, { statements, roles: [fn.role!] });
  const resource = new CustomResource(scope, id, { serviceToken: fn.functionArn, resourceType, properties });
  resource.node.addDependency(policy);
  return resource;
}

/** JSON text of a value whose strings may hold tokens (resolved by CloudFormation). */
function json(scope: IConstruct, value: unknown): string {
  return Stack.of(scope).toJsonString(value);
}

/** The custom resource that applies the update. */
export function applyUpdate(scope: Construct, o: ApplyOptions): CustomResource {
  const version = o.integrationVersion;
  return handlerResource(scope, PATCH_ID, PATCH_POLICY_ID, 'Custom::ApiGatewayIntegrationPatch', o.statements, {
    Api: o.api,
    Target: o.target,
    Apply: json(scope, o.apply),
    ...(o.restore !== undefined ? { Restore: json(scope, o.restore) } : {}),
    ...(version ? { IntegrationVersion: Lazy.any({ produce: () => version() }) } : {}),
  });
}

/** The CloudFormation resource behind a custom resource of the handler. */
export function cfnOf(resource: CustomResource): CfnResource {
  return resource.node.defaultChild as CfnResource;
}

export interface RedeployOptions {
  readonly api: PatchApi;
  /** Parameters of CreateDeployment (api id, stage name, description). */
  readonly parameters: Record<string, unknown>;
  /** The deployments collection ARN of the API. */
  readonly deploymentsArn: string;
  /** The update it follows: deployed after it. */
  readonly after: CustomResource;
  /** What the update applies: the stage is deployed again whenever this changes. */
  readonly update: ApplyOptions;
}

/**
 * Deploys the stage after the update (a patched integration serves nothing until deployed), and
 * again whenever the update changes. Deleting it deploys nothing: deployments stay in the API's history.
 */
export function redeploy(scope: Construct, o: RedeployOptions): CustomResource {
  const u = o.update;
  const resource = handlerResource(scope, REDEPLOY_ID, REDEPLOY_POLICY_ID, 'Custom::ApiGatewayIntegrationPatchDeployment',
    [new iam.PolicyStatement({ actions: ['apigateway:POST'], resources: [o.deploymentsArn] })], {
      Api: o.api,
      Deploy: json(scope, o.parameters),
      UpdateVersion: Lazy.string({ produce: () => digest(scope, { apply: u.apply, target: u.target, integration: u.integrationVersion?.() }) }),
    });
  resource.node.addDependency(o.after);
  return resource;
}

/** A short digest of a value, tokens resolved (stable across synths). */
export function versionOf(scope: IConstruct, value: unknown): string {
  return digest(scope, value);
}

/**
 * `apigateway:PATCH` on the integration (and `apigateway:GET` for a REST one, which the handler
 * reads to fit its operations to it), and `iam:PassRole` on each credentials role the patch sets
 * (none: no statement).
 */
export function patchStatements(integrationArn: string, roles: ReadonlyArray<iam.IRole | undefined>, read = false): iam.PolicyStatement[] {
  const statements = [new iam.PolicyStatement({ actions: read ? ['apigateway:GET', 'apigateway:PATCH'] : ['apigateway:PATCH'], resources: [integrationArn] })];
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
