import { Lazy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct, IConstruct } from 'constructs';

/**
 * The roles API Gateway assumes to call a back end, when this library creates them. INTERNAL.
 *
 * The grants are written into the role itself, as one inline policy, instead of the separate
 * `AWS::IAM::Policy` a role's default policy is: one resource less per integration, the policy is
 * in place as soon as the role exists, and the template is what a careful author writes by hand.
 * Grants still go through the target's own grant methods (`queue.grantSendMessages(grantee)`):
 * they get `grantee`, a principal that is the role for every purpose but where its statements go.
 */
export interface InvokeRole {
  readonly role: iam.IRole;
  /** Pass this to the target's grant methods. */
  readonly grantee: iam.IGrantable;
  /** How many statements the role's policy has so far. */
  readonly statementCount: () => number;
}

/** The role's principal, adding statements to the role's inline policy. A construct, so grants see its stack and account. */
class InlinePolicyPrincipal extends Construct implements iam.IPrincipal {
  public readonly grantPrincipal: iam.IPrincipal = this;
  public readonly assumeRoleAction: string;
  public readonly principalAccount?: string;

  constructor(private readonly role: iam.Role, private readonly document: iam.PolicyDocument) {
    super(role, 'Grants');
    this.assumeRoleAction = role.assumeRoleAction;
    this.principalAccount = role.principalAccount;
  }

  public get policyFragment(): iam.PrincipalPolicyFragment {
    return this.role.policyFragment;
  }

  public addToPrincipalPolicy(statement: iam.PolicyStatement): iam.AddToPrincipalPolicyResult {
    this.document.addStatements(statement);
    return { statementAdded: true, policyDependable: this.role };
  }

  public addToPolicy(statement: iam.PolicyStatement): boolean {
    return this.addToPrincipalPolicy(statement).statementAdded;
  }
}

/** A role trusted by `apigateway.amazonaws.com` whose grants form its one inline policy (`Invoke`). */
export function createInvokeRole(scope: IConstruct, id: string): InvokeRole {
  const role = new iam.Role(scope, id, { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });
  const document = new iam.PolicyDocument();
  (role.node.defaultChild as iam.CfnRole).policies = Lazy.any({
    produce: () => (document.isEmpty ? undefined : [{ policyName: 'Invoke', policyDocument: document }]),
  });
  return { role, grantee: new InlinePolicyPrincipal(role, document), statementCount: () => document.statementCount };
}
