import * as iam from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { WebSocketApiAwsIntegration } from './aws-service';
import { WebSocketApiServiceActionOptions } from './options';
import { serviceDefaults, staticHeader } from './private/service';
import { R } from '../core/arg-shapes';
import { checkArgs, str } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { WS_SERVICE_OPTIONS } from './private/shapes';

/**
 * Sends WebSocket messages to an SQS queue.
 *
 * @example
 * import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import * as sqs from 'aws-cdk-lib/aws-sqs';
 * import { WebSocketApiSqsIntegration } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigwv2.WebSocketApi;
 * declare const queue: sqs.IQueue;
 * api.addRoute('enqueue', { integration: WebSocketApiSqsIntegration.sendMessage('Enqueue', queue) });
 */
export class WebSocketApiSqsIntegration extends WebSocketApiAwsIntegration {
  /**
   * `SendMessage`: the message body becomes the SQS message, with the connection id as the
   * `connectionId` message attribute (FIFO queues: message group = connection id, deduplication
   * id = request id). The role is granted `queue.grantSendMessages` (which covers the queue's KMS key).
   */
  public static sendMessage(id: string, queue: sqs.IQueue, options: WebSocketApiServiceActionOptions = {}): WebSocketApiSqsIntegration {
    checkArgs('WebSocketApiSqsIntegration.sendMessage', 'WebSocketApiSqsIntegration', [['id', id, str], ['queue', queue, R.queue], ['options', options, WS_SERVICE_OPTIONS]]);
    const fifo = queue.fifo ? '&MessageGroupId=$context.connectionId&MessageDeduplicationId=$context.requestId' : '';
    const template = 'Action=SendMessage&MessageBody=$util.urlEncode($input.body)'
      + '&MessageAttribute.1.Name=connectionId&MessageAttribute.1.Value.StringValue=$context.connectionId&MessageAttribute.1.Value.DataType=String'
      + fifo;
    return new WebSocketApiSqsIntegration(id, queue, serviceDefaults(options, template));
  }

  private constructor(id: string, queue: sqs.IQueue, options: ReturnType<typeof serviceDefaults>) {
    super(id, { ...options, uri: AwsServiceUri.path('sqs', `${queue.env.account}/${queue.queueName}`, { region: queue.env.region }) });
    this._grant = (role: iam.IGrantable) => queue.grantSendMessages(role);
    this._fixedParameters = staticHeader('Content-Type', 'application/x-www-form-urlencoded');
  }
}
