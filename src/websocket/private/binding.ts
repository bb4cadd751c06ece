import { AspectPriority, Aspects, Duration } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { IConstruct } from 'constructs';
import { pascal, renderIntegrationResponse, responseFacts } from './render';
import { watchApi } from '../../core/cfn/api';
import { v2IntegrationFacts } from '../../core/cfn-facts';
import { throwUsageError } from '../../core/errors';
import { IntegrationFacts, knownItems } from '../../core/facts';
import { renderRequestValue } from '../../core/render/mapping';
import { createInvokeRole } from '../../core/roles';
import { RESPONSE_SET_RULES } from '../../core/rules/responses-v2';
import { CONNECT_ONLY_SOURCE } from '../../core/rules/shared';
import type { TargetFacts } from '../../core/services';
import { assertLiteralKeys, judge, record, warn } from '../../core/validate';
import { BackendCredentials } from '../../mapping/credentials';
import { WebSocketApiIntegrationResponse } from '../integration-response';
import { WebSocketApiIntegrationOptions, WebSocketApiRequestParameters, WebSocketApiTransformOptions } from '../options';

/** Internal: what one integration class says about itself when first bound. */
export interface WebSocketRender {
  readonly type: string;
  readonly uri?: string;
  readonly method?: string;
  readonly connectionType?: string;
  readonly connectionId?: string;
  readonly credentialsArn?: string;
  /** The user's options, with the class's defaults already applied. */
  readonly options: WebSocketApiIntegrationOptions & Partial<WebSocketApiTransformOptions>;
  /** Request parameters the class always sends (service headers), in service syntax. */
  readonly fixedParameters?: Record<string, string>;
  /** The number of statements of the role created for the integration, once granted (no role created: undefined). */
  readonly createdRoleStatements?: number;
  /** The facts of the service action's target (a queue's FIFO-ness, a state machine's type), for the service rules. */
  readonly target?: TargetFacts;
}

/** The child id of the role bound integrations create under the route (API: changing it replaces resources). */
const ROLE_ID = 'IntegrationRole';
/**
 * Ids the route takes after the integration is bound (its `CfnRoute`, `CfnRouteResponse`, our
 * integration responses), and `Default`, which CDK drops from logical ids like `Resource` (the
 * integration would take the route's own logical id).
 */
const RESERVED_IDS = /^(Default|Resource|Response|IntegrationResponse\d*)$/;


function requestParameters(p: WebSocketApiRequestParameters | undefined, fixed: Record<string, string> = {}): Record<string, string> | undefined {
  const out: Record<string, string> = { ...fixed };
  for (const [name, v] of Object.entries(p?.headers ?? {})) out[`integration.request.header.${name}`] = renderRequestValue('WEBSOCKET', v);
  for (const [name, v] of Object.entries(p?.querystrings ?? {})) out[`integration.request.querystring.${name}`] = renderRequestValue('WEBSOCKET', v);
  return Object.keys(out).length > 0 ? out : undefined;
}

function timeoutMs(t: Duration | undefined): number | undefined {
  return t?.toMilliseconds();
}

/**
 * The credentials ARN for `credentials`, creating the role (under `scope`, once) when asked to,
 * and granting a created role (or a given one with `grant: true`) what the integration needs
 * through `grant`; a given role is otherwise used as is.
 */
export function credentialsArn(
  scope: IConstruct, credentials: BackendCredentials | undefined, grant: (role: iam.IGrantable) => void,
  created?: (statementCount: number) => void,
): string | undefined {
  if (!credentials) return undefined;
  // CloudFormation refuses the caller pass-through on v2 integrations: rendered literally, so the rule table reports it (CredentialsNotArn).
  if (credentials._kind === 'caller') return 'arn:aws:iam::*:user/*';
  if (credentials._kind === 'role' && credentials._role) {
    // A given role is used as is unless the user asked for the grant (one behaviour on every kind).
    if (credentials._grant) grant(credentials._role);
    return credentials._role.roleArn;
  }
  const { role, grantee, statementCount } = createInvokeRole(scope, ROLE_ID);
  grant(grantee);
  created?.(statementCount());
  return role.roleArn;
}

/**
 * Internal: binds one of this library's WebSocket integrations to routes. Renders once (grants,
 * role), validates per route (the route key matters, C88), creates ONE `CfnIntegration` under the
 * first route, plus its integration responses.
 */
export class WebSocketBinding {
  private api?: apigwv2.IWebSocketApi;
  private rendered?: WebSocketRender;
  private integration?: apigwv2.CfnIntegration;

  constructor(
    /** The `CfnIntegration`'s construct id, under the first route bound. */
    private readonly id: string,
    private readonly className: string,
    private readonly describe: (options: apigwv2.WebSocketRouteIntegrationBindOptions) => WebSocketRender,
  ) {}

  /** What `bind()` returns: aws-cdk-lib's config (it has no slot for the connection or description). */
  public config(options: apigwv2.WebSocketRouteIntegrationBindOptions): apigwv2.WebSocketRouteIntegrationConfig {
    const r = this.validate(options).render;
    const o = r.options;
    return {
      type: r.type as apigwv2.WebSocketIntegrationType,
      uri: r.uri ?? '',
      method: r.method,
      contentHandling: o.contentHandling,
      requestTemplates: o.requestTemplates,
      requestParameters: requestParameters(o.requestParameters, r.fixedParameters),
      templateSelectionExpression: o.templateSelectionExpression,
      timeout: o.timeout,
      passthroughBehavior: o.passthroughBehavior,
    };
  }

