import { Aws } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { IConstruct } from 'constructs';
import { throwUsageError } from '../../core/errors';
import { IntegrationCredentials } from '../../mapping/credentials';

/**
 * The `CredentialsArn` for `credentials`: a given role (granted what the integration needs through
 * `grant`), a role created under `scope` (same), or the caller's identity. INTERNAL.
 *
 * @param refuseCaller the reason caller credentials cannot be used, if they cannot
 */
export function credentialsArnFor(
  scope: IConstruct,
  className: string,
  credentials: IntegrationCredentials | undefined,
  grant: (grantee: iam.IGrantable) => void,
  refuseCaller?: string,
): string | undefined {
  if (!credentials) return undefined;
  if (credentials._kind === 'caller') {
    if (refuseCaller) throwUsageError(scope.node.path, className, { code: 'CallerCredentialsNotSupported', what: refuseCaller, got: 'IntegrationCredentials.callerIdentity()', fix: 'use IntegrationCredentials.createRole() (the default) or fromRole(role)' });
    return `arn:${Aws.PARTITION}:iam::*:user/*`;
  }
  const role = credentials._kind === 'role' && credentials._role
    ? credentials._role
    : new iam.Role(scope, 'InvokeRole', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });
  grant(role);
  return role.roleArn;
}
