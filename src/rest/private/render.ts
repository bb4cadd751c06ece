import { ArnFormat, Stack, Tokenization } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import { IConstruct } from 'constructs';
import { renderRequestValue, renderResponseValue } from '../../core/render/mapping';
import type { TargetFacts } from '../../core/services';
import { RequestValue } from '../../mapping/request-value';
import { ResponseValue } from '../../mapping/response-value';
import { RestApiIntegrationOptions, RestApiIntegrationResponse, RestApiRequestParameters } from '../options';
import { RestApiResponseTransferMode } from '../response-transfer-mode';

/** Typed REST options -> aws-cdk-lib's `IntegrationOptions` and CloudFormation's shape. INTERNAL. */

/** The connection of an integration, as rendered. */
export interface RenderedConnection {
  readonly connectionId: string;
  /** VPC link v2 only: the load balancer or listener (C18). */
  readonly integrationTarget?: string;
  readonly version?: 'V1' | 'V2';
}

/** Everything one REST integration renders from, after the class has resolved its target. */
export interface RestSpec {
  readonly type: apigw.IntegrationType;
  readonly integrationHttpMethod?: string;
  readonly uri?: string;
  readonly options: RestApiIntegrationOptions;
  readonly credentialsRole?: iam.IRole;
  readonly credentialsPassthrough?: boolean;
  readonly connection?: RenderedConnection;
  /** Rendered by a property override at synth (aws-cdk-lib's option is newer than the peer floor). */
  readonly responseTransferMode?: RestApiResponseTransferMode;
  readonly deploymentToken?: string;
  /** The facts of the service action's target (a queue's FIFO-ness, a state machine's type), for the service rules. */
  readonly target?: TargetFacts;
}

function mapEach<V>(m: { [k: string]: V } | undefined, key: (k: string) => string, value: (v: V) => string): Array<[string, string]> {
  return Object.entries(m ?? {}).map(([k, v]) => [key(k), value(v)]);
}

/** `{ headers: { X: … } }` -> `{ 'integration.request.header.X': 'method.request.…' }` */
export function renderRequestParameters(p: RestApiRequestParameters | undefined): Record<string, string> | undefined {
  if (!p) return undefined;
  const r = (v: RequestValue) => renderRequestValue('REST', v);
  const entries = [
    ...mapEach(p.headers, k => `integration.request.header.${k}`, r),
    ...mapEach(p.querystrings, k => `integration.request.querystring.${k}`, r),
    ...mapEach(p.paths, k => `integration.request.path.${k}`, r),
  ];
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

/** Typed integration responses -> aws-cdk-lib's. */
export function renderIntegrationResponses(rs: readonly RestApiIntegrationResponse[] | undefined): apigw.IntegrationResponse[] | undefined {
  if (!rs) return undefined;
  return rs.map(r => {
    const params = mapEach(r.responseHeaders, k => `method.response.header.${k}`, (v: ResponseValue) => renderResponseValue('REST', v));
    return {
      statusCode: Tokenization.stringifyNumber(r.statusCode),
      selectionPattern: r.selectionPattern,
      responseParameters: params.length > 0 ? Object.fromEntries(params) : undefined,
      responseTemplates: r.responseTemplates,
      contentHandling: r.contentHandling,
    };
  });
}

/**
 * aws-cdk-lib renders `vpcLink.vpcLinkId` as the connection id: an imported link (no resource)
 * carries a v1 or v2 link's id, or a stage variable. Created once under `scope` (the method).
 */
function connectionVpcLink(scope: IConstruct, connectionId: string): apigw.IVpcLink {
  const id = 'ConnectionVpcLink';
  const existing = scope.node.tryFindChild(id);
  if (isVpcLinkWithId(existing, connectionId)) return existing;
  return apigw.VpcLink.fromVpcLinkId(scope, existing ? `${id}${scope.node.children.length}` : id, connectionId);
}

function isVpcLinkWithId(c: IConstruct | undefined, vpcLinkId: string): c is apigw.IVpcLink {
  return c !== undefined && Reflect.get(c, 'vpcLinkId') === vpcLinkId;
}

/** The `IntegrationConfig` aws-cdk-lib's `Method` renders into `CfnMethod.Integration`. */
export function toIntegrationConfig(scope: IConstruct, spec: RestSpec): apigw.IntegrationConfig {
  const o = spec.options;
  const options: apigw.IntegrationOptions = {
    timeout: o.timeout,
    requestParameters: renderRequestParameters(o.requestParameters),
    requestTemplates: o.requestTemplates,
    passthroughBehavior: o.passthroughBehavior,
    contentHandling: o.contentHandling,
    cacheNamespace: o.cacheNamespace,
    cacheKeyParameters: o.cacheKeyParameters?.map(v => renderRequestValue('REST', v)),
    integrationResponses: renderIntegrationResponses(o.integrationResponses),
    credentialsRole: spec.credentialsRole,
    credentialsPassthrough: spec.credentialsPassthrough,
    connectionType: spec.connection ? apigw.ConnectionType.VPC_LINK : undefined,
    vpcLink: spec.connection ? connectionVpcLink(scope, spec.connection.connectionId) : undefined,
  };
  return {
    type: spec.type,
    uri: spec.uri,
    integrationHttpMethod: spec.integrationHttpMethod,
    options,
    deploymentToken: spec.deploymentToken,
  };
}

/** The caller pass-through credentials ARN `arn:{partition}:iam::*:user/*`. */
function passthroughArn(scope: IConstruct): string {
  return Stack.of(scope).formatArn({ service: 'iam', region: '', account: '*', resource: 'user', arnFormat: ArnFormat.SLASH_RESOURCE_NAME, resourceName: '*' });
}

/** The integration in CloudFormation's shape (PascalCase), as `restMethodFacts` reads it. */
export function toCfnIntegration(scope: IConstruct, spec: RestSpec, config: apigw.IntegrationConfig): Record<string, unknown> {
  const o = config.options ?? {};
  return {
    Type: config.type,
    IntegrationHttpMethod: config.integrationHttpMethod,
    Uri: config.uri,
    ConnectionType: o.connectionType,
    ConnectionId: spec.connection?.connectionId,
    IntegrationTarget: spec.connection?.integrationTarget,
    Credentials: o.credentialsRole?.roleArn ?? (o.credentialsPassthrough ? passthroughArn(scope) : undefined),
    TimeoutInMillis: o.timeout?.toMilliseconds(),
    RequestParameters: o.requestParameters,
    RequestTemplates: o.requestTemplates,
    PassthroughBehavior: o.passthroughBehavior,
    ContentHandling: o.contentHandling,
    CacheNamespace: o.cacheNamespace,
    CacheKeyParameters: o.cacheKeyParameters,
    ResponseTransferMode: spec.responseTransferMode,
    IntegrationResponses: o.integrationResponses?.map(r => ({
      StatusCode: r.statusCode,
      SelectionPattern: r.selectionPattern,
      ResponseParameters: r.responseParameters,
      ResponseTemplates: r.responseTemplates,
      ContentHandling: r.contentHandling,
    })),
  };
}
