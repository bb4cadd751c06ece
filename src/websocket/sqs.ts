import * as sqs from 'aws-cdk-lib/aws-sqs';
import { WebSocketApiAwsIntegration } from './aws-service';
import { WebSocketApiServiceIntegrationOptions } from './options';
import { rowHeaders, serviceDefaults } from './private/service';
import { R } from '../core/arg-shapes';
import { bindAction } from '../core/services/bound';
import { contentBasedDeduplication, SQS_SEND_MESSAGE } from '../core/services/sqs';
import { checkArgs, str } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { WS_SERVICE_OPTIONS } from './private/shapes';

/**
 * A FIFO queue's group and deduplication ids, from the table row: the connection (each client's
 * messages in order) and the request id, unless the queue is known to deduplicate on content.
 */
function fifoParameters(queue: sqs.IQueue): string {
  const fifo = SQS_SEND_MESSAGE.fifo!;
  if (!queue.fifo) return '';
  const dedup = contentBasedDeduplication(queue) === true ? '' : `&${fifo.deduplicationId}=${fifo.deduplicationIdDefault.WEBSOCKET}`;
  return `&${fifo.groupId}=${fifo.groupIdDefault.WEBSOCKET}${dedup}`;
}

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
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-requests.html
 * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html
 */
export class WebSocketApiSqsIntegration extends WebSocketApiAwsIntegration {
  /**
   * `SendMessage`: the message body becomes the SQS message, with the connection id as the
   * `connectionId` message attribute (FIFO queues: message group = connection id, deduplication
   * id = request id unless the queue is known to deduplicate on content). The role is granted `queue.grantSendMessages` (which covers the queue's KMS key).
   */
  public static sendMessage(id: string, queue: sqs.IQueue, options: WebSocketApiServiceIntegrationOptions = {}): WebSocketApiSqsIntegration {
    checkArgs('WebSocketApiSqsIntegration.sendMessage', 'WebSocketApiSqsIntegration', [['id', id, str], ['queue', queue, R.queue], ['options', options, WS_SERVICE_OPTIONS]]);
    const template = SQS_SEND_MESSAGE.websocket!(queue, {}).template + fifoParameters(queue);
    return bindAction(new WebSocketApiSqsIntegration(id, queue, serviceDefaults(options, template)), SQS_SEND_MESSAGE, queue);
  }

  private constructor(id: string, queue: sqs.IQueue, options: ReturnType<typeof serviceDefaults>) {
    super(id, { ...options, uri: AwsServiceUri.path('sqs', `${queue.env.account}/${queue.queueName}`, { region: queue.env.region }) });
    this._fixedParameters = rowHeaders(SQS_SEND_MESSAGE.websocket!(queue, {}));
  }
}
