import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { HttpApiServiceIntegrationOptions } from './options';
import { ServiceBinder, ServiceSpec, serviceSpec } from './private/service';
import { serviceOptions } from './private/shapes';
import { R } from '../core/arg-shapes';
import { contentBasedDeduplication, SQS_DELETE_MESSAGE, SQS_PURGE_QUEUE, SQS_RECEIVE_MESSAGE, SQS_SEND_MESSAGE } from '../core/services/sqs';
import { checkArgs, str } from '../core/shape';
import { RequestValue } from '../mapping/request-value';

/** Parameters of `SQS-SendMessage` (the queue's `QueueUrl` is set by the library). */
export interface HttpApiSqsIntegrationSendMessageOptions extends HttpApiServiceIntegrationOptions {
  /**
   * The message.
   * @default RequestValue.body() - the whole request body
   */
  readonly messageBody?: RequestValue;
  /** `DelaySeconds`. @default - the queue's delay */
  readonly delaySeconds?: RequestValue;
  /** `MessageAttributes`, as a JSON string from the request (a JSON object literal is refused by the service). @default - none */
  readonly messageAttributes?: RequestValue;
  /**
   * `MessageDeduplicationId` (FIFO queues).
   * @default - a FIFO queue not known to deduplicate on content gets the API request id
   * (`$context.requestId`: every request is a new message); otherwise none
   */
  readonly messageDeduplicationId?: RequestValue;
  /**
   * `MessageGroupId`: required by a FIFO queue, which refuses messages without one; on a standard
   * queue it makes the queue a fair queue.
   * @default - a FIFO queue gets the one group `default` (every message in one strict order); a standard queue none
   */
  readonly messageGroupId?: RequestValue;
  /** `MessageSystemAttributes`. @default - none */
  readonly messageSystemAttributes?: RequestValue;
}

/** Parameters of `SQS-ReceiveMessage` (the queue's `QueueUrl` is set by the library). */
export interface HttpApiSqsIntegrationReceiveMessageOptions extends HttpApiServiceIntegrationOptions {
  /** `AttributeNames`. @default - none */
  readonly attributeNames?: RequestValue;
  /** `MaxNumberOfMessages` (1–10). @default - 1 */
  readonly maxNumberOfMessages?: RequestValue;
  /** `MessageAttributeNames`. @default - none */
  readonly messageAttributeNames?: RequestValue;
  /** `ReceiveRequestAttemptId` (FIFO queues). @default - none */
  readonly receiveRequestAttemptId?: RequestValue;
  /** `VisibilityTimeout`. @default - the queue's visibility timeout */
  readonly visibilityTimeout?: RequestValue;
  /** `WaitTimeSeconds` (long polling). @default - the queue's receive wait time */
  readonly waitTimeSeconds?: RequestValue;
}

/** Parameters of `SQS-DeleteMessage` (the queue's `QueueUrl` is set by the library). */
export interface HttpApiSqsIntegrationDeleteMessageOptions extends HttpApiServiceIntegrationOptions {
  /** `ReceiptHandle`: which received message to delete. */
  readonly receiptHandle: RequestValue;
}

/** Parameters of `SQS-PurgeQueue` (the queue's `QueueUrl` is set by the library). */
export interface HttpApiSqsIntegrationPurgeQueueOptions extends HttpApiServiceIntegrationOptions {}

/**
 * What a FIFO queue needs that the user did not give, from the table row: the message group (one
 * group for all messages) and the deduplication id (the request id, unless the queue is known to
 * deduplicate on content).
 */
function fifoDefaults(queue: sqs.IQueue, options: HttpApiSqsIntegrationSendMessageOptions): Record<string, string> {
  const fifo = SQS_SEND_MESSAGE.fifo!;
  const out: Record<string, string> = {};
  if (!queue.fifo) return out;
  const group = fifo.groupIdDefault.HTTP;
  if (group !== undefined && options.messageGroupId === undefined) out[fifo.groupId] = group;
  if (options.messageDeduplicationId === undefined && contentBasedDeduplication(queue) !== true) {
    out[fifo.deduplicationId] = fifo.deduplicationIdDefault.HTTP;
  }
  return out;
}

