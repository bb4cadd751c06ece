import * as sns from 'aws-cdk-lib/aws-sns';
import { RestApiAwsIntegration, RestApiAwsIntegrationProps, RestApiServiceIntegrationOptions } from './aws-service';
import { rowDefaults, serviceProps } from './private/service';
import { R } from '../core/arg-shapes';
import { bindAction } from '../core/services/bound';
import { SNS_PUBLISH } from '../core/services/messaging';
import { checkArgs } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { REST_SERVICE_OPTIONS } from './private/shapes';

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
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/getting-started-aws-proxy.html
 * @see https://docs.aws.amazon.com/sns/latest/api/API_Publish.html
 */
export class RestApiSnsIntegration extends RestApiAwsIntegration {
  /**
   * `Publish`: the request body becomes the message. Creates a role allowed only
   * `topic.grantPublish(role)`. The response is `{"messageId": "…"}`.
   */
  public static publish(topic: sns.ITopic, options: RestApiServiceIntegrationOptions = {}): RestApiSnsIntegration {
    checkArgs('RestApiSnsIntegration.publish', 'RestApiSnsIntegration', [['topic', topic, R.topic], ['options', options, REST_SERVICE_OPTIONS]]);
    const row = SNS_PUBLISH;
    const defaults = rowDefaults(row.rest!(topic, {}), AwsServiceUri.action(row.service, row.action));
    return bindAction(new RestApiSnsIntegration(serviceProps(defaults, options)), row, topic);
  }

  private constructor(props: RestApiAwsIntegrationProps) {
    super(props);
  }
}
