import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import { WebSocketApiAwsIntegration } from './aws-service';
import { WebSocketApiServiceIntegrationOptions } from './options';
import { serviceDefaults } from './private/service';
import { R } from '../core/arg-shapes';
import { bindAction } from '../core/services/bound';
import { KINESIS_PUT_RECORD } from '../core/services/messaging';
import { checkArgs, str } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { WS_SERVICE_OPTIONS } from './private/shapes';

/**
 * Puts WebSocket messages on a Kinesis data stream.
 *
 * @example
 * import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import * as kinesis from 'aws-cdk-lib/aws-kinesis';
 * import { WebSocketApiKinesisIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigwv2.WebSocketApi;
 * declare const stream: kinesis.IStream;
 * api.addRoute('track', { integration: WebSocketApiKinesisIntegration.putRecord('PutRecord', stream) });
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-requests.html
 * @see https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecord.html
 */
export class WebSocketApiKinesisIntegration extends WebSocketApiAwsIntegration {
  /**
   * `PutRecord`: the message body is the record's data, the connection id its partition key.
   * The role is granted only `kinesis:PutRecord` on the stream (and encrypt on its KMS key).
   */
  public static putRecord(id: string, stream: kinesis.IStream, options: WebSocketApiServiceIntegrationOptions = {}): WebSocketApiKinesisIntegration {
    checkArgs('WebSocketApiKinesisIntegration.putRecord', 'WebSocketApiKinesisIntegration', [['id', id, str], ['stream', stream, R.stream], ['options', options, WS_SERVICE_OPTIONS]]);
    const template = KINESIS_PUT_RECORD.websocket!(stream, {}).template;
    return bindAction(new WebSocketApiKinesisIntegration(id, stream, serviceDefaults(options, template)), KINESIS_PUT_RECORD, stream);
  }

  private constructor(id: string, stream: kinesis.IStream, options: ReturnType<typeof serviceDefaults>) {
    super(id, { ...options, uri: AwsServiceUri.action('kinesis', 'PutRecord', { region: stream.env.region }) });
  }
}
