import { Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import {
  HttpApiSqsIntegration, RequestValue, RestApiSqsIntegration, WebSocketApiSqsIntegration,
} from '../../src';
import { ApiKind } from '../../src/core/facts';
import { SERVICE_ACTIONS } from '../../src/core/services';
import { SQS_SEND_MESSAGE } from '../../src/core/services/sqs';
import { SUBTYPES } from '../../src/core/subtypes';
import { synth, testStack, warningOf } from '../support/common';

/** What one kind's typed SendMessage sends to a queue: the request (template or subtype parameters) as text, and the granted actions. */
interface Sent {
  readonly request: string;
  readonly granted: string[];
}

type Send = (stack: Stack, queue: sqs.IQueue, group?: RequestValue) => void;

/** The typed SendMessage of each kind, on a fresh API in `stack`. */
const SEND: Record<ApiKind, Send> = {
  REST: (stack, queue, group) => {
    new apigw.RestApi(stack, 'Api').root.addMethod('POST', RestApiSqsIntegration.sendMessage(queue, { messageGroupId: group }));
  },
  HTTP: (stack, queue, group) => {
    new apigwv2.HttpApi(stack, 'Api').addRoutes({ path: '/send', methods: [apigwv2.HttpMethod.POST], integration: HttpApiSqsIntegration.sendMessage('Send', queue, { messageGroupId: group }) });
  },
  // WebSocket has no group option: the row's default (the connection) is the group
  WEBSOCKET: (stack, queue) => {
    new apigwv2.WebSocketApi(stack, 'Api').addRoute('send', { integration: WebSocketApiSqsIntegration.sendMessage('Send', queue) });
  },
};

function sent(stack: Stack, kind: ApiKind): Sent {
  const t = synth(stack);
  const request = kind === 'REST'
    ? Object.values(t.findResources('AWS::ApiGateway::Method')).map((m: any) => m.Properties.Integration.RequestTemplates['application/json'])[0]
    : kind === 'HTTP'
      ? Object.entries(Object.values(t.findResources('AWS::ApiGatewayV2::Integration')).map((i: any) => i.Properties.RequestParameters)[0])
        .map(([k, v]) => `${k}=${typeof v === 'string' ? v : '<token>'}`).join('&')
      : Object.values(t.findResources('AWS::ApiGatewayV2::Integration')).map((i: any) => i.Properties.RequestTemplates.$default)[0];
  const granted = Object.values(t.findResources('AWS::IAM::Role')).flatMap((r: any) => (r.Properties.Policies ?? [])
    .flatMap((p: any) => p.PolicyDocument.Statement.flatMap((s: any) => [s.Action].flat())));
  return { request, granted };
}

describe('one table row (SQS SendMessage) drives every kind', () => {
  const row = SQS_SEND_MESSAGE;
  const fifo = row.fifo!;

  test('the HTTP API subtype table is the row\'s', () => {
    expect(SUBTYPES[row.subtype!]).toBe(row.parameters);
    expect(SERVICE_ACTIONS.filter(r => r.service === 'sqs' && r.action === 'SendMessage')).toEqual([row]);
  });

  describe.each(['REST', 'HTTP', 'WEBSOCKET'] as const)('%s', kind => {
    test('the grant is the row\'s (queue.grantSendMessages)', () => {
      const stack = testStack();
      SEND[kind](stack, new sqs.Queue(stack, 'Queue'));
      expect(sent(stack, kind).granted).toEqual(['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl']);
    });

    test('a FIFO queue without a group id: the row\'s default group id is sent, and nothing warns', () => {
      const stack = testStack();
      const queue = new sqs.Queue(stack, 'Queue', { fifo: true });
      const warnings = warningOf(() => SEND[kind](stack, queue), stack);
      const { request } = sent(stack, kind);
      expect(request).toContain(`${fifo.groupId}=${fifo.groupIdDefault[kind]}`);
      expect(warnings).toBe('no warning');
      // the deduplication id: the row's default, as the queue does not deduplicate on content
      expect(request).toContain(`${fifo.deduplicationId}=${fifo.deduplicationIdDefault[kind]}`);
    });

    test('a FIFO queue that deduplicates on content gets no deduplication id', () => {
      const stack = testStack();
      SEND[kind](stack, new sqs.Queue(stack, 'Queue', { fifo: true, contentBasedDeduplication: true }), RequestValue.header('g'));
      expect(sent(stack, kind).request).not.toContain(fifo.deduplicationId);
    });

    test('a standard queue gets neither id by default, and no warning', () => {
      const stack = testStack();
      const warnings = warningOf(() => SEND[kind](stack, new sqs.Queue(stack, 'Queue')), stack);
      expect(sent(stack, kind).request).not.toMatch(/MessageGroupId|MessageDeduplicationId/);
      expect(warnings).toBe('no warning');
    });
  });

  test.each(['REST', 'HTTP'] as const)('%s: a FIFO queue with a group id from the request is not warned of', kind => {
    const stack = testStack();
    const warnings = warningOf(() => SEND[kind](stack, new sqs.Queue(stack, 'Queue', { fifo: true }), RequestValue.header('x-group')), stack);
    expect(warnings).toBe('no warning');
    expect(sent(stack, kind).request).toContain(fifo.groupId);
  });
});

test('WebSocket: your own SendMessage template to a FIFO queue is judged by the same row (typed door)', () => {
  const stack = testStack();
  const queue = new sqs.Queue(stack, 'Queue', { fifo: true });
  const api = new apigwv2.WebSocketApi(stack, 'Api');
  const own = (template: string) => WebSocketApiSqsIntegration.sendMessage('Send', queue, { requestTemplates: { $default: template }, templateSelectionExpression: '\\$default' });
  expect(warningOf(() => api.addRoute('bare', { integration: own('Action=SendMessage&MessageBody=$util.urlEncode($input.body)') }), stack))
    .toMatch(/\/Test\/Api\/bare-Route: \[SqsMessageGroupIdRequired\] .*got no MessageGroupId in the request template \(\$default\)/);
  const other = testStack();
  const otherQueue = new sqs.Queue(other, 'Queue', { fifo: true });
  const grouped = WebSocketApiSqsIntegration.sendMessage('Send', otherQueue, { requestTemplates: { $default: 'Action=SendMessage&MessageGroupId=$context.connectionId&MessageBody=x' } });
  expect(warningOf(() => new apigwv2.WebSocketApi(other, 'Api').addRoute('grouped', { integration: grouped }), other)).toBe('no warning');
});
