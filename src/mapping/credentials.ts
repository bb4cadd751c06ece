import * as iam from 'aws-cdk-lib/aws-iam';
import { checkArgs, resource } from '../core/shape';

/**
 * How API Gateway authenticates to the back end of an AWS integration: a role it assumes, a
 * role the library creates (with only the permissions the integration needs, granted through
 * the target's own `grant*` methods), or the caller's own IAM credentials.
 *
 * @example
 * import * as iam from 'aws-cdk-lib/aws-iam';
 * import { IntegrationCredentials } from 'cdk-apigateway-integrations';
 *
 * declare const role: iam.IRole;
 * const given = IntegrationCredentials.fromRole(role);
 * const created = IntegrationCredentials.createRole();
 * const caller = IntegrationCredentials.callerIdentity();
 */
export class IntegrationCredentials {
  /**
   * Use this role. It must trust `apigateway.amazonaws.com`; the integrations that know their
   * target grant it what they need through the target's own grant methods.
   */
  public static fromRole(role: iam.IRole): IntegrationCredentials {
    checkArgs('IntegrationCredentials.fromRole', 'IntegrationCredentials', [['role', role, resource('IRole', 'roleArn', 'grant')]]);
    return new IntegrationCredentials('role', role);
  }

  /** Create a role for this integration, trusted by `apigateway.amazonaws.com` and granted only what it needs. */
  public static createRole(): IntegrationCredentials {
    return new IntegrationCredentials('create');
  }

  /**
   * Call the back end with the caller's own IAM credentials (`arn:aws:iam::*:user/*`); the method
   * or route must use IAM authorization for this to mean anything. An explicit choice: the
   * library never picks it for you.
   */
  public static callerIdentity(): IntegrationCredentials {
    return new IntegrationCredentials('caller');
  }

  /** @internal */
  public readonly _kind: 'role' | 'create' | 'caller';
  /** @internal */
  public readonly _role?: iam.IRole;

  private constructor(kind: 'role' | 'create' | 'caller', role?: iam.IRole) {
    this._kind = kind;
    this._role = role;
  }
}