/**
 * HTTP API routes to Amazon SQS (`AWS_PROXY` with the `SQS-*` subtypes). Each factory takes the
 * queue, writes the subtype's parameters under their exact names, and grants a role only the one
 * action on that queue (through the queue's grant methods, which also cover its KMS key).
 *
 * @example
 * import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
 * import * as sqs from 'aws-cdk-lib/aws-sqs';
 * import { HttpApiSqsIntegration, RequestValue } from 'cdk-apigateway-integrations';
 *
 * declare const api: apigwv2.HttpApi;
 * declare const queue: sqs.IQueue;
 * api.addRoutes({
 *   path: '/orders',
 *   methods: [apigwv2.HttpMethod.POST],
 *   integration: HttpApiSqsIntegration.sendMessage('SendOrder', queue, { messageGroupId: RequestValue.header('x-tenant') }),
 * });
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services-reference.html
 * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html
 */
export class HttpApiSqsIntegration extends apigwv2.HttpRouteIntegration {
  /**
   * `SQS-SendMessage`: send the request (by default its body) as a message; grants `queue.grantSendMessages`.
   * A FIFO queue needs a message group: without `messageGroupId` every message goes to the one
   * group `default` (strict order of all messages; map a value to order per customer or session).
   * Its deduplication id is the API request id unless the queue is known to deduplicate on
   * content or you set `messageDeduplicationId`.
   */
  public static sendMessage(id: string, queue: sqs.IQueue, options: HttpApiSqsIntegrationSendMessageOptions = {}): HttpApiSqsIntegration {
    checkArgs('HttpApiSqsIntegration.sendMessage', 'HttpApiSqsIntegration', [['id', id, str], ['queue', queue, R.queue], ['options', options, serviceOptions('HttpApiSqsIntegrationSendMessageOptions', ['messageBody', 'delaySeconds', 'messageAttributes', 'messageDeduplicationId', 'messageGroupId', 'messageSystemAttributes'], [])]]);
    return new HttpApiSqsIntegration(id, serviceSpec(SQS_SEND_MESSAGE, queue, options, fifoDefaults(queue, options)));
  }

  /** `SQS-ReceiveMessage`: receive messages; grants `sqs:ReceiveMessage` (and decrypt with the queue's key). */
  public static receiveMessage(id: string, queue: sqs.IQueue, options: HttpApiSqsIntegrationReceiveMessageOptions = {}): HttpApiSqsIntegration {
    checkArgs('HttpApiSqsIntegration.receiveMessage', 'HttpApiSqsIntegration', [['id', id, str], ['queue', queue, R.queue], ['options', options, serviceOptions('HttpApiSqsIntegrationReceiveMessageOptions', ['attributeNames', 'maxNumberOfMessages', 'messageAttributeNames', 'receiveRequestAttemptId', 'visibilityTimeout', 'waitTimeSeconds'], [])]]);
    return new HttpApiSqsIntegration(id, serviceSpec(SQS_RECEIVE_MESSAGE, queue, options));
  }

  /** `SQS-DeleteMessage`: delete a received message; grants `sqs:DeleteMessage`. */
  public static deleteMessage(id: string, queue: sqs.IQueue, options: HttpApiSqsIntegrationDeleteMessageOptions): HttpApiSqsIntegration {
    checkArgs('HttpApiSqsIntegration.deleteMessage', 'HttpApiSqsIntegration', [['id', id, str], ['queue', queue, R.queue], ['options', options, serviceOptions('HttpApiSqsIntegrationDeleteMessageOptions', [], ['receiptHandle'])]]);
    return new HttpApiSqsIntegration(id, serviceSpec(SQS_DELETE_MESSAGE, queue, options));
  }

  /** `SQS-PurgeQueue`: delete every message; grants `queue.grantPurge`. */
  public static purgeQueue(id: string, queue: sqs.IQueue, options: HttpApiSqsIntegrationPurgeQueueOptions = {}): HttpApiSqsIntegration {
    checkArgs('HttpApiSqsIntegration.purgeQueue', 'HttpApiSqsIntegration', [['id', id, str], ['queue', queue, R.queue], ['options', options, serviceOptions('HttpApiSqsIntegrationPurgeQueueOptions', [], [])]]);
    return new HttpApiSqsIntegration(id, serviceSpec(SQS_PURGE_QUEUE, queue, options));
  }

  private readonly binder: ServiceBinder;

  private constructor(id: string, spec: ServiceSpec) {
    super(id);
    this.binder = new ServiceBinder(id, 'HttpApiSqsIntegration', spec);
  }

  public bind(options: apigwv2.HttpRouteIntegrationBindOptions): apigwv2.HttpRouteIntegrationConfig {
    return this.binder.bind(options);
  }

  protected completeBind(options: apigwv2.HttpRouteIntegrationBindOptions): void {
    this.binder.complete(options);
  }
}
