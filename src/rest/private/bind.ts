import { AspectPriority, Aspects, IAspect, Stack, Token } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { IConstruct } from 'constructs';
import { RenderedConnection, RestSpec, toCfnIntegration, toIntegrationConfig } from './render';
import { watchApi } from '../../core/cfn/api';
import { restMethodFacts } from '../../core/cfn-facts';
import { Fact, Unknown } from '../../core/facts';
import { RULES } from '../../core/rules';
import { REST_METHOD_RULE_CODES } from '../../core/rules/methods';
import { assertLiteralKeys, judge, record, Verdict } from '../../core/validate';
import { listFact, stringFact } from '../../core/values';

/**
 * The bind step every REST class shares: render, judge the integration (all errors recorded at once
 * on the method, never thrown), and — when the integration uses method request parameters, cache keys,
 * integration responses or a VPC link v2 target — complete the method at synth and cross-check it.
 * INTERNAL.
 */

const METHOD_RULES = RULES.filter(r => REST_METHOD_RULE_CODES.includes(r.code));

/** The REST API's endpoint types from its L1, without rendering it (EDGE is CloudFormation's default). */
function endpointTypesOf(api: apigw.IRestApi): Fact<Fact<string>[]> {
  const cfn = api.node.defaultChild;
  if (!(cfn instanceof apigw.CfnRestApi)) return new Unknown();
  if (cfn.body !== undefined || cfn.bodyS3Location !== undefined || cfn.cloneFrom !== undefined) return new Unknown();
  const ec = cfn.endpointConfiguration;
  if (ec === undefined) return ['EDGE'];
  if (Token.isUnresolved(ec)) return new Unknown();
  return listFact((ec as apigw.CfnRestApi.EndpointConfigurationProperty).types, stringFact);
}

/** What the method must declare for the integration: request parameters and method responses. */
interface MethodNeeds {
  readonly requestParameters: string[];
  readonly responses: Array<{ statusCode: string; headers: string[] }>;
  readonly integrationTarget?: string;
  readonly responseTransferMode?: string;
}

const METHOD_SOURCE = /^method\.request\.(multivalue)?(path|querystring|header)\.(.+)$/;

function needsOf(config: apigw.IntegrationConfig, connection?: RenderedConnection, responseTransferMode?: string): MethodNeeds {
  const o = config.options ?? {};
  const sources = [...Object.values(o.requestParameters ?? {}), ...(o.cacheKeyParameters ?? [])];
  // A source whose name is a token cannot be declared: a CloudFormation map key must be a literal.
  const declarations = sources.filter(s => !Token.isUnresolved(s)).map(s => METHOD_SOURCE.exec(s))
    .filter((m): m is RegExpExecArray => m !== null).map(m => `method.request.${m[2]}.${m[3]}`);
  const proxy = config.type === apigw.IntegrationType.AWS_PROXY || config.type === apigw.IntegrationType.HTTP_PROXY;
  return {
    requestParameters: [...new Set(declarations)],
    responses: proxy ? [] : (o.integrationResponses ?? []).map(r => ({ statusCode: r.statusCode, headers: Object.keys(r.responseParameters ?? {}) })),
    integrationTarget: connection?.integrationTarget,
    responseTransferMode,
  };
}

/** What the synth-time completion of one method needs: the method's needs and the integration it is checked against. */
interface Pending {
  readonly needs: MethodNeeds;
  readonly className: string;
  /** The integration in CloudFormation's shape. */
  readonly integration: Record<string, unknown>;
  /** Equal for two methods whose integrations render the same (see {@link cacheKey}). */
  readonly integrationKey: string;
}

/** Completes and cross-checks the registered methods of one stack (see {@link completeMethod}). */
class CompleteMethods implements IAspect {
  /** The methods to complete, with what each needs. */
  public readonly methods = new Map<IConstruct, Pending>();
  /** Cross-check verdicts by integration and declarations: methods declared alike are judged once. */
  private readonly verdicts = new Map<string, Verdict>();

  public visit(node: IConstruct): void {
    const pending = this.methods.get(node);
    if (!pending) return;
    const method = node as apigw.Method;
    const declarations = completeMethod(method, pending.needs);
    const key = `${pending.integrationKey}|${cacheKey(declarations)}`;
    let verdict = this.verdicts.get(key);
    if (!verdict) {
      const facts = restMethodFacts({ ...declarations, Integration: pending.integration }, { resourcePath: method.resource.path });
      verdict = facts ? judge(facts, METHOD_RULES) : { errors: [], warnings: [] };
      this.verdicts.set(key, verdict);
    }
    // errors only: the method's warnings were recorded at bind
    record(method, pending.className, { errors: verdict.errors, warnings: [] });
  }
}

