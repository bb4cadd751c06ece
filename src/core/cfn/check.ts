import { apiFacts } from './api';
import { CfnGraph, isOfType } from './graph';
import { openApiFacts } from './openapi';
import { methodFacts } from './rest';
import { TemplateGraph } from './template';
import { integrationFacts, integrationResponseFacts, protocolKindIn } from './v2';
import { Problem } from '../errors';
import { IntegrationFacts } from '../facts';
import { judge } from '../validate';

/**
 * The rule table over the resources of a graph: every REST method, v2 integration and
 * integration response, every API (quotas), and every OpenAPI definition a REST API, an HTTP API
 * or a SAM API carries in its template. What the CLI, the cdk-nag pack and the validation plugin
 * run; the aspect reads the same resources through the same readers. INTERNAL.
 */

/** One problem of one resource. */
export interface ResourceFinding {
  /** The resource's name in the graph: the logical id (templates) or the construct path (apps). */
  readonly resource: string;
  /** The resource itself. */
  readonly target: object;
  /** Where in the resource: `Properties.Integration`, `Properties.Body.paths./items/{id}.get`. */
  readonly path: string;
  readonly code: string;
  readonly severity: 'error' | 'warning';
  /** `what, got …; fix`. */
  readonly message: string;
}

/** `what, got …; fix` */
function messageOf(p: Problem): string {
  return `${p.what}, got ${p.got}; ${p.fix}`;
}

/** The OpenAPI definitions a resource carries inline, with the API kind they define. */
const DEFINITIONS: Record<string, { property: string; kind: 'REST' | 'HTTP' }> = {
  'AWS::ApiGateway::RestApi': { property: 'Body', kind: 'REST' },
  'AWS::ApiGatewayV2::Api': { property: 'Body', kind: 'HTTP' },
  'AWS::Serverless::Api': { property: 'DefinitionBody', kind: 'REST' },
  'AWS::Serverless::HttpApi': { property: 'DefinitionBody', kind: 'HTTP' },
};

/** Judges one set of facts into findings. */
export function findingsOf(facts: IntegrationFacts, resource: string, target: object, path: string): ResourceFinding[] {
  const verdict = judge(facts);
  const out: ResourceFinding[] = [];
  for (const p of verdict.errors) out.push({ resource, target, path, code: p.code, severity: 'error', message: messageOf(p) });
  for (const p of verdict.warnings) out.push({ resource, target, path, code: p.code, severity: 'warning', message: messageOf(p) });
  return out;
}

/** Every finding of one OpenAPI definition (a resource's `Body`, or a whole file). */
export function definitionFindings(definition: unknown, kind: 'REST' | 'HTTP' | undefined, resource: string, target: object, prefix: string): ResourceFinding[] {
  return openApiFacts(definition, kind).flatMap(o => findingsOf(o.facts, resource, target, `${prefix}${o.path}`));
}

/** The facts of one resource of the graph (an integration, a method, a response or an API), if it is one the rules judge. */
export function resourceFacts(graph: CfnGraph, r: object): IntegrationFacts | undefined {
  switch (graph.typeOf(r)) {
    case 'AWS::ApiGateway::Method': return methodFacts(graph, r);
    case 'AWS::ApiGatewayV2::Integration': return integrationFacts(graph, r);
    case 'AWS::ApiGatewayV2::IntegrationResponse': return integrationResponseFacts(graph, r);
    case 'AWS::ApiGateway::RestApi':
    case 'AWS::ApiGatewayV2::Api': return apiFacts(graph, r);
    default: return undefined;
  }
}

const PATHS: Record<string, string> = {
  'AWS::ApiGateway::Method': 'Properties.Integration',
  'AWS::ApiGatewayV2::Integration': 'Properties',
  'AWS::ApiGatewayV2::IntegrationResponse': 'Properties',
  'AWS::ApiGateway::RestApi': '',
  'AWS::ApiGatewayV2::Api': '',
};

/** Every finding of a CloudFormation template (its `Resources`; a SAM template's APIs included). */
export function checkTemplate(template: unknown): ResourceFinding[] {
  const graph = new TemplateGraph(template);
  const out: ResourceFinding[] = [];
  for (const r of graph.resources.values()) {
    const path = PATHS[r.type];
    if (path !== undefined) {
      const facts = resourceFacts(graph, r);
      if (facts) out.push(...findingsOf(facts, r.logicalId, r, path));
    }
    const definition = DEFINITIONS[r.type];
    const body = definition ? r.properties[definition.property] : undefined;
    if (definition && body !== undefined) {
      // a v2 API's Body defines an HTTP API (WebSocket APIs cannot be imported)
      const kind = isOfType(graph, r, 'AWS::ApiGatewayV2::Api') && protocolKindIn(graph, r) === 'WEBSOCKET' ? undefined : definition.kind;
      if (kind) out.push(...definitionFindings(body, kind, r.logicalId, r, `Properties.${definition.property}.`));
    }
  }
  return out;
}
