import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import { RestApiAwsIntegration, RestApiAwsIntegrationProps, RestApiAwsServiceOptions } from './aws-service';
import { serviceProps, withGrant } from './private/service';
import { R } from '../core/arg-shapes';
import { grantPutRecord } from '../core/grants';
import { checkArgs } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { REST_SERVICE_OPTIONS } from './private/shapes';
import { vtlJsonString } from '../core/render/template';

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
 */
export class RestApiKinesisIntegration extends RestApiAwsIntegration {
  /**
   * `PutRecord`: the request body (base64-encoded by the template) is the record's data, the
   * request id its partition key. Creates a role granted only `kinesis:PutRecord` on the stream
   * (`stream.grant`), and encrypt on its KMS key when it has one.
   */
  public static putRecord(stream: kinesis.IStream, options: RestApiAwsServiceOptions = {}): RestApiKinesisIntegration {
    checkArgs('RestApiKinesisIntegration.putRecord', 'RestApiKinesisIntegration', [['stream', stream, R.stream], ['options', options, REST_SERVICE_OPTIONS]]);
    return withGrant(new RestApiKinesisIntegration(serviceProps({
      uri: AwsServiceUri.action('kinesis', 'PutRecord'),
      contentType: 'application/x-amz-json-1.1',
      requestTemplate: `{"StreamName": ${vtlJsonString(stream.streamName)}, "Data": "$util.base64Encode($input.body)", "PartitionKey": "$context.requestId"}`,
    }, options)), role => grantPutRecord(stream, role));
  }

  private constructor(props: RestApiAwsIntegrationProps) {
    super(props);
  }
}
