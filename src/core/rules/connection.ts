import { ApiKind, IntegrationFacts, Unknown, isKnown } from '../facts';
import { kindName, oneOf, q } from '../format';
import { isListenerArn, isLoadBalancerArn, isStageVariableRef } from '../uris';
import { isVpcLink, knownType, literal } from './shared';
import { API, CFN_METHOD_INTEGRATION, DG, GH, PUT_INTEGRATION, V2_INTEGRATIONS } from './sources';
import { Rule, one } from './types';

/** How API Gateway reaches the back end: the connection type, the VPC link and its target, the stage prefix of private integrations (C12–C16, C18, C60–C63, C86). */

/** Integration types that may go through a VPC link, per kind (C15, C61, C86). */
const PRIVATE_TYPES: Record<ApiKind, readonly string[]> = {
  REST: ['HTTP', 'HTTP_PROXY'],
  HTTP: ['HTTP_PROXY'],
  WEBSOCKET: ['HTTP', 'HTTP_PROXY'],
};

const CONNECTION_TYPES = ['INTERNET', 'VPC_LINK'];

const connectionType: Rule = {
  code: 'ConnectionTypeNotSupported',
  catalogue: ['C12'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['connectionType'],
  docs: CFN_METHOD_INTEGRATION,
  evidence: {
    says: 'CloudFormation schema: AWS::ApiGateway::Method Integration.ConnectionType is an enum of INTERNET and VPC_LINK (other values fail template validation); '
      + 'the v2 CreateIntegration model has the same two-value enum',
    source: `${CFN_METHOD_INTEGRATION}; ${V2_INTEGRATIONS}`,
  },
  summary: 'the connection type is INTERNET or VPC_LINK',
  check(f) {
    if (!isKnown(f.connectionType) || CONNECTION_TYPES.includes(f.connectionType)) return [];
    return one(`the connection type must be ${oneOf(CONNECTION_TYPES)}`, q(f.connectionType), 'use INTERNET for public back ends, VPC_LINK for private ones');
  },
};

const vpcLinkWithoutId: Rule = {
  code: 'VpcLinkWithoutConnectionId',
  catalogue: ['C13', 'C60', 'C86'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['connectionType'],
  docs: PUT_INTEGRATION,
  evidence: {
    says: 'Documented: a VPC_LINK integration names its VPC link in connectionId (REST: the VpcLink id or ${stageVariables.name}; HTTP APIs: the '
      + 'VpcLink id); the rejection text is reported by a single third-party source only',
    source: `${PUT_INTEGRATION}; ${V2_INTEGRATIONS}; ${DG}/set-up-private-integration.html`,
  },
  summary: 'a VPC_LINK connection names its VPC link (connection id, or a ${stageVariables.x} reference)',
  check(f, kind) {
    if (!isVpcLink(f) || f.connectionId !== undefined) return [];
    const what = kind === 'HTTP' ? 'a VPC_LINK connection needs the id of an AWS::ApiGatewayV2::VpcLink as its connection id'
      : 'a VPC_LINK connection needs a VPC link id or a ${stageVariables.name} reference as its connection id';
    return one(what, 'no connection id', 'pass the VPC link, or use an INTERNET connection');
  },
};

const idWithoutVpcLink: Rule = {
  code: 'ConnectionIdWithoutVpcLink',
  catalogue: ['C14'],
  appliesTo: ['REST'],
  severity: 'warning',
  onlyWhen: ['connectionId'],
  docs: PUT_INTEGRATION,
  evidence: {
    says: 'Documented only: connectionId is to be given only with connectionType VPC_LINK; no rejection of an INTERNET integration that carries one is recorded',
    source: PUT_INTEGRATION,
  },
  summary: 'a connection id is given only with a VPC_LINK connection',
  check(f) {
    if (f.connectionId === undefined || f.connectionType === 'VPC_LINK' || f.connectionType instanceof Unknown) return [];
    return one('a connection id is used only with connection type VPC_LINK: requests go to the public URI and the link is ignored', `connection type ${q(f.connectionType ?? 'INTERNET')} with a connection id`, 'set the connection type to VPC_LINK, or remove the connection id');
  },
};

const privateType: Rule = {
  code: 'PrivateIntegrationTypeNotSupported',
  catalogue: ['C15', 'C61', 'C86'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'warning',
  onlyWhen: ['connectionType'],
  docs: `${API}/API_Integration.html`,
  evidence: {
    says: 'Documented only: private (VPC_LINK) integrations are HTTP or HTTP_PROXY integrations (HTTP APIs: HTTP_PROXY); no rejection text is recorded',
    source: `${API}/API_Integration.html; ${DG}/http-api-develop-integrations-private.html`,
  },
  summary: 'private (VPC_LINK) integrations are of an HTTP type (HTTP APIs: HTTP_PROXY)',
  check(f, kind) {
    const t = knownType(f);
    if (!isVpcLink(f) || t === undefined || PRIVATE_TYPES[kind].includes(t)) return [];
    return one(`private integrations of ${kindName(kind)} are ${oneOf(PRIVATE_TYPES[kind])}: other types do not call through the VPC link, so requests do not reach the private back end`, q(t), `use ${oneOf(PRIVATE_TYPES[kind])}, or an INTERNET connection`);
  },
};

const STAGE_VARIABLE_NAME = /^[A-Za-z0-9_]+$/;

const connectionIds: Rule = {
  code: 'ConnectionIdInvalid',
  catalogue: ['C13', 'C18'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'warning',
  onlyWhen: ['connectionId'],
  evidence: {
    says: 'a private integration sends requests through the VPC link its connection id names; an empty or malformed id, or a ${stageVariables.x} reference whose name no stage variable can have (letters, digits and underscores only), names no VPC link and every request fails',
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html',
  },
  docs: `${DG}/aws-api-gateway-stage-variables-reference.html`,
  summary: 'a connection id is a VPC link id or a ${stageVariables.name} reference to a valid stage-variable name',
  check(f) {
    const id = literal(f.connectionId);
    if (id === undefined) return [];
    const sv = /^\$\{stageVariables\.(.*)\}$/s.exec(id);
    if (sv) {
      return STAGE_VARIABLE_NAME.test(sv[1]) ? [] : one('stage variable names have only letters, digits and underscores', q(sv[1]), 'rename the stage variable');
    }
    if (/^[A-Za-z0-9]+$/.test(id)) return [];
    return one('a connection id is a VPC link id (letters and digits) or a ${stageVariables.name} reference', q(id), 'give the VPC link id');
  },
};

const integrationTarget: Rule = {
  code: 'IntegrationTargetInvalid',
  catalogue: ['C18'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['integrationTarget', 'vpcLinkVersion'],
  docs: `${DG}/set-up-private-integration.html`,
  evidence: {
    says: 'PutIntegration (VPC link V2 without a target): "IntegrationTarget is required for VpcLinkV2 {vpcLinkId}."; a target is documented for '
      + 'VPC_LINK integrations through a VPC link V2 only, naming the load balancer',
    source: `${DG}/set-up-private-integration.html; ${GH}/pulumi/pulumi-aws/issues/6020; ${GH}/hashicorp/terraform-provider-aws/issues/45230`,
  },
  summary: 'an integration target (an ALB or NLB, or one of its listeners) is given only with a VPC_LINK connection, and always with a VPC link v2',
  check(f) {
    if (f.integrationTarget === undefined) {
      if (f.vpcLinkVersion !== 'V2' || f.connectionType !== 'VPC_LINK') return [];
      return [{ what: 'private integrations through a VPC link v2 need an integration target ("IntegrationTarget is required for VpcLinkV2")', got: 'no integration target', fix: 'give the load balancer (or listener) to send requests to' }];
    }
    if (isKnown(f.connectionType) && f.connectionType !== 'VPC_LINK' || f.connectionType === undefined) {
      return [{ what: 'an integration target is only valid with connection type VPC_LINK (a VPC link v2)', got: `connection type ${q(f.connectionType ?? 'INTERNET')}`, fix: 'connect through a VPC link v2, or remove the target' }];
    }
    const t = f.integrationTarget;
    if (!isKnown(t) || isLoadBalancerArn(t) || isListenerArn(t) || isStageVariableRef(t)) return [];
    return [{ what: 'the integration target must be an Application or Network Load Balancer ARN (or a listener ARN)', got: q(t), fix: 'pass the load balancer' }];
  },
};

const vpcLinkV1Alb: Rule = {
  code: 'VpcLinkV1TargetNotNlb',
  catalogue: ['C16'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['vpcLinkV1NonNlbTargets'],
  docs: `${DG}/set-up-nlb-for-vpclink-using-console.html`,
  summary: 'a VPC link v1 (AWS::ApiGateway::VpcLink) targets Network Load Balancers only (VPC links v2 also reach Application Load Balancers)',
  evidence: {
    says: 'CreateVpcLink accepts the ARN, then the link goes to status FAILED with "NLB ARN is malformed", so the VpcLink resource (and the '
      + 'deploy) fails: VPC links v1 support Network Load Balancers only',
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-nlb-for-vpclink-using-console.html; '
      + 'https://github.com/hashicorp/terraform-provider-aws/issues/30910',
  },
  check(f: IntegrationFacts) {
    const bad = f.vpcLinkV1NonNlbTargets ?? [];
    if (bad.length === 0) return [];
    return one(
      'a VPC link v1 reaches Network Load Balancers only ("NLB ARN is malformed")',
      `the Application Load Balancer ${bad.map(b => JSON.stringify(b)).join(', ')}`,
      'put a Network Load Balancer in front of it, or connect through a VPC link v2 (RestApiConnection.vpcLinkV2), which reaches Application Load Balancers',
    );
  },
};

const stagePrefix: Rule = {
  code: 'PrivateIntegrationStagePrefix',
  catalogue: ['C63'],
  appliesTo: ['HTTP'],
  severity: 'warning',
  onlyWhen: ['namedStages'],
  docs: `${DG}/http-api-develop-integrations-private.html`,
  summary: 'a private (VPC_LINK) HTTP API integration served on a named stage strips the stage from the path (overwrite:path $request.path)',
  evidence: {
    says: 'Deploys: a private integration forwards the stage name as the first path segment, so on a named stage the back end receives '
      + '/{stage}/route instead of /route unless the path is overwritten with $request.path',
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-private.html',
  },
  check(f: IntegrationFacts) {
    const stages = f.namedStages ?? [];
    if (stages.length === 0 || f.connectionType !== 'VPC_LINK' || !isKnown(f.requestParameters) && f.requestParameters !== undefined) return [];
    if (Object.keys(f.requestParameters ?? {}).includes('overwrite:path')) return [];
    return one(
      'private integrations forward the stage name as the first path segment: on a named stage the back end receives /{stage}/… paths',
      `stage ${stages.map(s => JSON.stringify(s)).join(', ')} and no overwrite:path`,
      'map "overwrite:path" to "$request.path" (HttpApiPrivateIntegration: stripStagePrefix), or serve the API on the $default stage',
    );
  },
};

export const CONNECTION_RULES: readonly Rule[] = [
  connectionType, vpcLinkWithoutId, idWithoutVpcLink, privateType, connectionIds, integrationTarget, vpcLinkV1Alb, stagePrefix,
];
