import { CfnResource } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { cfnPropertiesOf, isCfnOfType, propertyOf, resourcesOfType } from './l1';
import { definedOutsideTheApp } from './rest';
import { protocolKindOf } from './v2';
import { throwValidationError } from '../errors';
import { IntegrationFacts } from '../facts';
import { judge, warn } from '../validate';

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

/** The resource types counted, and the L1 attribute (then the CloudFormation property) naming their API. */
const COUNTED: ReadonlyArray<[type: string, attribute: string, property: string, count: (c: Counts, r: CfnResource) => void]> = [
  ['AWS::ApiGateway::Resource', 'restApiId', 'RestApiId', c => c.resources++],
  ['AWS::ApiGateway::Method', 'restApiId', 'RestApiId', (c, r) => {
    c.methods++;
    if (propertyOf(r, 'integration', 'Integration') === undefined) c.methodsWithoutIntegration.push(r.node.path);
  }],
  ['AWS::ApiGateway::Deployment', 'restApiId', 'RestApiId', c => c.deployments++],
  ['AWS::ApiGatewayV2::Integration', 'apiId', 'ApiId', c => c.integrations++],
  ['AWS::ApiGatewayV2::Route', 'apiId', 'ApiId', c => c.routes++],
];

function noCounts(): Counts {
  return { resources: 0, methods: 0, methodsWithoutIntegration: [], deployments: 0, integrations: 0, routes: 0 };
}

const indexes = new WeakMap<IConstruct, Map<unknown, Counts>>();

/**
 * The counts of every API of the app, keyed by the value of each resource's `RestApiId` / `ApiId`:
 * the API's `ref` token when it refers to an API of the app (tokens are interned: the same
 * reference is the same string). Built once per app, from the app's one walk.
 */
function indexOf(api: CfnResource): Map<unknown, Counts> {
  const root = api.node.root;
  const hit = indexes.get(root);
  if (hit) return hit;
  const index = new Map<unknown, Counts>();
  for (const [type, attribute, property, count] of COUNTED) {
    for (const r of resourcesOfType(root, type)) {
      const key = propertyOf(r, attribute, property);
      let counts = index.get(key);
      if (!counts) {
        counts = noCounts();
        index.set(key, counts);
      }
      count(counts, r);
    }
  }
  indexes.set(root, index);
  return index;
}

/**
 * The facts of a REST API (`AWS::ApiGateway::RestApi`) or an HTTP or WebSocket API
 * (`AWS::ApiGatewayV2::Api`), or `undefined` for anything else (a v2 API whose protocol is a token).
 */
export function factsOfApi(api: CfnResource): IntegrationFacts | undefined {
  const kind = isCfnOfType(api, REST_API) ? 'REST' : protocolKindOf(api);
  if (!kind) return undefined;
  const c = indexOf(api).get(api.ref) ?? noCounts();
  if (kind === 'REST') {
    const opaque = definedOutsideTheApp(cfnPropertiesOf(api));
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

/** `HttpApi`, `RestApi`, … (aws-cdk-lib's classes are renamed in its bundle: read the jsii type name). */
function classNameOf(x: IConstruct): string {
  const rtti = (x.constructor as unknown as Record<symbol, { fqn?: string } | undefined>)[Symbol.for('jsii.rtti')];
  return rtti?.fqn?.split('.').pop() ?? x.constructor.name;
}

const watched = new WeakSet<IConstruct>();

/**
 * Called by the typed constructs for the API they are bound to: judges the API (quotas,
 * deployability) when the app is validated, once the tree is complete — errors in one report
 * naming the API, warnings on it. APIs imported from outside the app (no L1 of their own) are not
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
      const verdict = judge(facts);
      warn(api, verdict.warnings);
      if (verdict.errors.length > 0) throwValidationError(api.node.path, classNameOf(api), verdict.errors);
      return [];
    },
  });
}
