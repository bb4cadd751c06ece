import { v2IntegrationResponseFacts } from '../../core/cfn-facts';
import { IntegrationFacts } from '../../core/facts';
import { renderResponseValue } from '../../core/render/mapping';
import { WebSocketApiIntegrationResponseKey, WebSocketApiIntegrationResponseOptions } from '../integration-response-key';

/** Internal: integration response options -> `CfnIntegrationResponse` props (without the API and integration ids). */
export function renderIntegrationResponse(o: WebSocketApiIntegrationResponseOptions) {
  const params = Object.entries(o.responseParameters ?? {});
  return {
    integrationResponseKey: (o.key ?? WebSocketApiIntegrationResponseKey.DEFAULT).key,
    responseTemplates: o.responseTemplates,
    templateSelectionExpression: o.templateSelectionExpression,
    responseParameters: params.length > 0
      ? Object.fromEntries(params.map(([name, v]) => [`method.response.header.${name}`, renderResponseValue('WEBSOCKET', v)]))
      : undefined,
    contentHandlingStrategy: o.contentHandling,
  };
}

/** camelCase CloudFormation props -> the PascalCase shape `cfn-facts` reads. */
export function pascal(props: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined).map(([k, v]) => [k[0].toUpperCase() + k.slice(1), v]));
}

/** Facts of one integration response, seen with its integration. */
export function responseFacts(r: WebSocketApiIntegrationResponseOptions, integration?: IntegrationFacts): IntegrationFacts {
  return v2IntegrationResponseFacts(pascal(renderIntegrationResponse(r)), integration, { kinds: ['WEBSOCKET'] });
}
