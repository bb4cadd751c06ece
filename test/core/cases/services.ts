import { send } from './fixtures';
import { RuleCase } from './types';
import { HOLE, Unknown } from '../../../src/core/facts';

const ROLE = 'arn:aws:iam::123456789012:role/api';
const QUEUE_URL = 'https://sqs.us-east-1.amazonaws.com/123456789012/orders.fifo';
const SM = 'arn:aws:states:us-east-1:123456789012:stateMachine:m';
const SQS_PATH = 'arn:aws:apigateway:us-east-1:sqs:path/123456789012/orders.fifo';
const SEND = 'Action=SendMessage&MessageBody=$util.urlEncode($input.body)';

const restSqs = { type: 'AWS', integrationMethod: 'POST', uri: SQS_PATH, credentials: ROLE, queueFifo: true };
const httpSend = { type: 'AWS_PROXY', subtype: 'SQS-SendMessage', credentials: ROLE, payloadFormatVersion: '1.0', queueFifo: true };
const restSync = { type: 'AWS', integrationMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:states:action/StartSyncExecution', credentials: ROLE };
const syncTemplate = { 'application/json': `{"input": "$util.escapeJavaScript($input.json('$'))", "stateMachineArn": "${SM}"}` };

/** Cases for src/core/rules/services.ts. */
export const SERVICE_CASES: RuleCase[] = [
  // SqsMessageGroupIdRequired — C67
  { code: 'SqsMessageGroupIdRequired', name: 'a REST SendMessage template without it, to a FIFO queue', kind: 'REST', facts: { ...restSqs, requestTemplates: { 'application/json': SEND } }, fails: true, mentions: 'application/json' },
  { code: 'SqsMessageGroupIdRequired', name: 'a REST SendMessage template with it', kind: 'REST', facts: { ...restSqs, requestTemplates: { 'application/json': `${SEND}&MessageGroupId=g` } }, fails: false },
  { code: 'SqsMessageGroupIdRequired', name: 'a REST template of another action (ListQueues)', kind: 'REST', facts: { ...restSqs, requestTemplates: { 'application/json': 'Action=ListQueues' } }, fails: false },
  { code: 'SqsMessageGroupIdRequired', name: 'a REST SendMessage to a standard queue', kind: 'REST', facts: { ...restSqs, queueFifo: false, requestTemplates: { 'application/json': SEND } }, fails: false },
  { code: 'SqsMessageGroupIdRequired', name: 'a queue whose FIFO-ness is unknown', kind: 'REST', facts: { ...restSqs, queueFifo: new Unknown(), requestTemplates: { 'application/json': SEND } }, fails: false },
  { code: 'SqsMessageGroupIdRequired', name: 'a template with a token (it may write the group id)', kind: 'REST', facts: { ...restSqs, requestTemplates: { 'application/json': new Unknown(`${SEND}&${HOLE}`) } }, fails: false },
  { code: 'SqsMessageGroupIdRequired', name: 'no template (the body passes through)', kind: 'REST', facts: restSqs, fails: false },
  { code: 'SqsMessageGroupIdRequired', name: 'a group id from an integration request parameter', kind: 'REST', facts: { ...restSqs, requestParameters: { 'integration.request.querystring.MessageGroupId': 'method.request.header.g' }, requestTemplates: { 'application/json': SEND } }, fails: false },
  { code: 'SqsMessageGroupIdRequired', name: 'the JSON protocol (X-Amz-Target AmazonSQS.SendMessage) without it', kind: 'REST', facts: { ...restSqs, requestParameters: { 'integration.request.header.X-Amz-Target': "'AmazonSQS.SendMessage'" }, requestTemplates: { 'application/json': `{"QueueUrl": "${QUEUE_URL}", "MessageBody": "x"}` } }, fails: true },
  { code: 'SqsMessageGroupIdRequired', name: 'an HTTP SQS-SendMessage without the parameter', kind: 'HTTP', facts: { ...httpSend, requestParameters: { QueueUrl: QUEUE_URL, MessageBody: '$request.body' } }, fails: true, mentions: 'no MessageGroupId parameter' },
  { code: 'SqsMessageGroupIdRequired', name: 'an HTTP SQS-SendMessage with it', kind: 'HTTP', facts: { ...httpSend, requestParameters: { QueueUrl: QUEUE_URL, MessageBody: '$request.body', MessageGroupId: '$request.header.g' } }, fails: false },
  { code: 'SqsMessageGroupIdRequired', name: 'an HTTP SQS-ReceiveMessage (not a send)', kind: 'HTTP', facts: { ...httpSend, subtype: 'SQS-ReceiveMessage', requestParameters: { QueueUrl: QUEUE_URL } }, fails: false },
  { code: 'SqsMessageGroupIdRequired', name: 'a WebSocket SendMessage template without it', kind: 'WEBSOCKET', facts: { ...restSqs, requestTemplates: { $default: SEND } }, fails: true },
  { code: 'SqsMessageGroupIdRequired', name: 'a WebSocket SendMessage template grouping by connection', kind: 'WEBSOCKET', facts: { ...restSqs, requestTemplates: { $default: `${SEND}&MessageGroupId=$context.connectionId` } }, fails: false },

  // SyncExecutionNotExpress — C74: HTTP API subtypes, REST and WebSocket AWS integrations
  { code: 'SyncExecutionNotExpress', name: 'an HTTP StartSyncExecution on a STANDARD state machine', kind: 'HTTP', facts: { ...send, subtype: 'StepFunctions-StartSyncExecution', requestParameters: { StateMachineArn: SM }, stateMachineType: 'STANDARD' }, fails: true, mentions: 'use StepFunctions-StartExecution' },
  { code: 'SyncExecutionNotExpress', name: 'an HTTP StartSyncExecution on an EXPRESS state machine', kind: 'HTTP', facts: { ...send, subtype: 'StepFunctions-StartSyncExecution', requestParameters: { StateMachineArn: SM }, stateMachineType: 'EXPRESS' }, fails: false },
  { code: 'SyncExecutionNotExpress', name: 'an HTTP StartExecution on a STANDARD state machine', kind: 'HTTP', facts: { ...send, subtype: 'StepFunctions-StartExecution', requestParameters: { StateMachineArn: SM }, stateMachineType: 'STANDARD' }, fails: false },
  { code: 'SyncExecutionNotExpress', name: 'a REST StartSyncExecution on a STANDARD state machine', kind: 'REST', facts: { ...restSync, requestTemplates: syncTemplate, stateMachineType: 'STANDARD' }, fails: true, mentions: 'use StartExecution' },
  { code: 'SyncExecutionNotExpress', name: 'a REST StartSyncExecution on an EXPRESS state machine', kind: 'REST', facts: { ...restSync, requestTemplates: syncTemplate, stateMachineType: 'EXPRESS' }, fails: false },
  { code: 'SyncExecutionNotExpress', name: 'a REST StartExecution on a STANDARD state machine', kind: 'REST', facts: { ...restSync, uri: 'arn:aws:apigateway:us-east-1:states:action/StartExecution', stateMachineType: 'STANDARD' }, fails: false },
  { code: 'SyncExecutionNotExpress', name: 'a WebSocket StartSyncExecution on a STANDARD state machine', kind: 'WEBSOCKET', facts: { ...restSync, stateMachineType: 'STANDARD' }, fails: true },
  { code: 'SyncExecutionNotExpress', name: 'a WebSocket StartSyncExecution on a state machine of unknown type', kind: 'WEBSOCKET', facts: { ...restSync, stateMachineType: new Unknown() }, fails: false },
];
