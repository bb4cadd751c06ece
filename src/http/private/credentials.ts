import * as iam from 'aws-cdk-lib/aws-iam';
import { IConstruct } from 'constructs';
import { throwUsageError } from '../../core/errors';
import { createInvokeRole } from '../../core/roles';
import { BackendCredentials } from '../../mapping/credentials';

/**
 * The `CredentialsArn` for `credentials`: a given role (used as is, or granted what the
 * integration needs through `grant` with `fromRole(role, { grant: true })`) or a role created
 * under `scope` (always granted). The caller's identity is refused: the
 * `AWS::ApiGatewayV2::Integration` schema's `CredentialsArn` pattern needs a numeric account, so
 * `arn:aws:iam::*:user/*` cannot deploy, and subtype integrations only work with a role. INTERNAL.
 */
export function credentialsArnFor(
  scope: IConstruct,
  className: string,
  credentials: BackendCredentials | undefined,
  grant: (grantee: iam.IGrantable) => void,
): string | undefined {
  if (!credentials) return undefined;
  if (credentials._kind === 'caller') {
    return throwUsageError(scope.node.path, className, {
      code: 'CallerCredentialsNotSupported',
      what: 'HTTP API integrations cannot use the caller\'s credentials (CloudFormation\'s CredentialsArn pattern refuses arn:aws:iam::*:user/*, and AWS service integrations only work with a role)',
      got: 'BackendCredentials.callerIdentity()',
      fix: 'use BackendCredentials.createRole() or fromRole(role)',
    });
  }
  if (credentials._kind === 'role' && credentials._role) {
    // A given role is used as is unless the user asked for the grant (one behaviour on every kind).
    if (credentials._grant) grant(credentials._role);
    return credentials._role.roleArn;
  }
  // a created role carries its grants as one inline policy
  const { role, grantee } = createInvokeRole(scope, 'InvokeRole');
  grant(grantee);
  return role.roleArn;
}
