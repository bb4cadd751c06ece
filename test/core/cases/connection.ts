import { ALB, HTTP, httpProxy } from './fixtures';
import { RuleCase } from './types';
import { Unknown } from '../../../src/core/facts';

/** Cases for src/core/rules/connection.ts. */
export const CONNECTION_CASES: RuleCase[] = [
  // ConnectionTypeNotSupported — C12
  { code: 'ConnectionTypeNotSupported', name: 'a misspelt connection type', kind: 'REST', facts: { type: 'HTTP', connectionType: 'VPCLINK' }, fails: true },
  { code: 'ConnectionTypeNotSupported', name: 'INTERNET', kind: 'HTTP', facts: { type: 'HTTP_PROXY', connectionType: 'INTERNET' }, fails: false },
  // VpcLinkWithoutConnectionId — C13, C60, C86
  { code: 'VpcLinkWithoutConnectionId', name: 'VPC_LINK with no id on REST', kind: 'REST', facts: { type: 'HTTP_PROXY', connectionType: 'VPC_LINK' }, fails: true, mentions: 'stageVariables' },
  { code: 'VpcLinkWithoutConnectionId', name: 'VPC_LINK with no id on an HTTP API', kind: 'HTTP', facts: { type: 'HTTP_PROXY', connectionType: 'VPC_LINK' }, fails: true, mentions: 'VpcLink' },
  { code: 'VpcLinkWithoutConnectionId', name: 'VPC_LINK with a stage variable id', kind: 'REST', facts: { type: 'HTTP_PROXY', connectionType: 'VPC_LINK', connectionId: '${stageVariables.link}' }, fails: false },
  { code: 'VpcLinkWithoutConnectionId', name: 'VPC_LINK with an unresolved id', kind: 'WEBSOCKET', facts: { type: 'HTTP_PROXY', connectionType: 'VPC_LINK', connectionId: new Unknown() }, fails: false },
  // ConnectionIdWithoutVpcLink — C14
  { code: 'ConnectionIdWithoutVpcLink', name: 'an id with INTERNET', kind: 'REST', facts: { type: 'HTTP_PROXY', connectionType: 'INTERNET', connectionId: 'abc123' }, fails: true },
  { code: 'ConnectionIdWithoutVpcLink', name: 'an id with no connection type', kind: 'REST', facts: { type: 'HTTP_PROXY', connectionId: 'abc123' }, fails: true },
  { code: 'ConnectionIdWithoutVpcLink', name: 'an id with VPC_LINK', kind: 'REST', facts: { type: 'HTTP_PROXY', connectionType: 'VPC_LINK', connectionId: 'abc123' }, fails: false },
  // PrivateIntegrationTypeNotSupported — C15, C61, C86
  { code: 'PrivateIntegrationTypeNotSupported', name: 'AWS_PROXY over a VPC link on REST', kind: 'REST', facts: { type: 'AWS_PROXY', connectionType: 'VPC_LINK', connectionId: 'x' }, fails: true },
  { code: 'PrivateIntegrationTypeNotSupported', name: 'AWS_PROXY over a VPC link on an HTTP API', kind: 'HTTP', facts: { type: 'AWS_PROXY', connectionType: 'VPC_LINK', connectionId: 'x' }, fails: true },
  { code: 'PrivateIntegrationTypeNotSupported', name: 'HTTP over a VPC link on REST', kind: 'REST', facts: { type: 'HTTP', connectionType: 'VPC_LINK', connectionId: 'x' }, fails: false },
  // VpcLinkV1TargetNotNlb — C16 (the readers list the app's non-NLB load balancers a VPC link v1 targets)
  { code: 'VpcLinkV1TargetNotNlb', name: 'an ALB behind a VPC link v1', kind: 'REST', facts: { ...HTTP, connectionType: 'VPC_LINK', connectionId: 'abc123', vpcLinkVersion: 'V1', vpcLinkV1NonNlbTargets: ['App/Alb/Resource'] }, fails: true, mentions: 'Application Load Balancer' },
  { code: 'VpcLinkV1TargetNotNlb', name: 'an NLB behind a VPC link v1', kind: 'REST', facts: { ...HTTP, connectionType: 'VPC_LINK', connectionId: 'abc123', vpcLinkVersion: 'V1' }, fails: false },
  // IntegrationTargetInvalid — C18
  { code: 'IntegrationTargetInvalid', name: 'a target on INTERNET', kind: 'REST', facts: { ...HTTP, integrationTarget: ALB }, fails: true, mentions: 'VPC_LINK' },
  { code: 'IntegrationTargetInvalid', name: 'a VPC link v2 without a target', kind: 'REST', facts: { ...HTTP, connectionType: 'VPC_LINK', connectionId: 'abc', vpcLinkVersion: 'V2' }, fails: true, mentions: 'IntegrationTarget is required' },
  { code: 'IntegrationTargetInvalid', name: 'a target that is not a load balancer', kind: 'REST', facts: { ...HTTP, connectionType: 'VPC_LINK', connectionId: 'abc', integrationTarget: 'my-alb' }, fails: true },
  { code: 'IntegrationTargetInvalid', name: 'an ALB target through a VPC link', kind: 'REST', facts: { ...HTTP, connectionType: 'VPC_LINK', connectionId: 'abc', vpcLinkVersion: 'V2', integrationTarget: ALB }, fails: false },
  { code: 'IntegrationTargetInvalid', name: 'a VPC link v1 without a target', kind: 'REST', facts: { ...HTTP, connectionType: 'VPC_LINK', connectionId: 'abc', vpcLinkVersion: 'V1' }, fails: false },
  // PrivateIntegrationStagePrefix — C63
  { code: 'PrivateIntegrationStagePrefix', name: 'a private integration on a named stage', kind: 'HTTP', facts: { type: 'HTTP_PROXY', integrationMethod: 'ANY', uri: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/1/2', connectionType: 'VPC_LINK', connectionId: 'abc', namedStages: ['prod'] }, fails: true, mentions: '"prod"' },
  { code: 'PrivateIntegrationStagePrefix', name: 'one that strips the stage', kind: 'HTTP', facts: { type: 'HTTP_PROXY', integrationMethod: 'ANY', uri: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/1/2', connectionType: 'VPC_LINK', connectionId: 'abc', namedStages: ['prod'], requestParameters: { 'overwrite:path': '$request.path' } }, fails: false },
  // ConnectionIdInvalid — VPC link ids and stage-variable names
  { code: 'ConnectionIdInvalid', name: 'an empty VPC link id', kind: 'REST', facts: { ...httpProxy, connectionType: 'VPC_LINK', connectionId: '' }, fails: true },
  { code: 'ConnectionIdInvalid', name: 'a stage variable named a-b', kind: 'REST', facts: { ...httpProxy, connectionType: 'VPC_LINK', connectionId: '${stageVariables.a-b}' }, fails: true, mentions: 'a-b' },
  { code: 'ConnectionIdInvalid', name: 'an id with a space', kind: 'HTTP', facts: { ...httpProxy, connectionType: 'VPC_LINK', connectionId: 'abc 123' }, fails: true },
  { code: 'ConnectionIdInvalid', name: 'a VPC link id and a stage variable', kind: 'REST', facts: { ...httpProxy, connectionType: 'VPC_LINK', connectionId: '${stageVariables.link_1}' }, fails: false },
  { code: 'ConnectionIdInvalid', name: 'an id', kind: 'HTTP', facts: { ...httpProxy, connectionType: 'VPC_LINK', connectionId: 'abc123' }, fails: false },
];
