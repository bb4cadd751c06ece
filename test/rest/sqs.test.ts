import { Match } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { errorOf, invokePolicies, restStack, synth, warningOf } from './support';
import { BackendCredentials, RequestValue, RestApiSqsIntegration } from '../../src';

test('snapshot: SendMessage', () => {
  const { stack, api } = restStack();
  api.root.addMethod('POST', RestApiSqsIntegration.sendMessage(new sqs.Queue(stack, 'Queue')));
  expect(synth(stack).toJSON()).toMatchSnapshot();
});

test('SendMessage: path URI, form-encoded template, only the mapped content type, default responses', () => {
  const { stack, api } = restStack();
  api.root.addMethod('POST', RestApiSqsIntegration.sendMessage(new sqs.Queue(stack, 'Queue')));
  synth(stack).hasResourceProperties('AWS::ApiGateway::Method', {
    Integration: {
      Type: 'AWS',
      IntegrationHttpMethod: 'POST',
      Uri: { 'Fn::Join': ['', Match.arrayWith([':apigateway:us-east-1:sqs:path/123456789012/', { 'Fn::GetAtt': [Match.stringLikeRegexp('Queue'), 'QueueName'] }])] },
      RequestParameters: { 'integration.request.header.Content-Type': "'application/x-www-form-urlencoded'" },
      RequestTemplates: { 'application/json': 'Action=SendMessage&MessageBody=$util.urlEncode($input.body)' },
      PassthroughBehavior: 'NEVER',
      IntegrationResponses: [Match.objectLike({ StatusCode: '200' }), Match.objectLike({ StatusCode: '400', SelectionPattern: '4\\d{2}' }), Match.objectLike({ StatusCode: '500', SelectionPattern: '5\\d{2}' })],
    },
    MethodResponses: [{ StatusCode: '200' }, { StatusCode: '400' }, { StatusCode: '500' }],
  });
});

