import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import { RestApiAwsIntegration, RestApiAwsIntegrationProps, RestApiServiceIntegrationOptions } from './aws-service';
import { rowDefaults, serviceProps } from './private/service';
import { R } from '../core/arg-shapes';
import { bindAction } from '../core/services/bound';
import { KINESIS_PUT_RECORD } from '../core/services/messaging';
import { checkArgs } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { REST_SERVICE_OPTIONS } from './private/shapes';

/**
 * REST API integrations with Amazon Kinesis Data Streams.
 *
 * @example
 * import * as apigw from 'aws-cdk-lib/aws-apigateway';
 * import * as kinesis from 'aws-cdk-lib/aws-kinesis';
 * import { RestApiKinesisIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigw.RestApi;
 * declare const stream: kinesis.IStream;
 * api.root.addResource('records').addMethod('POST', RestApiKinesisIntegration.putRecord(stream));
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/integrating-api-with-aws-services-kinesis.html
 * @see https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecord.html
 */
export class RestApiKinesisIntegration extends RestApiAwsIntegration {
  /**
   * `PutRecord`: the request body (base64-encoded by the template) is the record's data, the
   * request id its partition key. Creates a role granted only `kinesis:PutRecord` on the stream
   * (`stream.grant`), and encrypt on its KMS key when it has one.
   */
  public static putRecord(stream: kinesis.IStream, options: RestApiServiceIntegrationOptions = {}): RestApiKinesisIntegration {
    checkArgs('RestApiKinesisIntegration.putRecord', 'RestApiKinesisIntegration', [['stream', stream, R.stream], ['options', options, REST_SERVICE_OPTIONS]]);
    const row = KINESIS_PUT_RECORD;
    const defaults = rowDefaults(row.rest!(stream, {}), AwsServiceUri.action(row.service, row.action));
    return bindAction(new RestApiKinesisIntegration(serviceProps(defaults, options)), row, stream);
  }

  private constructor(props: RestApiAwsIntegrationProps) {
    super(props);
  }
}