  /** What `webSocketApi.addRoute()` calls. */
  public bindToRoute(options: apigwv2.WebSocketRouteIntegrationBindOptions): { readonly integrationId: string } {
    const route = options.route;
    if (this.api && this.api.node.addr !== route.webSocketApi.node.addr) {
      throwUsageError(route.node.path, this.className, {
        code: 'IntegrationSharedAcrossApis', what: 'an integration belongs to one WebSocket API', got: `a second API, ${route.webSocketApi.node.path}`, fix: 'create one integration per API',
      });
    }
    this.api = route.webSocketApi;
    watchApi(route.webSocketApi);
    const { render, props, facts, responses } = this.validate(options);
    if (!this.integration) {
      if (RESERVED_IDS.test(this.id) || route.node.tryFindChild(this.id)) {
        throwUsageError(route.node.path, this.className, {
          code: 'IntegrationIdTaken', what: 'the integration\'s construct id is free under the route (not Default, Resource, Response or IntegrationRole)', got: JSON.stringify(this.id), fix: 'choose another id, such as the route\'s action name',
        });
      }
      this.integration = new apigwv2.CfnIntegration(route, this.id, props);
      (render.options.responses ?? []).forEach((r, i) => new WebSocketApiIntegrationResponse(route, `IntegrationResponse${i === 0 ? '' : i + 1}`, {
        ...r, webSocketApi: route.webSocketApi, integrationId: this.integration!.ref,
      }));
    }
    if (render.type !== 'AWS_PROXY' && render.type !== 'HTTP_PROXY' || responses.length > 0) warnOnRouteShape(route, facts, responses);
    declareRouteParameters(route, props.requestParameters);
    return { integrationId: this.integration.ref };
  }

  private validate(options: apigwv2.WebSocketRouteIntegrationBindOptions) {
    const render = this.rendered ??= this.describe(options);
    const o = render.options;
    const props: apigwv2.CfnIntegrationProps = {
      apiId: options.route.webSocketApi.apiId,
      integrationType: render.type,
      integrationUri: render.uri,
      integrationMethod: render.method,
      connectionType: render.connectionType,
      connectionId: render.connectionId,
      credentialsArn: render.credentialsArn,
      description: o.description,
      timeoutInMillis: timeoutMs(o.timeout),
      requestParameters: requestParameters(o.requestParameters, render.fixedParameters),
      requestTemplates: o.requestTemplates,
      templateSelectionExpression: o.templateSelectionExpression,
      passthroughBehavior: o.passthroughBehavior,
      contentHandlingStrategy: o.contentHandling,
    };
    const facts: IntegrationFacts = {
      ...v2IntegrationFacts(pascal(props), { kinds: ['WEBSOCKET'] }),
      routeKeys: [options.route.routeKey],
      createdRoleStatements: render.createdRoleStatements,
      ...render.target,
    };
    const responses = (o.responses ?? []).map(r => responseFacts(r, facts));
    assertLiteralKeys(options.route, this.className, [props, ...(o.responses ?? []).map(renderIntegrationResponse)]);
    // the responses together as well: a key used twice (the service refuses the second response)
    const together = { ...facts, integrationResponses: responses.flatMap(r => knownItems(r.integrationResponses)) };
    const verdicts = [judge(facts), ...responses.map(r => judge(r)), judge(together, RESPONSE_SET_RULES)];
    record(options.route, this.className, { errors: verdicts.flatMap(v => v.errors), warnings: verdicts.flatMap(v => v.warnings) });
    return { render, props, facts, responses };
  }
}


/**
 * C88: header and query-string sources are mapped from the route's *declared* request parameters.
 * aws-cdk-lib's `WebSocketRoute` cannot declare them, so they are declared on its `CfnRoute`
 * (not required) once the route exists.
 */
function declareRouteParameters(route: apigwv2.IWebSocketRoute, params: Record<string, string> | undefined): void {
  const sources = Object.values(params ?? {}).filter(v => CONNECT_ONLY_SOURCE.test(v));
  if (sources.length === 0) return;
  Aspects.of(route).add({
    // Visits the route itself, before its children: the CfnRoute is complete by then and
    // IntegrationChecks, which reads it from the integration (a child), has not run yet.
    visit(visited) {
      const node = visited === route ? route.node.tryFindChild('Resource') : undefined;
      if (!(node instanceof apigwv2.CfnRoute)) return;
      const declared = (typeof node.requestParameters === 'object' && node.requestParameters !== null ? node.requestParameters : {}) as Record<string, unknown>;
      node.requestParameters = { ...Object.fromEntries(sources.map(s => [s, { Required: false }])), ...declared };
    },
  }, { priority: AspectPriority.MUTATING });
}

/**
 * C92, C96, for the typed door: once the route exists (it is created after the integration is
 * bound), warn when its responses never reach the client (one-way route), or when a two-way route
 * has no `$default` integration response.
 */
function warnOnRouteShape(route: apigwv2.IWebSocketRoute, facts: IntegrationFacts, responses: IntegrationFacts[]): void {
  route.node.addValidation({
    validate: () => {
      const cfn = route.node.tryFindChild('Resource') as apigwv2.CfnRoute | undefined;
      if (!cfn) return [];
      const returnsResponse = cfn.routeResponseSelectionExpression !== undefined;
      const integrationResponses = responses.flatMap(r => knownItems(r.integrationResponses));
      const found = [
        ...judge({ ...facts, returnsResponse, integrationResponses }).warnings,
        ...(responses.length > 0 ? judge({ ...responses[0], returnsResponse }).warnings : []),
      ];
      warn(route, found.filter(w => w.code === 'IntegrationResponseMissing' || w.code === 'IntegrationResponseNotReturned'));
      return [];
    },
  });
}
