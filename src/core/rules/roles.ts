import { Rule } from './types';
import { isKnown } from '../facts';

/**
 * Rules about the credentials role of an integration. INTERNAL.
 */

const createdRoleWithoutPermissions: Rule = {
  code: 'CreatedRoleWithoutPermissions',
  catalogue: ['C10', 'C83'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'warning',
  onlyWhen: ['createdRoleStatements'],
  evidence: {
    says: 'a role with no policy allows nothing: IAM denies every request that no policy allows, so every call API Gateway makes to the service with it is refused (AccessDenied), and the client gets a 500',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
  },
  summary: 'a credentials role the library creates is granted something (a generic AWS integration grants nothing by itself)',
  check(f) {
    if (!isKnown(f.createdRoleStatements) || f.createdRoleStatements > 0) return [];
    return [{
      what: 'the role created for the integration has no permissions, so every request it makes is denied',
      got: 'IntegrationCredentials.createRole() on an integration that grants nothing',
      fix: 'use a service factory that grants the one action (WebSocketApiSqsIntegration.sendMessage, …), or create the role, grant it the action and pass IntegrationCredentials.fromRole(role)',
    }];
  },
};

/** Rules about credentials roles, every API kind. */
export const ROLE_RULES: readonly Rule[] = [createdRoleWithoutPermissions];
