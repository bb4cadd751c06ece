import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import { IntegrationCredentials } from '../../mapping/credentials';

/** `IntegrationCredentials` -> the role (given or created once per integration) or caller pass-through. INTERNAL. */
export interface ResolvedCredentials {
  readonly role?: iam.IRole;
  readonly passthrough?: boolean;
  /** True when the role was created by this call (grant it what the integration needs). */
  readonly created?: boolean;
}

/**
 * Resolves credentials for one bind. A created role is made once per integration instance, under
 * the first method it is bound to (id `CredentialsRole`), trusted by apigateway.amazonaws.com.
 */
export function resolveCredentials(
  credentials: IntegrationCredentials | undefined, method: apigw.Method, cache: { role?: iam.IRole },
): ResolvedCredentials {
  if (!credentials) return {};
  if (credentials._kind === 'caller') return { passthrough: true };
  if (credentials._kind === 'role') return { role: credentials._role };
  if (cache.role) return { role: cache.role };
  cache.role = new iam.Role(method, 'CredentialsRole', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });
  return { role: cache.role, created: true };
}
