import { CfnResource, Stack, Token, Tokenization } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { attributeOf, cfnPropertiesOf, isCfnOfType } from './l1';
import { v2IntegrationFacts, v2IntegrationResponseFacts } from '../core/cfn-facts';
import { ApiKind, Fact, IntegrationFacts, Unknown } from '../core/facts';
import { booleanFact, mapFact, objectFact, referenceTarget, stringFact } from '../core/values';

/** `AWS::ApiGatewayV2::Integration` / `IntegrationResponse` -> facts. INTERNAL. */

/** The protocol of the `AWS::ApiGatewayV2::Api` an `ApiId` refers to; both v2 kinds when it cannot be resolved. */
function kindsOf(apiId: unknown): readonly ApiKind[] {
  const api = referenceTarget(apiId);
  if (!isCfnOfType(api, 'AWS::ApiGatewayV2::Api')) return ['HTTP', 'WEBSOCKET'];
  const protocol = cfnPropertiesOf(api).ProtocolType;
  if (protocol === 'HTTP') return ['HTTP'];
  if (protocol === 'WEBSOCKET') return ['WEBSOCKET'];
  return ['HTTP', 'WEBSOCKET'];
}

const integrationCache = new WeakMap<CfnResource, IntegrationFacts>();
const routeIndex = new WeakMap<IConstruct, Map<unknown, CfnResource[]>>();

/** The `AWS::ApiGatewayV2::Route`s of the integration's stack whose `Target` refers to it (one index per stack). */
function routesOf(integration: CfnResource): CfnResource[] {
  const stack = Stack.of(integration);
  let index = routeIndex.get(stack);
  if (!index) {
    index = new Map();
    for (const c of stack.node.findAll()) {
      if (!isCfnOfType(c, 'AWS::ApiGatewayV2::Route')) continue;
      const target = attributeOf(c, 'target');
      if (typeof target !== 'string' || !Token.isUnresolved(target)) continue;
      for (const token of Tokenization.reverseString(target).tokens) {
        const t = 'target' in token ? (token as unknown as { target: unknown }).target : undefined;
        if (t !== undefined) index.set(t, [...(index.get(t) ?? []), c]);
      }
    }
    routeIndex.set(stack, index);
  }
  return index.get(integration) ?? [];
}

/** WebSocket: the keys of the routes serving the integration, and whether they are all two-way (C88, C96). */
function routeFacts(integration: CfnResource): Pick<IntegrationFacts, 'routeKeys' | 'returnsResponse' | 'routeRequestParameters'> {
  const routes = routesOf(integration);
  if (routes.length === 0) return {};
  const props = routes.map(r => cfnPropertiesOf(r));
  const selections: Fact<string>[] = props.map(p => stringFact(p.RouteResponseSelectionExpression));
  const returnsResponse = selections.some(s => s instanceof Unknown) ? new Unknown() : selections.every(s => s !== undefined);
  const required = (x: unknown): Fact<boolean> => {
    const o = objectFact(x);
    return o === undefined || o instanceof Unknown ? o : booleanFact(o.Required);
  };
  const declared = props.map(p => mapFact(p.RequestParameters, required));
  const routeRequestParameters = declared.some(d => d instanceof Unknown) ? new Unknown()
    : Object.assign({}, ...declared.map(d => d ?? {})) as Record<string, Fact<boolean>>;
  return { routeKeys: props.map(p => stringFact(p.RouteKey)), returnsResponse, routeRequestParameters };
}

export function factsOfCfnIntegration(integration: CfnResource): IntegrationFacts {
  const hit = integrationCache.get(integration);
  if (hit) return hit;
  const props = cfnPropertiesOf(integration);
  const kinds = kindsOf(attributeOf(integration, 'apiId'));
  const base = v2IntegrationFacts(props, { kinds });
  const facts = kinds.includes('WEBSOCKET') ? { ...base, ...routeFacts(integration) } : base;
  integrationCache.set(integration, facts);
  return facts;
}

export function factsOfCfnIntegrationResponse(response: CfnResource): IntegrationFacts {
  const props = cfnPropertiesOf(response);
  const target = referenceTarget(attributeOf(response, 'integrationId'));
  const integration = isCfnOfType(target, 'AWS::ApiGatewayV2::Integration') ? factsOfCfnIntegration(target) : undefined;
  return v2IntegrationResponseFacts(props, integration, { kinds: integration?.kinds ?? kindsOf(attributeOf(response, 'apiId')) });
}
