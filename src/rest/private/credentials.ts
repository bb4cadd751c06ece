import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import { createInvokeRole } from '../../core/roles';
import { BackendCredentials } from '../../mapping/credentials';

/** `BackendCredentials` -> the role (given or created once per integration) or caller pass-through. INTERNAL. */
export interface ResolvedCredentials {
  readonly role?: iam.IRole;
  readonly passthrough?: boolean;
  /** Set when the role is to be granted what the integration needs (created by this call, or given with `grant: true`): grant through this grantee. */
  readonly created?: iam.IGrantable;
  /** For a role created by this call: how many statements its policy has (call after granting). */
  readonly createdRoleStatements?: () => number;
}

/**
 * Resolves credentials for one bind. A created role is made once per integration instance, under
 * the first method it is bound to (id `CredentialsRole`), trusted by apigateway.amazonaws.com, with
 * its grants as one inline policy (see `createInvokeRole`).
 */
export function resolveCredentials(
  credentials: BackendCredentials | undefined, method: apigw.Method, cache: { role?: iam.IRole },
): ResolvedCredentials {
  if (!credentials) return {};
  if (credentials._kind === 'caller') return { passthrough: true };
  if (credentials._kind === 'role') return { role: credentials._role, created: credentials._grant ? credentials._role : undefined };
  if (cache.role) return { role: cache.role };
  const { role, grantee, statementCount } = createInvokeRole(method, 'CredentialsRole');
  cache.role = role;
  return { role, created: grantee, createdRoleStatements: statementCount };
}