test('the created role is granted through queue.grantSendMessages (KMS included), nothing else', () => {
  const { stack, api } = restStack();
  const key = new kms.Key(stack, 'Key');
  api.root.addMethod('POST', RestApiSqsIntegration.sendMessage(new sqs.Queue(stack, 'Queue', { encryptionMasterKey: key })));
  const t = synth(stack);
  const policies = invokePolicies(t);
  expect(policies).toHaveLength(1);
  const actions = policies[0].Statement.flatMap((s: any) => [s.Action].flat());
  expect(actions.sort()).toEqual(['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey*', 'kms:ReEncrypt*', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'].sort());
  expect(JSON.stringify(policies[0])).not.toContain('"Resource":"*"');
});

test('a given role is used as is', () => {
  const { stack, api } = restStack();
  const role = iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/api', { mutable: false });
  api.root.addMethod('POST', RestApiSqsIntegration.sendMessage(new sqs.Queue(stack, 'Queue'), { credentials: BackendCredentials.fromRole(role) }));
  const t = synth(stack);
  t.resourceCountIs('AWS::IAM::Role', 0);
  t.hasResourceProperties('AWS::ApiGateway::Method', { Integration: { Credentials: 'arn:aws:iam::123456789012:role/api' } });
});

test('user templates replace the defaults', () => {
  const { stack, api } = restStack();
  api.root.addMethod('POST', RestApiSqsIntegration.sendMessage(new sqs.Queue(stack, 'Queue'), { requestTemplates: { 'text/plain': 'Action=SendMessage&MessageBody=$input.body' } }));
  synth(stack).hasResourceProperties('AWS::ApiGateway::Method', { Integration: { RequestTemplates: { 'text/plain': 'Action=SendMessage&MessageBody=$input.body' } } });
});

test('fails when a request template is keyed by something that is not a content type', () => {
  const { stack, api } = restStack();
  const msg = errorOf(() => api.root.addMethod('POST', RestApiSqsIntegration.sendMessage(new sqs.Queue(stack, 'Queue'), { requestTemplates: { json: '' } })));
  expect(msg).toMatch(/^\[Test\/Api\/Default\/POST\] RestApiSqsIntegration: 1 problem\n- TemplateContentTypeInvalid:/);
});

describe('FIFO queues', () => {
  function template(stack: import('aws-cdk-lib').Stack): string {
    const methods = Object.values(synth(stack).findResources('AWS::ApiGateway::Method')) as any[];
    return methods[0].Properties.Integration.RequestTemplates['application/json'];
  }

  test('the message group comes from the request; the deduplication id defaults to the request id', () => {
    const { stack, api } = restStack();
    const queue = new sqs.Queue(stack, 'Queue', { fifo: true });
    api.root.addMethod('POST', RestApiSqsIntegration.sendMessage(queue, { messageGroupId: RequestValue.header('X-Customer-Id') }));
    expect(template(stack)).toBe("Action=SendMessage&MessageBody=$util.urlEncode($input.body)&MessageGroupId=$util.urlEncode($input.params().header.get('X-Customer-Id'))&MessageDeduplicationId=$context.requestId");
  });

  test('a queue with content-based deduplication gets no deduplication id; values of each kind render to VTL', () => {
    const { stack, api } = restStack();
    const queue = new sqs.Queue(stack, 'Queue', { fifo: true, contentBasedDeduplication: true });
    api.root.addResource('a').addMethod('POST', RestApiSqsIntegration.sendMessage(queue, { messageGroupId: RequestValue.bodyPath('$.order.customer') }));
    expect(template(stack)).toBe("Action=SendMessage&MessageBody=$util.urlEncode($input.body)&MessageGroupId=$util.urlEncode($input.path('$.order.customer'))");
    const other = restStack();
    const fifo = new sqs.Queue(other.stack, 'Queue', { fifo: true });
    other.api.root.addMethod('POST', RestApiSqsIntegration.sendMessage(fifo, {
      messageGroupId: RequestValue.literal('all orders #1'),
      messageDeduplicationId: RequestValue.querystring('id'),
    }));
    expect(template(other.stack)).toBe("Action=SendMessage&MessageBody=$util.urlEncode($input.body)&MessageGroupId=all%20orders%20%231&MessageDeduplicationId=$util.urlEncode($input.params().querystring.get('id'))");
  });

  test('a FIFO queue without a message group sends every message in the one group "default"', () => {
    const { stack, api } = restStack();
    const queue = new sqs.Queue(stack, 'Queue', { fifo: true });
    expect(warningOf(() => api.root.addMethod('POST', RestApiSqsIntegration.sendMessage(queue)))).toBe('no warning');
    expect(template(stack)).toBe('Action=SendMessage&MessageBody=$util.urlEncode($input.body)&MessageGroupId=default&MessageDeduplicationId=$context.requestId');
  });

  test('warns (SqsMessageGroupIdRequired) for your own FIFO template without a message group: it deploys, every request fails', () => {
    const { stack, api } = restStack();
    const queue = new sqs.Queue(stack, 'Queue', { fifo: true });
    const own = { 'application/json': 'Action=SendMessage&MessageBody=$util.urlEncode($input.body)' };
    expect(warningOf(() => api.root.addMethod('POST', RestApiSqsIntegration.sendMessage(queue, { requestTemplates: own }))))
      .toMatch(/^\/Test\/Api\/Default\/POST: \[SqsMessageGroupIdRequired\] a FIFO queue refuses SendMessage without MessageGroupId.*got no MessageGroupId in the request template \(application\/json\).*send MessageGroupId/);
    // recorded, not thrown: the app still synthesizes
    expect(template(stack)).toBe('Action=SendMessage&MessageBody=$util.urlEncode($input.body)');
  });

  test('an imported FIFO queue (by its .fifo name) is FIFO too; your own templates are taken as they are, and judged', () => {
    const { stack, api } = restStack();
    const queue = sqs.Queue.fromQueueArn(stack, 'Imported', 'arn:aws:sqs:us-east-1:123456789012:orders.fifo');
    const bare = { 'application/json': 'Action=SendMessage&MessageBody=$input.body' };
    expect(warningOf(() => api.root.addResource('a').addMethod('POST', RestApiSqsIntegration.sendMessage(queue, { requestTemplates: bare })))).toContain('SqsMessageGroupIdRequired');
    const other = restStack();
    const imported = sqs.Queue.fromQueueArn(other.stack, 'Imported', 'arn:aws:sqs:us-east-1:123456789012:orders.fifo');
    const own = { 'application/json': 'Action=SendMessage&MessageGroupId=g&MessageBody=$input.body' };
    expect(warningOf(() => other.api.root.addMethod('POST', RestApiSqsIntegration.sendMessage(imported, { requestTemplates: own })))).toBe('no warning');
    expect(template(other.stack)).toBe('Action=SendMessage&MessageGroupId=g&MessageBody=$input.body');
  });

  test('an imported FIFO queue (content-based deduplication unknown) gets the request id as deduplication id', () => {
    const { stack, api } = restStack();
    const queue = sqs.Queue.fromQueueArn(stack, 'Imported', 'arn:aws:sqs:us-east-1:123456789012:orders.fifo');
    api.root.addMethod('POST', RestApiSqsIntegration.sendMessage(queue, { messageGroupId: RequestValue.header('g') }));
    expect(template(stack)).toBe("Action=SendMessage&MessageBody=$util.urlEncode($input.body)&MessageGroupId=$util.urlEncode($input.params().header.get('g'))&MessageDeduplicationId=$context.requestId");
  });

  test('fails for a multi-value source', () => {
    const { stack } = restStack();
    const queue = new sqs.Queue(stack, 'Queue', { fifo: true });
    expect(errorOf(() => RestApiSqsIntegration.sendMessage(queue, { messageGroupId: RequestValue.multiValueHeader('X') })))
      .toMatch(/- SqsParameterNotSingleValue: messageGroupId is one value, got a multiValueHeader source/);
  });

  test('a standard queue takes a message group (fair queues) and gets no deduplication id', () => {
    const { stack, api } = restStack();
    api.root.addMethod('POST', RestApiSqsIntegration.sendMessage(new sqs.Queue(stack, 'Queue'), { messageGroupId: RequestValue.context('identity.sourceIp') }));
    expect(template(stack)).toBe('Action=SendMessage&MessageBody=$util.urlEncode($input.body)&MessageGroupId=$util.urlEncode($context.identity.sourceIp)');
  });
});
