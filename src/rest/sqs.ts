import * as sqs from 'aws-cdk-lib/aws-sqs';
import { RestApiAwsIntegration, RestApiAwsIntegrationProps, RestApiAwsServiceOptions } from './aws-service';
import { serviceProps, withGrant } from './private/service';
import { AwsServiceUri } from '../mapping/aws-service-uri';

/**
 * REST API integrations with Amazon SQS.
 *
 * @example
 * import * as apigw from 'aws-cdk-lib/aws-apigateway';
 * import * as sqs from 'aws-cdk-lib/aws-sqs';
 * import { RestApiSqsIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigw.RestApi;
 * declare const queue: sqs.IQueue;
 * api.root.addResource('orders').addMethod('POST', RestApiSqsIntegration.sendMessage(queue));
 */
export class RestApiSqsIntegration extends RestApiAwsIntegration {
  /**
   * `SendMessage`: the request body becomes the message body. Creates a role allowed only
   * `queue.grantSendMessages(role)` (KMS included). The response is
   * `{"messageId": "…"}`; SQS 4xx errors pass through as 400, 5xx become 500. Request content
   * type `application/json` (others get 415 unless you add templates).
   */
  public static sendMessage(queue: sqs.IQueue, options: RestApiAwsServiceOptions = {}): RestApiSqsIntegration {
    return withGrant(new RestApiSqsIntegration(serviceProps({
      uri: AwsServiceUri.path('sqs', `${queue.env.account}/${queue.queueName}`),
      contentType: 'application/x-www-form-urlencoded',
      requestTemplate: 'Action=SendMessage&MessageBody=$util.urlEncode($input.body)',
      responseTemplate: '{"messageId": "$input.path(\'$.SendMessageResponse.SendMessageResult.MessageId\')"}',
    }, options)), role => queue.grantSendMessages(role));
  }

  private constructor(props: RestApiAwsIntegrationProps) {
    super(props);
  }
}
