import * as events from 'aws-cdk-lib/aws-events';
import { RestApiAwsIntegration, RestApiAwsIntegrationProps, RestApiAwsServiceOptions } from './aws-service';
import { serviceProps, withGrant } from './private/service';
import { R } from '../core/arg-shapes';
import { checkArgs } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { RequestValue } from '../mapping/request-value';
import { REST_EVENTS_OPTIONS } from './private/shapes';
import { vtlJsonString } from '../core/render/template';

/** Options of {@link RestApiEventBridgeIntegration.putEvents}. */
export interface RestApiEventBridgeIntegrationPutEventsOptions extends RestApiAwsServiceOptions {
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
 */
export class RestApiEventBridgeIntegration extends RestApiAwsIntegration {
  /**
   * `PutEvents`: the request body (JSON) becomes the detail of one event on `bus`. Creates a
   * role granted through `bus.grantPutEventsTo(role)`.
   */
  public static putEvents(bus: events.IEventBus, options: RestApiEventBridgeIntegrationPutEventsOptions): RestApiEventBridgeIntegration {
    checkArgs('RestApiEventBridgeIntegration.putEvents', 'RestApiEventBridgeIntegration', [['bus', bus, R.eventBus], ['options', options, REST_EVENTS_OPTIONS]]);
    return withGrant(new RestApiEventBridgeIntegration(serviceProps({
      uri: AwsServiceUri.action('events', 'PutEvents'),
      contentType: 'application/x-amz-json-1.1',
      headers: { 'X-Amz-Target': RequestValue.literal('AWSEvents.PutEvents') },
      requestTemplate: `{"Entries": [{"EventBusName": ${vtlJsonString(bus.eventBusArn)}, "Source": ${vtlJsonString(options.source)}, "DetailType": ${vtlJsonString(options.detailType)}, "Detail": "$util.escapeJavaScript($input.body)"}]}`,
    }, options)), role => bus.grantPutEventsTo(role));
  }

  private constructor(props: RestApiAwsIntegrationProps) {
    super(props);
  }
}
