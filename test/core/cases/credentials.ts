import { LAMBDA_URI, ROLE, SQS_URI } from './fixtures';
import { RuleCase } from './types';
import { HOLE, Unknown } from '../../../src/core/facts';

/** Cases for src/core/rules/credentials.ts. */
export const CREDENTIALS_CASES: RuleCase[] = [
  // CredentialsRequired — C09, C57
  { code: 'CredentialsRequired', name: 'AWS to SQS without credentials', kind: 'REST', facts: { type: 'AWS', integrationMethod: 'POST', uri: SQS_URI }, fails: true, mentions: 'Role ARN must be specified' },
  { code: 'CredentialsRequired', name: 'a partly resolved Step Functions URI without credentials', kind: 'WEBSOCKET', facts: { type: 'AWS', integrationMethod: 'POST', uri: new Unknown(`arn:${HOLE}:apigateway:${HOLE}:states:action/StartExecution`) }, fails: true },
  { code: 'CredentialsRequired', name: 'an HTTP API subtype without credentials', kind: 'HTTP', facts: { type: 'AWS_PROXY', subtype: 'SQS-SendMessage' }, fails: true },
  { code: 'CredentialsRequired', name: 'AWS to Lambda without credentials', kind: 'REST', facts: { type: 'AWS', integrationMethod: 'POST', uri: LAMBDA_URI }, fails: false },
  { code: 'CredentialsRequired', name: 'AWS to SQS with a role', kind: 'REST', facts: { type: 'AWS', integrationMethod: 'POST', uri: SQS_URI, credentials: ROLE }, fails: false },
  // CredentialsNotArn — C10, C101
  { code: 'CredentialsNotArn', name: 'a role name', kind: 'REST', facts: { type: 'AWS', credentials: 'my-role' }, fails: true },
  { code: 'CredentialsNotArn', name: 'the caller pass-through on REST', kind: 'REST', facts: { type: 'AWS', credentials: 'arn:aws:iam::*:user/*' }, fails: false },
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html ("AWS integration credentials")
  { code: 'CredentialsNotArn', name: 'a user/role ARN a stage variable completes on REST', kind: 'REST', facts: { type: 'AWS', credentials: 'arn:aws:iam::123456789012:${stageVariables.roleName}' }, fails: false },
  { code: 'CredentialsNotArn', name: 'a role name from a stage variable on REST', kind: 'REST', facts: { type: 'AWS', credentials: 'arn:aws:iam::123456789012:role/${stageVariables.roleName}' }, fails: false },
  { code: 'CredentialsNotArn', name: 'the caller pass-through on an HTTP API (CloudFormation schema refuses it)', kind: 'HTTP', facts: { type: 'AWS_PROXY', credentials: 'arn:aws:iam::*:user/*' }, fails: true, mentions: 'schema' },
  { code: 'CredentialsNotArn', name: 'a role on an HTTP API', kind: 'HTTP', facts: { type: 'AWS_PROXY', credentials: ROLE }, fails: false },
  { code: 'CredentialsNotArn', name: 'a role ARN', kind: 'WEBSOCKET', facts: { type: 'AWS', credentials: ROLE }, fails: false },
  { code: 'CredentialsNotArn', name: 'an empty string, which means no credentials', kind: 'REST', facts: { type: 'AWS_PROXY', credentials: '' }, fails: false },
  { code: 'CredentialsNotArn', name: 'an empty string on an HTTP API', kind: 'HTTP', facts: { type: 'AWS_PROXY', credentials: '' }, fails: false },
  // LambdaPermissionMissing — C11 (the readers set lambdaPermissionFound only for a function of the app without credentials)
  { code: 'LambdaPermissionMissing', name: 'a function of the app with no permission', kind: 'REST', facts: { type: 'AWS_PROXY', integrationMethod: 'POST', uri: LAMBDA_URI, lambdaPermissionFound: false }, fails: true, mentions: 'Invalid permissions' },
  { code: 'LambdaPermissionMissing', name: 'a function with a permission', kind: 'REST', facts: { type: 'AWS_PROXY', integrationMethod: 'POST', uri: LAMBDA_URI, lambdaPermissionFound: true }, fails: false },
  // CreatedRoleWithoutPermissions — C10, C83 (warning)
  { code: 'CreatedRoleWithoutPermissions', name: 'a created role with no statement', kind: 'WEBSOCKET', facts: { type: 'AWS', createdRoleStatements: 0 }, fails: true, mentions: 'no permissions' },
  { code: 'CreatedRoleWithoutPermissions', name: 'a created role granted one action', kind: 'WEBSOCKET', facts: { type: 'AWS', createdRoleStatements: 1 }, fails: false },
  { code: 'CreatedRoleWithoutPermissions', name: 'a role given by the user (not judged)', kind: 'REST', facts: { type: 'AWS' }, fails: false },
];
