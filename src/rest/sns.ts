import * as sns from 'aws-cdk-lib/aws-sns';
import { RestApiAwsIntegration, RestApiAwsIntegrationProps, RestApiAwsServiceOptions } from './aws-service';
import { serviceProps, withGrant } from './private/service';
import { R } from '../core/arg-shapes';
import { checkArgs } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { REST_SERVICE_OPTIONS } from './private/shapes';
import { vtlUrlEncoded } from '../core/render/template';

/**
 * REST API integrations with Amazon SNS.
 *
 * @example
 * import * as apigw from 'aws-cdk-lib/aws-apigateway';
 * import * as sns from 'aws-cdk-lib/aws-sns';
 * import { RestApiSnsIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigw.RestApi;
 * declare const topic: sns.ITopic;
 * api.root.addResource('events').addMethod('POST', RestApiSnsIntegration.publish(topic));
 */
export class RestApiSnsIntegration extends RestApiAwsIntegration {
  /**
   * `Publish`: the request body becomes the message. Creates a role allowed only
   * `topic.grantPublish(role)`. The response is `{"messageId": "…"}`.
   */
  public static publish(topic: sns.ITopic, options: RestApiAwsServiceOptions = {}): RestApiSnsIntegration {
    checkArgs('RestApiSnsIntegration.publish', 'RestApiSnsIntegration', [['topic', topic, R.topic], ['options', options, REST_SERVICE_OPTIONS]]);
    return withGrant(new RestApiSnsIntegration(serviceProps({
      uri: AwsServiceUri.action('sns', 'Publish'),
      contentType: 'application/x-www-form-urlencoded',
      requestTemplate: `Action=Publish&TopicArn=${vtlUrlEncoded(topic.topicArn)}&Message=$util.urlEncode($input.body)`,
      responseTemplate: '{"messageId": "$input.path(\'$.PublishResponse.PublishResult.MessageId\')"}',
    }, options)), role => topic.grantPublish(role));
  }

  private constructor(props: RestApiAwsIntegrationProps) {
    super(props);
  }
}
