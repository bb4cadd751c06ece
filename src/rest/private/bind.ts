import { AspectPriority, Aspects, IAspect, Stack, Token } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { IConstruct } from 'constructs';
import { RenderedConnection, RestSpec, toCfnIntegration, toIntegrationConfig } from './render';
import { restMethodFacts } from '../../core/cfn-facts';
import { throwValidationError } from '../../core/errors';
import { Fact, Unknown } from '../../core/facts';
import { RULES } from '../../core/rules';
import { REST_METHOD_RULE_CODES } from '../../core/rules/rest';
import { assertLiteralKeys, judge, Verdict, warn } from '../../core/validate';
import { listFact, stringFact } from '../../core/values';

/**
 * The bind step every REST class shares: render, judge the integration (all errors at once, with
 * the method's path), and — when the integration uses method request parameters, cache keys,
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
}

const METHOD_SOURCE = /^method\.request\.(multivalue)?(path|querystring|header)\.(.+)$/;

function needsOf(config: apigw.IntegrationConfig, connection?: RenderedConnection): MethodNeeds {
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
  };
}

/** Completes the registered methods of one stack (see {@link completeMethod}). */
class CompleteMethods implements IAspect {
  /** The methods of one API to complete, with what each needs. */
  public readonly methods = new Map<IConstruct, MethodNeeds>();

  public visit(node: IConstruct): void {
    const needs = this.methods.get(node);
    if (needs) completeMethod(node as apigw.Method, needs);
  }
}

/** One completing aspect per stack (an aspect per method would make aws-cdk-lib walk the tree once per method). */
const completers = new WeakMap<IConstruct, CompleteMethods>();

function completeLater(method: apigw.Method, needs: MethodNeeds): void {
  const stack = Stack.of(method);
  let completer = completers.get(stack);
  if (!completer) {
    completer = new CompleteMethods();
    completers.set(stack, completer);
    Aspects.of(stack).add(completer, { priority: AspectPriority.MUTATING });
  }
  completer.methods.set(method, needs);
}

/**
 * Completes a method at synth, before it is rendered: declares the method request parameters
 * the integration maps when the method declares none itself, adds a method response for every
 * integration response status code the method does not declare, and sets the VPC link v2
 * integration target (aws-cdk-lib's `Method` has no such option).
 */
function completeMethod(method: apigw.Method, needs: MethodNeeds): void {
  const cfn = method.node.defaultChild as apigw.CfnMethod;
  if (cfn.requestParameters === undefined && needs.requestParameters.length > 0) {
    cfn.requestParameters = Object.fromEntries(needs.requestParameters.map(k => [k, k.startsWith('method.request.path.')]));
  }
  if (needs.responses.length > 0) {
    const current = Stack.of(cfn).resolve(cfn.methodResponses) as Array<{ statusCode?: unknown }> | undefined;
    const have = new Set((Array.isArray(current) ? current : []).map(m => String(m.statusCode)));
    for (const r of needs.responses) {
      if (have.has(r.statusCode)) continue;
      have.add(r.statusCode);
      method.addMethodResponse({
        statusCode: r.statusCode,
        responseParameters: r.headers.length > 0 ? Object.fromEntries(r.headers.map(h => [h, false])) : undefined,
      });
    }
  }
  if (needs.integrationTarget !== undefined) cfn.addPropertyOverride('Integration.IntegrationTarget', needs.integrationTarget);
}

/** The method's declarations as the `CfnMethod` holds them now (camelCase L1 values -> CloudFormation's shape). */
function declarationsOf(cfn: apigw.CfnMethod): Record<string, unknown> {
  const stack = Stack.of(cfn);
  const responses = stack.resolve(cfn.methodResponses) as unknown;
  return {
    HttpMethod: cfn.httpMethod,
    RequestParameters: stack.resolve(cfn.requestParameters),
    MethodResponses: Array.isArray(responses)
      ? responses.map((m: { statusCode?: unknown; responseParameters?: unknown }) => ({
        StatusCode: m.statusCode, ResponseParameters: m.responseParameters,
      }))
      : responses,
  };
}

/**
 * Judges the method's own declarations against the integration once the tree is complete. Only
 * the declarations are resolved (not the whole method): the integration is the one judged at bind.
 */
function crossCheck(method: apigw.Method, className: string, integration: Record<string, unknown>): void {
  method.node.addValidation({
    validate: () => {
      const cfn = method.node.defaultChild as apigw.CfnMethod;
      const facts = restMethodFacts({ ...declarationsOf(cfn), Integration: integration }, { resourcePath: method.resource.path });
      if (!facts) return [];
      const verdict = judge(facts, METHOD_RULES);
      if (verdict.errors.length > 0) throwValidationError(method.node.path, className, verdict.errors);
      return [];
    },
  });
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

/** Renders, validates and wires one REST integration on `method`. */
export function bindRest(method: apigw.Method, className: string, spec: RestSpec): apigw.IntegrationConfig {
  const config = toIntegrationConfig(spec);
  const integration = toCfnIntegration(method, spec, config);
  const facts = restMethodFacts({ HttpMethod: method.httpMethod, Integration: integration }, {
    endpointTypes: endpointTypesOf(method.api),
    resourcePath: method.resource.path,
    vpcLinkVersion: spec.connection?.version,
  });
  // The method's own declarations are not known yet: they are cross-checked at synth.
  assertLiteralKeys(method, className, integration);
  if (facts) {
    // The integration alone is judged here; an integration shared by many methods of one API is judged once.
    const verdicts = verdictCache(method.api);
    const key = `${spec.connection?.version ?? ''}|${cacheKey(integration)}`;
    let verdict = verdicts.get(key);
    if (!verdict) {
      verdict = judge({ ...facts, method: undefined });
      verdicts.set(key, verdict);
    }
    warn(method, verdict.warnings);
    if (verdict.errors.length > 0) throwValidationError(method.node.path, className, verdict.errors);
  }
  const needs = needsOf(config, spec.connection);
  if (needs.requestParameters.length > 0 || needs.responses.length > 0 || needs.integrationTarget !== undefined) {
    completeLater(method, needs);
    crossCheck(method, className, integration);
  }
  return config;
}
