import * as sqs from 'aws-cdk-lib/aws-sqs';
import { RestApiAwsIntegration, RestApiAwsIntegrationProps, RestApiAwsServiceOptions } from './aws-service';
import { serviceProps, withGrant } from './private/service';
import { R } from '../core/arg-shapes';
import { throwUsageError } from '../core/errors';
import { REST_SQS_OPTIONS } from './private/shapes';
import { renderTemplateValue } from '../core/render/mapping';
import { checkArgs } from '../core/shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { RequestValue } from '../mapping/request-value';

/** Options of {@link RestApiSqsIntegration.sendMessage}. */
export interface RestApiSqsSendMessageOptions extends RestApiAwsServiceOptions {
  /**
   * The message group (`MessageGroupId`), from the request: required for a FIFO queue, which
   * refuses messages without one; on a standard queue it makes the queue a fair queue.
   * Single values only (not multi-value headers or query strings), e.g.
   * `RequestValue.header('X-Customer-Id')`.
   *
   * @default - none (an error for a FIFO queue)
   */
  readonly messageGroupId?: RequestValue;

  /**
   * The deduplication id (`MessageDeduplicationId`) of a FIFO queue message.
   * @default - a FIFO queue of this app without content-based deduplication gets the API request id
   * (`$context.requestId`: every request is a new message); otherwise none (the queue deduplicates on content)
   */
  readonly messageDeduplicationId?: RequestValue;
}

const CLASS = 'RestApiSqsIntegration.sendMessage';

/** The queue's content-based deduplication when it is a queue of this app with a literal setting. */
function contentBasedDeduplication(queue: sqs.IQueue): boolean | undefined {
  const cfn = queue.node.defaultChild;
  if (!(cfn instanceof sqs.CfnQueue)) return undefined;
  const v = cfn.contentBasedDeduplication;
  return v === undefined ? false : typeof v === 'boolean' ? v : undefined;
}

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

/** `&MessageGroupId=…&MessageDeduplicationId=…` for the send template. */
function fifoParameters(queue: sqs.IQueue, options: RestApiSqsSendMessageOptions): string {
  let out = '';
  if (options.messageGroupId) {
    out += `&MessageGroupId=${templateValue(queue, 'messageGroupId', options.messageGroupId)}`;
  } else if (queue.fifo && options.requestTemplates === undefined) {
    throwUsageError(queue.node.path, CLASS, {
      code: 'SqsMessageGroupIdRequired',
      what: 'a FIFO queue refuses messages without a message group id ("The request must contain the parameter MessageGroupId")',
      got: 'no messageGroupId',
      fix: 'set messageGroupId (e.g. RequestValue.header(\'X-Group-Id\'); a literal puts every message in one ordered group)',
    });
  }
  if (options.messageDeduplicationId) {
    out += `&MessageDeduplicationId=${templateValue(queue, 'messageDeduplicationId', options.messageDeduplicationId)}`;
  } else if (queue.fifo && contentBasedDeduplication(queue) === false) {
    out += '&MessageDeduplicationId=$context.requestId';
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
 */
export class RestApiSqsIntegration extends RestApiAwsIntegration {
  /**
   * `SendMessage`: the request body becomes the message body. Creates a role allowed only
   * `queue.grantSendMessages(role)` (KMS included). The response is
   * `{"messageId": "…"}`; SQS 4xx errors pass through as 400, 5xx become 500. Request content
   * type `application/json` (others get 415 unless you add templates).
   *
   * A FIFO queue needs `messageGroupId` (an error otherwise, unless you give your own
   * `requestTemplates`); its deduplication id is the API request id unless the queue
   * deduplicates on content or you set `messageDeduplicationId`.
   */
  public static sendMessage(queue: sqs.IQueue, options: RestApiSqsSendMessageOptions = {}): RestApiSqsIntegration {
    checkArgs('RestApiSqsIntegration.sendMessage', 'RestApiSqsIntegration', [['queue', queue, R.queue], ['options', options, REST_SQS_OPTIONS]]);
    const { messageGroupId: _group, messageDeduplicationId: _dedup, ...rest } = options;
    return withGrant(new RestApiSqsIntegration(serviceProps({
      uri: AwsServiceUri.path('sqs', `${queue.env.account}/${queue.queueName}`),
      contentType: 'application/x-www-form-urlencoded',
      requestTemplate: `Action=SendMessage&MessageBody=$util.urlEncode($input.body)${fifoParameters(queue, options)}`,
      responseTemplate: '{"messageId": "$input.path(\'$.SendMessageResponse.SendMessageResult.MessageId\')"}',
    }, rest)), role => queue.grantSendMessages(role));
  }

  private constructor(props: RestApiAwsIntegrationProps) {
    super(props);
  }
}