/** One completing aspect per stack (an aspect per method would make aws-cdk-lib walk the tree once per method). */
const completers = new WeakMap<IConstruct, CompleteMethods>();

function completeLater(method: apigw.Method, pending: Pending): void {
  const stack = Stack.of(method);
  let completer = completers.get(stack);
  if (!completer) {
    completer = new CompleteMethods();
    completers.set(stack, completer);
    Aspects.of(stack).add(completer, { priority: AspectPriority.MUTATING });
  }
  completer.methods.set(method, pending);
}

/** True when the resource path (`/items/{id}`, `/{proxy+}`) has the path parameter `name`. */
function inPath(path: string, name: string): boolean {
  return path.includes(`{${name}}`) || path.includes(`{${name}+}`);
}

/**
 * Completes a method at synth, before it is rendered: declares the method request parameters
 * the integration maps when the method declares none itself, adds a method response for every
 * integration response status code the method does not declare, and sets the VPC link v2
 * integration target and the response transfer mode (options aws-cdk-lib's `Method` lacks on the
 * peer floor). Returns the method's declarations as they are now, in CloudFormation's shape,
 * for the cross-check.
 */
function completeMethod(method: apigw.Method, needs: MethodNeeds): Record<string, unknown> {
  const cfn = method.node.defaultChild as apigw.CfnMethod;
  const stack = Stack.of(cfn);
  let requestParameters: unknown;
  // a path parameter the resource path does not have is not declared for the user: the cross-check
  // then names it (a misspelling would otherwise deploy and always be empty)
  const declarable = needs.requestParameters.filter(k => !k.startsWith('method.request.path.') || inPath(method.resource.path, k.slice('method.request.path.'.length)));
  if (cfn.requestParameters === undefined && declarable.length > 0) {
    requestParameters = Object.fromEntries(declarable.map(k => [k, k.startsWith('method.request.path.')]));
    cfn.requestParameters = requestParameters as Record<string, boolean>;
  } else {
    requestParameters = stack.resolve(cfn.requestParameters);
  }
  if (needs.integrationTarget !== undefined) cfn.addPropertyOverride('Integration.IntegrationTarget', needs.integrationTarget);
  // aws-cdk-lib's IntegrationOptions.responseTransferMode is newer than the peer floor: CloudFormation's property, directly
  if (needs.responseTransferMode !== undefined) cfn.addPropertyOverride('Integration.ResponseTransferMode', needs.responseTransferMode);

  const resolved = stack.resolve(cfn.methodResponses) as unknown;
  const responses: Array<{ StatusCode?: unknown; ResponseParameters?: unknown }> = (Array.isArray(resolved) ? resolved : [])
    .map((m: { statusCode?: unknown; responseParameters?: unknown }) => ({ StatusCode: m.statusCode, ResponseParameters: m.responseParameters }));
  const have = new Set(responses.map(m => String(m.StatusCode)));
  const added: Array<{ StatusCode: string; ResponseParameters?: Record<string, boolean> }> = [];
  for (const r of needs.responses) {
    if (have.has(r.statusCode)) continue;
    have.add(r.statusCode);
    const responseParameters = r.headers.length > 0 ? Object.fromEntries(r.headers.map(h => [h, false])) : undefined;
    method.addMethodResponse({ statusCode: r.statusCode, responseParameters });
    // what the method renders now, without resolving it again
    const response = responseParameters ? { StatusCode: r.statusCode, ResponseParameters: responseParameters } : { StatusCode: r.statusCode };
    responses.push(response);
    added.push(response);
  }
  // older aws-cdk-lib releases (the 2.172 floor) cache the method's responses when first resolved (above), so the ones
  // added here would not render: write the whole list (the user's, resolved, then ours) as CloudFormation's property
  if (added.length > 0 && (Array.isArray(resolved) || resolved === undefined)) {
    type Declared = { statusCode?: unknown; responseParameters?: unknown; responseModels?: unknown };
    const declared = (Array.isArray(resolved) ? resolved : []).map((m: Declared) => Object.fromEntries(
      Object.entries({ StatusCode: m.statusCode, ResponseParameters: m.responseParameters, ResponseModels: m.responseModels })
        .filter(([, v]) => v !== undefined)));
    cfn.addPropertyOverride('MethodResponses', [...declared, ...added]);
  }
  return {
    HttpMethod: cfn.httpMethod,
    RequestParameters: requestParameters,
    // a method response list the method's owner replaced by a token is judged as it is
    MethodResponses: Array.isArray(resolved) || (resolved === undefined && responses.length > 0) ? responses : resolved,
  };
}

