import * as sqs from 'aws-cdk-lib/aws-sqs';
import { FifoNeeds, ServiceAction } from './types';

/** Amazon SQS rows of the service-action table. INTERNAL. */

const API = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference';
const FORM = 'application/x-www-form-urlencoded';
/** The one message group REST and HTTP send when the user names none. */
const SINGLE_GROUP = 'default';

/**
 * FIFO queues: a message group id is required (the service refuses a message without one); the
 * deduplication id defaults to the API request id (every request a new message) unless the
 * queue deduplicates on content. WebSocket has a natural group, the connection (each client's
 * messages in order). REST and HTTP requests have none, so they default to one group for all
 * messages: the SQS guide's "single group" case, strict order of every message (FIFO queue
 * delivery logic, https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues-understanding-logic.html).
 */
const SEND_FIFO: FifoNeeds = {
  groupId: 'MessageGroupId',
  deduplicationId: 'MessageDeduplicationId',
  groupIdDefault: { REST: SINGLE_GROUP, HTTP: SINGLE_GROUP, WEBSOCKET: '$context.connectionId' },
  deduplicationIdDefault: { REST: '$context.requestId', WEBSOCKET: '$context.requestId', HTTP: '$context.requestId' },
};

/** The queue's content-based deduplication: `undefined` unless it is a queue of the app with a literal setting. */
export function contentBasedDeduplication(queue: sqs.IQueue): boolean | undefined {
  if (!queue.fifo) return false;
  const cfn = queue.node.defaultChild;
  if (!(cfn instanceof sqs.CfnQueue)) return undefined;
  const v = cfn.contentBasedDeduplication;
  return v === undefined ? false : typeof v === 'boolean' ? v : undefined;
}

export const SQS_SEND_MESSAGE: ServiceAction<sqs.IQueue> = {
  service: 'sqs',
  action: 'SendMessage',
  docs: `${API}/API_SendMessage.html`,
  grant: (queue, grantee) => { queue.grantSendMessages(grantee); },
  subtype: 'SQS-SendMessage',
  parameters: {
    required: ['QueueUrl', 'MessageBody'],
    optional: ['DelaySeconds', 'MessageAttributes', 'MessageDeduplicationId', 'MessageGroupId', 'MessageSystemAttributes', 'Region'],
    catalogue: 'C67',
  },
  fifo: SEND_FIFO,
  targetFacts: queue => ({ queueFifo: queue.fifo }),
  httpFixed: queue => ({ QueueUrl: queue.queueUrl }),
  httpDefaults: { MessageBody: '$request.body' },
  rest: () => ({
    contentType: FORM,
    template: 'Action=SendMessage&MessageBody=$util.urlEncode($input.body)',
    response: '{"messageId": "$input.path(\'$.SendMessageResponse.SendMessageResult.MessageId\')"}',
  }),
  websocket: () => ({
    contentType: FORM,
    template: 'Action=SendMessage&MessageBody=$util.urlEncode($input.body)'
      + '&MessageAttribute.1.Name=connectionId&MessageAttribute.1.Value.StringValue=$context.connectionId&MessageAttribute.1.Value.DataType=String',
  }),
};

export const SQS_RECEIVE_MESSAGE: ServiceAction<sqs.IQueue> = {
  service: 'sqs',
  action: 'ReceiveMessage',
  docs: `${API}/API_ReceiveMessage.html`,
  grant: (queue, grantee) => {
    queue.grant(grantee, 'sqs:ReceiveMessage');
    queue.encryptionMasterKey?.grantDecrypt(grantee);
  },
  subtype: 'SQS-ReceiveMessage',
  parameters: {
    required: ['QueueUrl'],
    optional: ['AttributeNames', 'MaxNumberOfMessages', 'MessageAttributeNames', 'ReceiveRequestAttemptId', 'VisibilityTimeout', 'WaitTimeSeconds', 'Region'],
    catalogue: 'C68',
  },
  httpFixed: queue => ({ QueueUrl: queue.queueUrl }),
};

export const SQS_DELETE_MESSAGE: ServiceAction<sqs.IQueue> = {
  service: 'sqs',
  action: 'DeleteMessage',
  docs: `${API}/API_DeleteMessage.html`,
  grant: (queue, grantee) => { queue.grant(grantee, 'sqs:DeleteMessage'); },
  subtype: 'SQS-DeleteMessage',
  parameters: { required: ['ReceiptHandle', 'QueueUrl'], optional: ['Region'], catalogue: 'C69' },
  httpFixed: queue => ({ QueueUrl: queue.queueUrl }),
};

export const SQS_PURGE_QUEUE: ServiceAction<sqs.IQueue> = {
  service: 'sqs',
  action: 'PurgeQueue',
  docs: `${API}/API_PurgeQueue.html`,
  grant: (queue, grantee) => { queue.grantPurge(grantee); },
  subtype: 'SQS-PurgeQueue',
  parameters: { required: ['QueueUrl'], optional: ['Region'], catalogue: 'C70' },
  httpFixed: queue => ({ QueueUrl: queue.queueUrl }),
};
