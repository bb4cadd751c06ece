import * as events from 'aws-cdk-lib/aws-events';
import { WebSocketApiAwsIntegration } from './aws-service';
import { WebSocketApiServiceIntegrationOptions } from './options';
import { rowHeaders, serviceDefaults } from './private/service';
import { R } from '../core/arg-shapes';
import { bindAction } from '../core/services/bound';
import { EVENTS_PUT_EVENTS } from '../core/services/messaging';
import { checkArgs, str } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { WS_EVENTS_OPTIONS } from './private/shapes';

/** Options of {@link WebSocketApiEventBridgeIntegration.putEvents}. */
export interface WebSocketApiEventBridgeIntegrationPutEventsOptions extends WebSocketApiServiceIntegrationOptions {
  /** The events' `source`. */
  readonly source: string;

  /**
   * The events' `detail-type`.
   * @default 'WebSocket message'
   */
  readonly detailType?: string;
}

/**
 * Puts WebSocket messages on an EventBridge event bus.
 *
 * @example
 * import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import * as events from 'aws-cdk-lib/aws-events';
 * import { WebSocketApiEventBridgeIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigwv2.WebSocketApi;
 * declare const bus: events.IEventBus;
 * api.addRoute('event', { integration: WebSocketApiEventBridgeIntegration.putEvents('PutEvents', bus, { source: 'chat' }) });
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-requests.html
 * @see https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html
 */
export class WebSocketApiEventBridgeIntegration extends WebSocketApiAwsIntegration {
  /**
   * `PutEvents`: one event per message, the message body as the event's detail. The role is
   * granted `bus.grantPutEventsTo`.
   */
  public static putEvents(
    id: string, bus: events.IEventBus, options: WebSocketApiEventBridgeIntegrationPutEventsOptions,
  ): WebSocketApiEventBridgeIntegration {
    checkArgs('WebSocketApiEventBridgeIntegration.putEvents', 'WebSocketApiEventBridgeIntegration', [['id', id, str], ['bus', bus, R.eventBus], ['options', options, WS_EVENTS_OPTIONS]]);
    const detailType = options.detailType ?? 'WebSocket message';
    const template = EVENTS_PUT_EVENTS.websocket!(bus, { source: options.source, detailType }).template;
    return bindAction(new WebSocketApiEventBridgeIntegration(id, bus, serviceDefaults(options, template)), EVENTS_PUT_EVENTS, bus);
  }

  private constructor(id: string, bus: events.IEventBus, options: ReturnType<typeof serviceDefaults>) {
    super(id, { ...options, uri: AwsServiceUri.action('events', 'PutEvents', { region: bus.env.region }) });
    this._fixedParameters = rowHeaders(EVENTS_PUT_EVENTS.websocket!(bus, { source: '', detailType: '' }));
  }
}
