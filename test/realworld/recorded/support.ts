import { checkTemplate } from '../../../src/core/cfn/check';

/**
 * Replays a request recorded against real AWS through the template reader (the door the CLI, the
 * cdk-nag pack and the validation plugin use): the resources of the request become a
 * CloudFormation template, and the rule table judges it.
 */

/** What we say about one recorded request: the codes of our errors and of our warnings. */
export interface Verdict {
  readonly errors: string[];
  readonly warnings: string[];
}

/** The verdict on a template's resources. */
export function verdictOf(resources: Record<string, unknown>): Verdict {
  const findings = checkTemplate({ Resources: resources });
  return {
    errors: findings.filter(f => f.severity === 'error').map(f => f.code).sort(),
    warnings: findings.filter(f => f.severity === 'warning').map(f => f.code).sort(),
  };
}

/** The properties of a REST method: `PutMethod` + `PutIntegration` + `PutIntegrationResponse`. */
export interface RestRequest {
  readonly httpMethod?: string;
  /** The resource's path part (`{status}`); the method sits on the root when absent. */
  readonly pathPart?: string;
  readonly requestParameters?: Record<string, boolean>;
  readonly methodResponses?: object[];
  readonly integration?: Record<string, unknown>;
  /** The RestApi's `EndpointConfiguration.Types`; EDGE (CloudFormation's default) when absent. */
  readonly endpointTypes?: string[];
}

/** A REST API with one method, as CloudFormation would receive it. */
export function restTemplate(r: RestRequest): Record<string, unknown> {
  const api = { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'recorded', ...(r.endpointTypes ? { EndpointConfiguration: { Types: r.endpointTypes } } : {}) } };
  const resources: Record<string, unknown> = { Api: api };
  if (r.pathPart !== undefined) {
    resources.Res = { Type: 'AWS::ApiGateway::Resource', Properties: { RestApiId: { Ref: 'Api' }, ParentId: { 'Fn::GetAtt': ['Api', 'RootResourceId'] }, PathPart: r.pathPart } };
  }
  resources.Method = {
    Type: 'AWS::ApiGateway::Method',
    Properties: {
      RestApiId: { Ref: 'Api' },
      ResourceId: r.pathPart !== undefined ? { Ref: 'Res' } : { 'Fn::GetAtt': ['Api', 'RootResourceId'] },
      HttpMethod: r.httpMethod ?? 'GET',
      AuthorizationType: 'NONE',
      ...(r.requestParameters ? { RequestParameters: r.requestParameters } : {}),
      ...(r.methodResponses ? { MethodResponses: r.methodResponses } : {}),
      ...(r.integration ? { Integration: r.integration } : {}),
    },
  };
  return resources;
}

/** The verdict on one REST method. */
export function restVerdict(r: RestRequest): Verdict {
  return verdictOf(restTemplate(r));
}

/** A v2 API (`HTTP` or `WEBSOCKET`) with one integration and, optionally, integration responses. */
export function v2Template(protocol: 'HTTP' | 'WEBSOCKET', integration: Record<string, unknown>, responses: Record<string, unknown>[] = []): Record<string, unknown> {
  const resources: Record<string, unknown> = {
    Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'recorded', ProtocolType: protocol, ...(protocol === 'WEBSOCKET' ? { RouteSelectionExpression: '$request.body.action' } : {}) } },
    Integration: { Type: 'AWS::ApiGatewayV2::Integration', Properties: { ApiId: { Ref: 'Api' }, ...integration } },
  };
  responses.forEach((p, i) => {
    resources[`Response${i}`] = { Type: 'AWS::ApiGatewayV2::IntegrationResponse', Properties: { ApiId: { Ref: 'Api' }, IntegrationId: { Ref: 'Integration' }, ...p } };
  });
  return resources;
}

/** The verdict on one v2 integration (and its responses). */
export function v2Verdict(protocol: 'HTTP' | 'WEBSOCKET', integration: Record<string, unknown>, responses: Record<string, unknown>[] = []): Verdict {
  return verdictOf(v2Template(protocol, integration, responses));
}

export const ACCOUNT = '111111111111';
export const REGION = 'us-east-1';
/** A Lambda function's invocation URI, as `PutIntegration` takes it. */
export const LAMBDA_URI = `arn:aws:apigateway:${REGION}:lambda:path/2015-03-31/functions/arn:aws:lambda:${REGION}:${ACCOUNT}:function:MyLambda/invocations`;
export const ROLE = `arn:aws:iam::${ACCOUNT}:role/service-role/testfunction-role-oe783psq`;
