import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { ServiceBinder, ServiceSpec } from './internal/service';
import { HttpApiServiceIntegrationOptions } from './options';
import { R } from '../core/arg-shapes';
import { checkArgs, str } from '../core/shape';
import { RequestValue } from '../mapping/request-value';
import { serviceOptions } from './internal/shapes';

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
  /** `MessageDeduplicationId` (FIFO queues). @default - none */
  readonly messageDeduplicationId?: RequestValue;
  /** `MessageGroupId` (FIFO queues). @default - none */
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
 */
export class HttpApiSqsIntegration extends apigwv2.HttpRouteIntegration {
  /** `SQS-SendMessage`: send the request (by default its body) as a message; grants `queue.grantSendMessages`. */
  public static sendMessage(id: string, queue: sqs.IQueue, options: HttpApiSqsIntegrationSendMessageOptions = {}): HttpApiSqsIntegration {
    checkArgs('HttpApiSqsIntegration.sendMessage', 'HttpApiSqsIntegration', [['id', id, str], ['queue', queue, R.queue], ['options', options, serviceOptions('HttpApiSqsIntegrationSendMessageOptions', ['messageBody', 'delaySeconds', 'messageAttributes', 'messageDeduplicationId', 'messageGroupId', 'messageSystemAttributes'], [])]]);
    return new HttpApiSqsIntegration(id, {
      subtype: 'SQS-SendMessage',
      fixed: { QueueUrl: queue.queueUrl },
      defaults: { MessageBody: RequestValue.body() },
      options,
      grant: g => queue.grantSendMessages(g),
    });
  }

  /** `SQS-ReceiveMessage`: receive messages; grants `sqs:ReceiveMessage` (and decrypt with the queue's key). */
  public static receiveMessage(id: string, queue: sqs.IQueue, options: HttpApiSqsIntegrationReceiveMessageOptions = {}): HttpApiSqsIntegration {
    checkArgs('HttpApiSqsIntegration.receiveMessage', 'HttpApiSqsIntegration', [['id', id, str], ['queue', queue, R.queue], ['options', options, serviceOptions('HttpApiSqsIntegrationReceiveMessageOptions', ['attributeNames', 'maxNumberOfMessages', 'messageAttributeNames', 'receiveRequestAttemptId', 'visibilityTimeout', 'waitTimeSeconds'], [])]]);
    return new HttpApiSqsIntegration(id, {
      subtype: 'SQS-ReceiveMessage',
      fixed: { QueueUrl: queue.queueUrl },
      options,
      grant: g => {
        queue.grant(g, 'sqs:ReceiveMessage');
        queue.encryptionMasterKey?.grantDecrypt(g);
      },
    });
  }

  /** `SQS-DeleteMessage`: delete a received message; grants `sqs:DeleteMessage`. */
  public static deleteMessage(id: string, queue: sqs.IQueue, options: HttpApiSqsIntegrationDeleteMessageOptions): HttpApiSqsIntegration {
    checkArgs('HttpApiSqsIntegration.deleteMessage', 'HttpApiSqsIntegration', [['id', id, str], ['queue', queue, R.queue], ['options', options, serviceOptions('HttpApiSqsIntegrationDeleteMessageOptions', [], ['receiptHandle'])]]);
    return new HttpApiSqsIntegration(id, {
      subtype: 'SQS-DeleteMessage',
      fixed: { QueueUrl: queue.queueUrl },
      options,
      grant: g => queue.grant(g, 'sqs:DeleteMessage'),
    });
  }

  /** `SQS-PurgeQueue`: delete every message; grants `queue.grantPurge`. */
  public static purgeQueue(id: string, queue: sqs.IQueue, options: HttpApiSqsIntegrationPurgeQueueOptions = {}): HttpApiSqsIntegration {
    checkArgs('HttpApiSqsIntegration.purgeQueue', 'HttpApiSqsIntegration', [['id', id, str], ['queue', queue, R.queue], ['options', options, serviceOptions('HttpApiSqsIntegrationPurgeQueueOptions', [], [])]]);
    return new HttpApiSqsIntegration(id, {
      subtype: 'SQS-PurgeQueue',
      fixed: { QueueUrl: queue.queueUrl },
      options,
      grant: g => queue.grantPurge(g),
    });
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
