import { Resource } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { Construct } from 'constructs';
import { WebSocketApiIntegrationResponseOptions } from './integration-response-key';
import { renderIntegrationResponse, responseFacts } from './private/render';
import { R } from '../core/arg-shapes';
import { IntegrationFacts } from '../core/facts';
import { checkArgs, pathOf, str } from '../core/shape';
import { assertLiteralKeys, recordVerdict } from '../core/validate';
import { referenceTarget, stringFact } from '../core/values';
import { WS_INTEGRATION_RESPONSE_PROPS } from './private/shapes';

/** Properties of a {@link WebSocketApiIntegrationResponse}. */
export interface WebSocketApiIntegrationResponseProps extends WebSocketApiIntegrationResponseOptions {
  /** The WebSocket API the integration belongs to. */
  readonly webSocketApi: apigwv2.IWebSocketApi;

  /**
   * The id of the integration (`CfnIntegration.ref`, `WebSocketIntegration.integrationId`). When
   * it refers to an integration in the app, its type is checked: only non-proxy integrations
   * (AWS, HTTP, MOCK) take integration responses.
   */
  readonly integrationId: string;
}

/**
 * An integration response of a non-proxy WebSocket integration
 * (`AWS::ApiGatewayV2::IntegrationResponse`): how the back end's response is transformed before
 * API Gateway returns it to the client on a two-way route. aws-cdk-lib has no L2 for it.
 *
 * The integrations of this library create these for you from their `responses` option; use this
 * class for integrations made otherwise (aws-cdk-lib's `WebSocketIntegration`, raw
 * `CfnIntegration`). The response reaches the client only when the route is two-way: pass
 * `returnResponse: true` to `addRoute`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-responses.html
 *
 * @example
 * import { Stack } from 'aws-cdk-lib';
 * import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import { WebSocketApiIntegrationResponse, WebSocketApiIntegrationResponseKey } from 'cdk-apigateway-integrations';
 *
 * declare const stack: Stack;
 * declare const api: apigwv2.WebSocketApi;
 * declare const integration: apigwv2.CfnIntegration;
 * new WebSocketApiIntegrationResponse(stack, 'NotFound', {
 *   webSocketApi: api,
 *   integrationId: integration.ref,
 *   key: WebSocketApiIntegrationResponseKey.statusCode(404),
 *   responseTemplates: { $default: '{"error": "not found"}' },
 * });
 */
export class WebSocketApiIntegrationResponse extends Resource {
  /** The id of the integration response. */
  public readonly integrationResponseId: string;

  constructor(scope: Construct, id: string, props: WebSocketApiIntegrationResponseProps) {
    checkArgs(pathOf(scope, id, 'WebSocketApiIntegrationResponse'), 'WebSocketApiIntegrationResponse', [['scope', scope, R.construct], ['id', id, str], ['props', props, WS_INTEGRATION_RESPONSE_PROPS]]);
    super(scope, id);
    const rendered = renderIntegrationResponse(props);
    const target = referenceTarget(props.integrationId);
    const integration: IntegrationFacts | undefined = target instanceof apigwv2.CfnIntegration
      ? { kinds: ['WEBSOCKET'], subject: 'integration', type: stringFact(target.integrationType) }
      : undefined;
    assertLiteralKeys(this, 'WebSocketApiIntegrationResponse', rendered);
    recordVerdict(this, 'WebSocketApiIntegrationResponse', responseFacts(props, integration));
    const resource = new apigwv2.CfnIntegrationResponse(this, 'Resource', {
      apiId: props.webSocketApi.apiId,
      integrationId: props.integrationId,
      ...rendered,
    });
    this.integrationResponseId = resource.ref;
  }
}
