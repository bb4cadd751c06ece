import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import { RestAwsIntegration, RestAwsIntegrationProps, RestAwsServiceOptions } from './aws-service';
import { serviceProps, withGrant } from './private/service';
import { AwsServiceUri } from '../mapping/aws-service-uri';

/**
 * REST API integrations with Amazon Kinesis Data Streams.
 *
 * @example
 * import * as apigw from 'aws-cdk-lib/aws-apigateway';
 * import * as kinesis from 'aws-cdk-lib/aws-kinesis';
 * import { RestKinesisIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigw.RestApi;
 * declare const stream: kinesis.IStream;
 * api.root.addResource('records').addMethod('POST', RestKinesisIntegration.putRecord(stream));
 */
export class RestKinesisIntegration extends RestAwsIntegration {
  /**
   * `PutRecord`: the request body (base64-encoded by the template) is the record's data, the
   * request id its partition key. Creates a role granted through `stream.grantWrite(role)`.
   */
  public static putRecord(stream: kinesis.IStream, options: RestAwsServiceOptions = {}): RestKinesisIntegration {
    return withGrant(new RestKinesisIntegration(serviceProps({
      uri: AwsServiceUri.action('kinesis', 'PutRecord'),
      contentType: 'application/x-amz-json-1.1',
      requestTemplate: `{"StreamName": "${stream.streamName}", "Data": "$util.base64Encode($input.body)", "PartitionKey": "$context.requestId"}`,
    }, options)), role => stream.grantWrite(role));
  }

  private constructor(props: RestAwsIntegrationProps) {
    super(props);
  }
}
