import { CfnResource } from 'aws-cdk-lib';
import { attributeOf, cfnPropertiesOf, isCfnOfType } from './l1';
import { v2IntegrationFacts, v2IntegrationResponseFacts } from '../core/cfn-facts';
import { ApiKind, Fact, IntegrationFacts } from '../core/facts';
import { referenceTarget, stringFact } from '../core/values';

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

/**
 * The type of the state machine a Step Functions subtype integration calls, when its
 * `StateMachineArn` parameter refers to an `AWS::StepFunctions::StateMachine` in the app
 * (CloudFormation's default type is STANDARD).
 */
function stateMachineTypeOf(integration: CfnResource, props: Record<string, unknown>): Fact<string> {
  if (typeof props.IntegrationSubtype !== 'string' || !props.IntegrationSubtype.startsWith('StepFunctions-')) return undefined;
  const params = attributeOf(integration, 'requestParameters');
  if (params === null || typeof params !== 'object') return undefined;
  const target = referenceTarget((params as Record<string, unknown>).StateMachineArn);
  if (!isCfnOfType(target, 'AWS::StepFunctions::StateMachine')) return undefined;
  return stringFact(cfnPropertiesOf(target).StateMachineType ?? 'STANDARD');
}

const integrationCache = new WeakMap<CfnResource, IntegrationFacts>();

export function factsOfCfnIntegration(integration: CfnResource): IntegrationFacts {
  const hit = integrationCache.get(integration);
  if (hit) return hit;
  const props = cfnPropertiesOf(integration);
  const facts = v2IntegrationFacts(props, {
    kinds: kindsOf(attributeOf(integration, 'apiId')),
    stateMachineType: stateMachineTypeOf(integration, props),
  });
  integrationCache.set(integration, facts);
  return facts;
}

export function factsOfCfnIntegrationResponse(response: CfnResource): IntegrationFacts {
  const props = cfnPropertiesOf(response);
  const target = referenceTarget(attributeOf(response, 'integrationId'));
  const integration = isCfnOfType(target, 'AWS::ApiGatewayV2::Integration') ? factsOfCfnIntegration(target) : undefined;
  return v2IntegrationResponseFacts(props, integration, { kinds: integration?.kinds ?? kindsOf(attributeOf(response, 'apiId')) });
}
