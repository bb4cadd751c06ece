import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as events from 'aws-cdk-lib/aws-events';
import { HttpApiServiceIntegrationOptions } from './options';
import { ServiceBinder, ServiceSpec, serviceSpec } from './private/service';
import { serviceOptions } from './private/shapes';
import { R } from '../core/arg-shapes';
import { EVENTS_PUT_EVENTS } from '../core/services/messaging';
import { checkArgs, str } from '../core/shape';
import { RequestValue } from '../mapping/request-value';

/** Parameters of `EventBridge-PutEvents` (the bus's `EventBusName` is set by the library). */
export interface HttpApiEventBridgeIntegrationPutEventsOptions extends HttpApiServiceIntegrationOptions {
  /** `DetailType`: the event's detail type. */
  readonly detailType: RequestValue;
  /** `Source`: the event's source. */
  readonly source: RequestValue;
  /**
   * `Detail`: the event (a JSON object as a string).
   * @default RequestValue.body() - the whole request body
   */
  readonly detail?: RequestValue;
  /** `Time`. @default - the time of the call */
  readonly time?: RequestValue;
  /** `Resources`. @default - none */
  readonly resources?: RequestValue;
  /** `TraceHeader` (X-Ray). @default - none */
  readonly traceHeader?: RequestValue;
}

/**
 * HTTP API routes to Amazon EventBridge (`AWS_PROXY`, subtype `EventBridge-PutEvents`), with a
 * role granted `events:PutEvents` on that bus only (`bus.grantPutEventsTo`).
 *
 * @example
 * import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import * as events from 'aws-cdk-lib/aws-events';
 * import { HttpApiEventBridgeIntegration, RequestValue } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigwv2.HttpApi;
 * declare const bus: events.IEventBus;
 * api.addRoutes({
 *   path: '/events',
 *   methods: [apigwv2.HttpMethod.POST],
 *   integration: HttpApiEventBridgeIntegration.putEvents('Publish', bus, {
 *     source: RequestValue.literal('shop.orders'),
 *     detailType: RequestValue.header('x-event-type'),
 *   }),
 * });
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services-reference.html
 * @see https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html
 */
export class HttpApiEventBridgeIntegration extends apigwv2.HttpRouteIntegration {
  /** `EventBridge-PutEvents`: put one event on the bus. */
  public static putEvents(id: string, bus: events.IEventBus, options: HttpApiEventBridgeIntegrationPutEventsOptions): HttpApiEventBridgeIntegration {
    checkArgs('HttpApiEventBridgeIntegration.putEvents', 'HttpApiEventBridgeIntegration', [['id', id, str], ['bus', bus, R.eventBus], ['options', options, serviceOptions('HttpApiEventBridgeIntegrationPutEventsOptions', ['detail', 'time', 'resources', 'traceHeader'], ['detailType', 'source'])]]);
    return new HttpApiEventBridgeIntegration(id, serviceSpec(EVENTS_PUT_EVENTS, bus, options));
  }

  private readonly binder: ServiceBinder;

  private constructor(id: string, spec: ServiceSpec) {
    super(id);
    this.binder = new ServiceBinder(id, 'HttpApiEventBridgeIntegration', spec);
  }

  public bind(options: apigwv2.HttpRouteIntegrationBindOptions): apigwv2.HttpRouteIntegrationConfig {
    return this.binder.bind(options);
  }

  protected completeBind(options: apigwv2.HttpRouteIntegrationBindOptions): void {
    this.binder.complete(options);
  }
}
