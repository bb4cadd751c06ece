import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import { WebSocketApiAwsIntegration } from './aws-service';
import { WebSocketApiServiceActionOptions } from './options';
import { serviceDefaults, staticHeader } from './private/service';
import { R } from '../core/arg-shapes';
import { checkArgs, str } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { WS_EVENTS_OPTIONS } from './private/shapes';
import { vtlJsonString } from '../core/render/template';

/** Options of {@link WebSocketApiEventBridgeIntegration.putEvents}. */
export interface WebSocketApiEventBridgeIntegrationPutEventsOptions extends WebSocketApiServiceActionOptions {
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
    const template = `{"Entries": [{"EventBusName": ${vtlJsonString(bus.eventBusArn)}, "Source": ${vtlJsonString(options.source)}, "DetailType": ${vtlJsonString(detailType)}, "Detail": "$util.escapeJavaScript($input.body)"}]}`;
    return new WebSocketApiEventBridgeIntegration(id, bus, serviceDefaults(options, template));
  }

  private constructor(id: string, bus: events.IEventBus, options: ReturnType<typeof serviceDefaults>) {
    super(id, { ...options, uri: AwsServiceUri.action('events', 'PutEvents', { region: bus.env.region }) });
    this._grant = (role: iam.IGrantable) => bus.grantPutEventsTo(role);
    this._fixedParameters = { ...staticHeader('X-Amz-Target', 'AWSEvents.PutEvents'), ...staticHeader('Content-Type', 'application/x-amz-json-1.1') };
  }
}
