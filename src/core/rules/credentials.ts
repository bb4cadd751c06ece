import { IntegrationFacts, isKnown, textOf } from '../facts';
import { q } from '../format';
import { isCredentialsArn, looksLikeLambdaUri, matchesV2CredentialsSchema, parseServiceArn, serviceOf } from '../uris';
import { knownType } from './shared';
import { CFN_V2_INTEGRATION_SCHEMA, DG, GH, PUT_INTEGRATION } from './sources';
import { Rule, one } from './types';

/** What API Gateway calls the back end as: the credentials role, the role this library creates, the function's own permission (C09–C11, C57, C101). */

/** True when the integration calls an AWS service other than Lambda (C09). */
function callsNonLambdaService(f: IntegrationFacts): boolean {
  if (knownType(f) !== 'AWS') return false;
  const text = textOf(f.uri);
  if (text === undefined) return false;
  if (isKnown(f.uri)) {
    const arn = parseServiceArn(f.uri);
    return arn !== undefined && serviceOf(arn) !== 'lambda';
  }
  // Partly known: judge only when the literal text shows the service.
  const m = /:apigateway:[^:]*:([a-z0-9.-]+):(path|action)\//.exec(text);
  return m !== null && !m[1].split('.').includes('lambda') && !looksLikeLambdaUri(text);
}

const credentialsRequired: Rule = {
  code: 'CredentialsRequired',
  catalogue: ['C09', 'C57'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'error',
  docs: `${DG}/http-api-develop-integrations-aws-services.html`,
  evidence: {
    says: 'PutIntegration: "Role ARN must be specified for AWS integrations"; HTTP API subtype integrations: documented to need a role that API Gateway '
      + 'assumes to call the service',
    source: `${GH}/hashicorp/terraform-provider-aws/issues/7916; ${GH}/aws/aws-cdk/issues/1465; ${DG}/http-api-develop-integrations-aws-services.html`,
  },
  summary: 'AWS-service integrations (other than Lambda) and HTTP API subtype integrations have credentials',
  check(f, kind) {
    if (f.credentials !== undefined) return [];
    if (kind === 'HTTP') {
      if (f.subtype === undefined) return [];
      return one(`AWS service integrations (subtype ${q(textOf(f.subtype))}) need a role API Gateway assumes`, 'no credentials', 'give a role that apigateway.amazonaws.com can assume and that allows the action');
    }
    if (!callsNonLambdaService(f)) return [];
    return one('AWS integrations of services other than Lambda need credentials ("Role ARN must be specified for AWS integrations")', 'no credentials', 'give a role that apigateway.amazonaws.com can assume and that allows the action, or pass the caller\'s credentials through');
  },
};

const credentialsArn: Rule = {
  code: 'CredentialsNotArn',
  catalogue: ['C10', 'C57', 'C101'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['credentials'],
  docs: PUT_INTEGRATION,
  evidence: {
    says: 'REST PutIntegration (credentials not an ARN): "Invalid ARN specified in the request"; HTTP and WebSocket: CloudFormation\'s registry schema gives '
      + 'CredentialsArn the pattern arn:(aws|aws-cn|aws-us-gov):iam::[0-9]*:(role|user|group)/.*, so other values, the caller pass-through '
      + 'arn:aws:iam::*:user/* included, fail property validation',
    source: `${GH}/aws/aws-sdk-java/issues/860; ${CFN_V2_INTEGRATION_SCHEMA}`,
  },
  summary: 'credentials are an IAM role ARN or, on REST APIs, the caller pass-through arn:aws:iam::*:user/* (CloudFormation refuses it for HTTP and WebSocket APIs)',
  check(f, kind) {
    // "" is how templates say "no credentials" (CloudFormation and the service accept it)
    if (!isKnown(f.credentials) || f.credentials === '') return [];
    if (kind === 'REST') {
      if (isCredentialsArn(f.credentials)) return [];
      return one('credentials must be an IAM role ARN or "arn:aws:iam::*:user/*" (the caller\'s own credentials)', q(f.credentials), 'pass a role, or choose caller pass-through');
    }
    if (matchesV2CredentialsSchema(f.credentials)) return [];
    const caller = /:iam::\*:user\/\*$/.test(f.credentials);
    return one(
      caller
        ? 'CloudFormation\'s AWS::ApiGatewayV2::Integration schema refuses the caller pass-through ARN (its CredentialsArn pattern needs a numeric account), and only a role works at run time'
        : 'credentials must be an IAM role ARN (CloudFormation pattern arn:(aws|aws-cn|aws-us-gov):iam::<account>:role/…)',
      q(f.credentials),
      'give a role that apigateway.amazonaws.com can assume',
    );
  },
};

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
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
  summary: 'a credentials role the library creates is granted something (a generic AWS integration grants nothing by itself)',
  check(f) {
    if (!isKnown(f.createdRoleStatements) || f.createdRoleStatements > 0) return [];
    return [{
      what: 'the role created for the integration has no permissions, so every request it makes is denied',
      got: 'BackendCredentials.createRole() on an integration that grants nothing',
      fix: 'use a service factory that grants the one action (WebSocketApiSqsIntegration.sendMessage, …), or create the role, grant it the action and pass BackendCredentials.fromRole(role)',
    }];
  },
};

const lambdaPermission: Rule = {
  code: 'LambdaPermissionMissing',
  catalogue: ['C11'],
  appliesTo: ['REST'],
  severity: 'warning',
  onlyWhen: ['lambdaPermissionFound'],
  docs: `${DG}/set-up-lambda-proxy-integrations.html`,
  summary: 'a Lambda integration without credentials invokes a function that has a resource-based permission for API Gateway',
  evidence: {
    says: 'Not checked at deploy: without a lambda:InvokeFunction permission for apigateway.amazonaws.com (or credentials), every request fails '
      + 'with 500 "Execution failed due to configuration error: Invalid permissions on Lambda function"',
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html; '
      + 'https://github.com/hashicorp/terraform-provider-aws/issues/14965',
  },
  check(f: IntegrationFacts) {
    if (f.lambdaPermissionFound !== false) return [];
    return one(
      'API Gateway may invoke the function only with a resource-based permission (or credentials): every request fails with 500 "Invalid permissions on Lambda function"',
      'no AWS::Lambda::Permission for the function in the app',
      'add a permission for apigateway.amazonaws.com scoped to this API (fn.addPermission, or grantInvoke to the API\'s principal), or give the integration credentials',
    );
  },
};

/** Rules about credentials roles, every API kind. */
export const ROLE_RULES: readonly Rule[] = [createdRoleWithoutPermissions];

export const CREDENTIAL_RULES: readonly Rule[] = [
  credentialsRequired, credentialsArn, createdRoleWithoutPermissions, lambdaPermission,
];
