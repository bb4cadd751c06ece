import * as iam from 'aws-cdk-lib/aws-iam';
import { checkArgs, resource } from '../core/shape';

/** Options of {@link BackendCredentials.fromRole}. */
export interface BackendCredentialsRoleOptions {
  /**
   * Grant the role what the integration needs (through the target's own grant methods:
   * `queue.grantSendMessages(role)`, `fn.grantInvoke(role)`, …), which adds an `AWS::IAM::Policy`
   * attached to it. Leave it off for a role owned elsewhere (imported, or shared by another
   * stack): its permissions are its owner's business.
   * @default false - the role is used as is; nothing is attached to it
   */
  readonly grant?: boolean;
}

/**
 * How API Gateway authenticates to the back end of an AWS integration: a role it assumes (used
 * as is, or granted what the integration needs when asked), a role the library creates (with only
 * the permissions the integration needs, granted through the target's own `grant*` methods), or
 * the caller's own IAM credentials.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_PutIntegration.html#apigw-PutIntegration-request-credentials
 *
 * @example
 * import * as iam from 'aws-cdk-lib/aws-iam';
 * import { BackendCredentials } from 'cdk-apigateway-integrations';
 *
 * declare const role: iam.IRole;
 * const given = BackendCredentials.fromRole(role);
 * const granted = BackendCredentials.fromRole(role, { grant: true });
 * const created = BackendCredentials.createRole();
 * const caller = BackendCredentials.callerIdentity();
 */
export class BackendCredentials {
  /**
   * Use this role. It must trust `apigateway.amazonaws.com`. The same on every API kind: the role
   * is used as is, and no policy is attached to it, unless `options.grant` asks the library to
   * grant it what the integration needs.
   */
  public static fromRole(role: iam.IRole, options: BackendCredentialsRoleOptions = {}): BackendCredentials {
    checkArgs('BackendCredentials.fromRole', 'BackendCredentials', [['role', role, resource('IRole', 'roleArn', 'grant')]]);
    return new BackendCredentials('role', role, options.grant === true);
  }

  /** Create a role for this integration, trusted by `apigateway.amazonaws.com` and granted only what it needs. */
  public static createRole(): BackendCredentials {
    return new BackendCredentials('create');
  }

  /**
   * Call the back end with the caller's own IAM credentials (`arn:aws:iam::*:user/*`); the method
   * or route must use IAM authorization for this to mean anything. An explicit choice: the
   * library never picks it for you.
   */
  public static callerIdentity(): BackendCredentials {
    return new BackendCredentials('caller');
  }

  /** @internal */
  public readonly _kind: 'role' | 'create' | 'caller';
  /** @internal */
  public readonly _role?: iam.IRole;
  /**
   * Whether the integration grants the role what it needs: always for a created role, on request for a given one.
   * @internal
   */
  public readonly _grant: boolean;

  private constructor(kind: 'role' | 'create' | 'caller', role?: iam.IRole, grant = false) {
    this._kind = kind;
    this._role = role;
    this._grant = kind === 'create' || grant;
  }
}
