import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import { WebSocketApiAwsIntegration } from './aws-service';
import { WebSocketApiServiceActionOptions } from './options';
import { serviceDefaults } from './private/service';
import { R } from '../core/arg-shapes';
import { grantPutRecord } from '../core/grants';
import { checkArgs, str } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { WS_SERVICE_OPTIONS } from './private/shapes';
import { vtlJsonString } from '../core/render/template';

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
 */
export class WebSocketApiKinesisIntegration extends WebSocketApiAwsIntegration {
  /**
   * `PutRecord`: the message body is the record's data, the connection id its partition key.
   * The role is granted only `kinesis:PutRecord` on the stream (and encrypt on its KMS key).
   */
  public static putRecord(id: string, stream: kinesis.IStream, options: WebSocketApiServiceActionOptions = {}): WebSocketApiKinesisIntegration {
    checkArgs('WebSocketApiKinesisIntegration.putRecord', 'WebSocketApiKinesisIntegration', [['id', id, str], ['stream', stream, R.stream], ['options', options, WS_SERVICE_OPTIONS]]);
    const template = `{"StreamName": ${vtlJsonString(stream.streamName)}, "Data": "$util.base64Encode($input.body)", "PartitionKey": "$context.connectionId"}`;
    return new WebSocketApiKinesisIntegration(id, stream, serviceDefaults(options, template));
  }

  private constructor(id: string, stream: kinesis.IStream, options: ReturnType<typeof serviceDefaults>) {
    super(id, { ...options, uri: AwsServiceUri.action('kinesis', 'PutRecord', { region: stream.env.region }) });
    this._grant = (role: iam.IGrantable) => {
      grantPutRecord(stream, role);
    };
  }
}
