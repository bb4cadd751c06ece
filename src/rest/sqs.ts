import * as sqs from 'aws-cdk-lib/aws-sqs';
import { RestApiAwsIntegration, RestApiAwsIntegrationProps, RestApiServiceIntegrationOptions } from './aws-service';
import { rowDefaults, serviceProps } from './private/service';
import { R } from '../core/arg-shapes';
import { throwUsageError } from '../core/errors';
import { REST_SQS_OPTIONS } from './private/shapes';
import { renderTemplateValue } from '../core/render/mapping';
import { bindAction } from '../core/services/bound';
import { contentBasedDeduplication, SQS_SEND_MESSAGE } from '../core/services/sqs';
import { checkArgs } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { RequestValue } from '../mapping/request-value';

/** Options of {@link RestApiSqsIntegration.sendMessage}. */
export interface RestApiSqsIntegrationSendMessageOptions extends RestApiServiceIntegrationOptions {
  /**
   * The message group (`MessageGroupId`), from the request: required for a FIFO queue, which
   * refuses messages without one; on a standard queue it makes the queue a fair queue.
   * Single values only (not multi-value headers or query strings), e.g.
   * `RequestValue.header('X-Customer-Id')`.
   *
   * @default - a FIFO queue gets the one group `default` (every message in one strict order); a standard queue none
   */
  readonly messageGroupId?: RequestValue;

  /**
   * The deduplication id (`MessageDeduplicationId`) of a FIFO queue message.
   * @default - a FIFO queue not known to deduplicate on content gets the API request id
   * (`$context.requestId`: every request is a new message); otherwise none (the queue deduplicates on content)
   */
  readonly messageDeduplicationId?: RequestValue;
}

const CLASS = 'RestApiSqsIntegration.sendMessage';
const ROW = SQS_SEND_MESSAGE;

function templateValue(queue: sqs.IQueue, option: string, v: RequestValue): string {
  const rendered = renderTemplateValue(v);
  if (rendered !== undefined) return rendered;
  return throwUsageError(queue.node.path, CLASS, {
    code: 'SqsParameterNotSingleValue',
    what: `${option} is one value`,
    got: `a ${v._source} source`,
    fix: 'map a header, query string, path parameter, body field, context or stage variable, or a literal',
  });
}

/**
 * `&MessageGroupId=…&MessageDeduplicationId=…` for the send template, from the table row (a FIFO
 * queue without a given group id gets the row's one group).
 */
function fifoParameters(queue: sqs.IQueue, options: RestApiSqsIntegrationSendMessageOptions): string {
  const fifo = ROW.fifo!;
  let out = '';
  const group = options.messageGroupId ? templateValue(queue, 'messageGroupId', options.messageGroupId) : queue.fifo ? fifo.groupIdDefault.REST : undefined;
  if (group !== undefined) out += `&${fifo.groupId}=${group}`;
  if (options.messageDeduplicationId) {
    out += `&${fifo.deduplicationId}=${templateValue(queue, 'messageDeduplicationId', options.messageDeduplicationId)}`;
  } else if (queue.fifo && contentBasedDeduplication(queue) !== true) {
    out += `&${fifo.deduplicationId}=${fifo.deduplicationIdDefault.REST}`;
  }
  return out;
}

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
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/getting-started-aws-proxy.html
 * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html
 */
export class RestApiSqsIntegration extends RestApiAwsIntegration {
  /**
   * `SendMessage`: the request body becomes the message body. Creates a role allowed only
   * `queue.grantSendMessages(role)` (KMS included). The response is
   * `{"messageId": "…"}`; SQS 4xx errors pass through as 400, 5xx become 500. Request content
   * type `application/json` (others get 415 unless you add templates).
   *
   * A FIFO queue needs a message group: without `messageGroupId` every message goes to the one
   * group `default` (strict order of all messages; map a value to order per customer or session).
   * Its deduplication id is the API request id unless the queue is known to deduplicate on
   * content or you set `messageDeduplicationId`.
   */
  public static sendMessage(queue: sqs.IQueue, options: RestApiSqsIntegrationSendMessageOptions = {}): RestApiSqsIntegration {
    checkArgs('RestApiSqsIntegration.sendMessage', 'RestApiSqsIntegration', [['queue', queue, R.queue], ['options', options, REST_SQS_OPTIONS]]);
    const { messageGroupId: _group, messageDeduplicationId: _dedup, ...rest } = options;
    const request = ROW.rest!(queue, {});
    const defaults = rowDefaults({ ...request, template: request.template + fifoParameters(queue, options) }, AwsServiceUri.path('sqs', `${queue.env.account}/${queue.queueName}`));
    return bindAction(new RestApiSqsIntegration(serviceProps(defaults, rest)), ROW, queue);
  }

  private constructor(props: RestApiAwsIntegrationProps) {
    super(props);
  }
}
