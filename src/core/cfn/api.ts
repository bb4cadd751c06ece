import { CfnResource } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { CfnGraph, isOfType, l1Graph } from './graph';
import { isCfnOfType } from './l1';
import { definedOutsideTheApp } from './rest';
import { protocolKindIn } from './v2';
import { IntegrationFacts } from '../facts';
import { judge, record } from '../validate';

/**
 * What an app puts in each of its APIs, counted from the L1 resources that refer to the API
 * (`RestApiId`, `ApiId`): the facts of subject `api` (quotas C81, C98, C105; deployability C48).
 * INTERNAL.
 */

interface Counts {
  resources: number;
  methods: number;
  readonly methodsWithoutIntegration: string[];
  deployments: number;
  integrations: number;
  routes: number;
}

const REST_API = 'AWS::ApiGateway::RestApi';
const V2_API = 'AWS::ApiGatewayV2::Api';

/** The resource types counted, and the property naming their API. */
const COUNTED: ReadonlyArray<[type: string, property: string, count: (c: Counts, r: object, g: CfnGraph) => void]> = [
  ['AWS::ApiGateway::Resource', 'RestApiId', c => c.resources++],
  ['AWS::ApiGateway::Method', 'RestApiId', (c, r, g) => {
    c.methods++;
    if (g.referenceValue(r, 'Integration') === undefined) c.methodsWithoutIntegration.push(g.nameOf(r));
  }],
  ['AWS::ApiGateway::Deployment', 'RestApiId', c => c.deployments++],
  ['AWS::ApiGatewayV2::Integration', 'ApiId', c => c.integrations++],
  ['AWS::ApiGatewayV2::Route', 'ApiId', c => c.routes++],
];

function noCounts(): Counts {
  return { resources: 0, methods: 0, methodsWithoutIntegration: [], deployments: 0, integrations: 0, routes: 0 };
}

const indexes = new WeakMap<CfnGraph, Map<object, Counts>>();

/** The counts of every API of a graph, keyed by the API resource each resource's `RestApiId` / `ApiId` refers to. Built once per graph. */
function indexOf(graph: CfnGraph): Map<object, Counts> {
  const hit = indexes.get(graph);
  if (hit) return hit;
  const index = new Map<object, Counts>();
  for (const [type, property, count] of COUNTED) {
    for (const r of graph.resourcesOfType(type)) {
      const key = graph.targetOf(graph.referenceValue(r, property));
      if (key === undefined) continue;
      let counts = index.get(key);
      if (!counts) {
        counts = noCounts();
        index.set(key, counts);
      }
      count(counts, r, graph);
    }
  }
  indexes.set(graph, index);
  return index;
}

/**
 * The facts of a REST API (`AWS::ApiGateway::RestApi`) or an HTTP or WebSocket API
 * (`AWS::ApiGatewayV2::Api`) of a graph, or `undefined` for anything else (a v2 API whose protocol is not known).
 */
export function apiFacts(graph: CfnGraph, api: object): IntegrationFacts | undefined {
  const kind = isOfType(graph, api, REST_API) ? 'REST' : protocolKindIn(graph, api);
  if (!kind) return undefined;
  const c = indexOf(graph).get(api) ?? noCounts();
  if (kind === 'REST') {
    const opaque = definedOutsideTheApp(graph.propertiesOf(api));
    return {
      kinds: ['REST'],
      subject: 'api',
      resourceCount: c.resources,
      methodCount: opaque ? undefined : c.methods,
      methodsWithoutIntegration: c.methodsWithoutIntegration,
      deployed: opaque ? undefined : c.deployments > 0,
    };
  }
  return { kinds: [kind], subject: 'api', integrationCount: c.integrations, routeCount: c.routes };
}

/** The facts of an L1 API. */
export function factsOfApi(api: CfnResource): IntegrationFacts | undefined {
  return apiFacts(l1Graph(api), api);
}

/** `HttpApi`, `RestApi`, … read from the jsii type name, which stays when a bundler renames the class. */
function classNameOf(x: IConstruct): string {
  const rtti: unknown = Reflect.get(x.constructor, Symbol.for('jsii.rtti'));
  const fqn: unknown = typeof rtti === 'object' && rtti !== null ? Reflect.get(rtti, 'fqn') : undefined;
  return typeof fqn === 'string' ? fqn.split('.').pop() ?? fqn : x.constructor.name;
}

const watched = new WeakSet<IConstruct>();

/**
 * Called by the typed constructs for the API they are bound to: judges the API (quotas,
 * deployability) when the app is validated, once the tree is complete — errors in one report
 * recorded on the API, warnings on it. APIs imported from outside the app (no L1 of their own) are not
 * judged.
 */
export function watchApi(api: IConstruct): void {
  if (watched.has(api)) return;
  watched.add(api);
  const cfn = api.node.defaultChild;
  if (!isCfnOfType(cfn, REST_API) && !isCfnOfType(cfn, V2_API)) return;
  api.node.addValidation({
    validate: () => {
      const facts = factsOfApi(cfn);
      if (!facts) return [];
      // recorded, not returned: a failed validation would stop synthesis and hide every other finding
      record(api, classNameOf(api), judge(facts));
      return [];
    },
  });
}