const verdictCaches = new WeakMap<IConstruct, Map<string, Verdict>>();

function verdictCache(api: IConstruct): Map<string, Verdict> {
  let cache = verdictCaches.get(api);
  if (!cache) {
    cache = new Map();
    verdictCaches.set(api, cache);
  }
  return cache;
}

/** Ids of token objects, so that two different tokens never share a cache key. */
const tokenIds = new WeakMap<object, number>();
let nextTokenId = 0;

/**
 * A key equal for two renderings only when every value, and every token (by identity), is the same.
 * (Not JSON.stringify: tokens' toJSON would make two different tokens look alike.)
 */
function cacheKey(x: unknown): string {
  if (x === null || typeof x !== 'object') return typeof x === 'string' ? JSON.stringify(x) : String(x);
  if (Token.isUnresolved(x)) {
    let id = tokenIds.get(x);
    if (id === undefined) {
      id = nextTokenId++;
      tokenIds.set(x, id);
    }
    return `<token ${id}>`;
  }
  if (Array.isArray(x)) return `[${x.map(cacheKey).join(',')}]`;
  return `{${Object.entries(x as Record<string, unknown>).filter(([, v]) => v !== undefined).map(([k, v]) => `${JSON.stringify(k)}:${cacheKey(v)}`).join(',')}}`;
}

/** One integration rendered, judged and wired for one API: what every method it is bound to again reuses. */
interface Memo {
  readonly api: IConstruct;
  readonly spec: RestSpec;
  readonly config: apigw.IntegrationConfig;
  /** The integration's own verdict, recorded on every method it is bound to. */
  readonly verdict: Verdict;
  /** Set when the methods must be completed and cross-checked at synth. */
  readonly pending?: Omit<Pending, 'className'>;
}

/** Memos by the rendering's options object (classes keep one per instance, so a shared integration hits). */
const memos = new WeakMap<object, Memo[]>();

const SPEC_FIELDS: ReadonlyArray<keyof RestSpec> = [
  'type', 'integrationHttpMethod', 'uri', 'options', 'credentialsRole', 'credentialsPassthrough', 'connection', 'responseTransferMode', 'deploymentToken', 'target',
];

function sameSpec(a: RestSpec, b: RestSpec): boolean {
  return SPEC_FIELDS.every(f => a[f] === b[f]);
}

/**
 * Renders, validates and wires one REST integration on `method`.
 *
 * An integration shared by many methods of one API renders and is judged once: a later bind with
 * the same rendering (every spec field identical) reuses the first one's configuration and verdict,
 * and only does what is per method — its warnings, and registering it for completion at synth.
 */
export function bindRest(method: apigw.Method, className: string, spec: RestSpec): apigw.IntegrationConfig {
  let list = memos.get(spec.options);
  let memo = list?.find(m => m.api === method.api && sameSpec(m.spec, spec));
  if (!memo) {
    memo = firstBind(method, className, spec);
    if (!list) {
      list = [];
      memos.set(spec.options, list);
    }
    list.push(memo);
  }
  record(method, className, memo.verdict);
  if (memo.pending) completeLater(method, { ...memo.pending, className });
  // aws-cdk-lib's Method only reads the configuration; each bind still gets its own object
  return { ...memo.config };
}

function firstBind(method: apigw.Method, className: string, spec: RestSpec): Memo {
  watchApi(method.api); // the API's quotas and deployability, judged once per API at synth
  const config = toIntegrationConfig(method, spec);
  const integration = toCfnIntegration(method, spec, config);
  // The integration alone is judged here (the method's own declarations are cross-checked at synth);
  // equal renderings (e.g. one integration instance per method) are judged once per API.
  const integrationKey = `${spec.connection?.version ?? ''}|${cacheKey(integration)}|${cacheKey(spec.target)}`;
  const verdicts = verdictCache(method.api);
  let verdict = verdicts.get(integrationKey);
  if (!verdict) {
    assertLiteralKeys(method, className, integration);
    const context = { endpointTypes: endpointTypesOf(method.api), vpcLinkVersion: spec.connection?.version };
    const facts = restMethodFacts({ Integration: integration }, context);
    verdict = facts ? judge({ ...facts, ...spec.target, method: undefined }) : { errors: [], warnings: [] };
    verdicts.set(integrationKey, verdict);
  }
  const needs = needsOf(config, spec.connection, spec.responseTransferMode);
  const pending = needs.requestParameters.length > 0 || needs.responses.length > 0 || needs.integrationTarget !== undefined
    || needs.responseTransferMode !== undefined
    ? { needs, integration, integrationKey }
    : undefined;
  return { api: method.api, spec, config, verdict, pending };
}
