import * as events from 'aws-cdk-lib/aws-events';
import { RestApiAwsIntegration, RestApiAwsIntegrationProps, RestApiServiceIntegrationOptions } from './aws-service';
import { rowDefaults, serviceProps } from './private/service';
import { R } from '../core/arg-shapes';
import { bindAction } from '../core/services/bound';
import { EVENTS_PUT_EVENTS } from '../core/services/messaging';
import { checkArgs } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { REST_EVENTS_OPTIONS } from './private/shapes';

/** Options of {@link RestApiEventBridgeIntegration.putEvents}. */
export interface RestApiEventBridgeIntegrationPutEventsOptions extends RestApiServiceIntegrationOptions {
  /** The events' `Source`. */
  readonly source: string;

  /** The events' `DetailType`. */
  readonly detailType: string;
}

/**
 * REST API integrations with Amazon EventBridge.
 *
 * @example
 * import * as apigw from 'aws-cdk-lib/aws-apigateway';
 * import * as events from 'aws-cdk-lib/aws-events';
 * import { RestApiEventBridgeIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigw.RestApi;
 * declare const bus: events.IEventBus;
 * api.root.addResource('events').addMethod('POST', RestApiEventBridgeIntegration.putEvents(bus, { source: 'shop', detailType: 'OrderPlaced' }));
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/getting-started-aws-proxy.html
 * @see https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html
 */
export class RestApiEventBridgeIntegration extends RestApiAwsIntegration {
  /**
   * `PutEvents`: the request body (JSON) becomes the detail of one event on `bus`. Creates a
   * role granted through `bus.grantPutEventsTo(role)`.
   */
  public static putEvents(bus: events.IEventBus, options: RestApiEventBridgeIntegrationPutEventsOptions): RestApiEventBridgeIntegration {
    checkArgs('RestApiEventBridgeIntegration.putEvents', 'RestApiEventBridgeIntegration', [['bus', bus, R.eventBus], ['options', options, REST_EVENTS_OPTIONS]]);
    const row = EVENTS_PUT_EVENTS;
    const request = row.rest!(bus, { source: options.source, detailType: options.detailType });
    const defaults = rowDefaults(request, AwsServiceUri.action(row.service, row.action));
    return bindAction(new RestApiEventBridgeIntegration(serviceProps(defaults, options)), row, bus);
  }

  private constructor(props: RestApiAwsIntegrationProps) {
    super(props);
  }
}
