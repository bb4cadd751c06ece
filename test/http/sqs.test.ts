import { Match } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { errorOf, integrationProps, route, setup, synth } from './support';
import { HttpApiSqsIntegration, BackendCredentials, RequestValue } from '../../src';

describe('HttpApiSqsIntegration', () => {
  test('snapshot', () => {
    const { stack, api } = setup();
    route(api, '/send', HttpApiSqsIntegration.sendMessage('Send', new sqs.Queue(stack, 'Queue')));
    expect(synth(stack).toJSON()).toMatchSnapshot();
  });

  test('sendMessage: subtype, exact-case parameters, payload 1.0, a role allowed to send to that queue only', () => {
    const { stack, api } = setup();
    const queue = new sqs.Queue(stack, 'Queue');
    route(api, '/send', HttpApiSqsIntegration.sendMessage('Send', queue, { messageGroupId: RequestValue.header('x-tenant'), delaySeconds: RequestValue.literal('5') }));
    const t = synth(stack);
    expect(integrationProps(t)).toMatchObject({
      IntegrationType: 'AWS_PROXY',
      IntegrationSubtype: 'SQS-SendMessage',
      PayloadFormatVersion: '1.0',
      RequestParameters: { QueueUrl: stack.resolve(queue.queueUrl), MessageBody: '$request.body', MessageGroupId: '$request.header.x-tenant', DelaySeconds: '5' },
    });
    t.resourceCountIs('AWS::IAM::Policy', 0);
    t.hasResourceProperties('AWS::IAM::Role', {
      Policies: [{ PolicyName: 'Invoke', PolicyDocument: { Statement: [{ Action: ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'], Effect: 'Allow', Resource: stack.resolve(queue.queueArn) }] } }],
    });
    t.hasResourceProperties('AWS::IAM::Role', { AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Principal: { Service: 'apigateway.amazonaws.com' } })] } });
  });

  test('receiveMessage on an encrypted queue: sqs:ReceiveMessage and kms:Decrypt only', () => {
    const { stack, api } = setup();
    const queue = new sqs.Queue(stack, 'Queue', { encryptionMasterKey: new kms.Key(stack, 'Key') });
    route(api, '/receive', HttpApiSqsIntegration.receiveMessage('Receive', queue, { maxNumberOfMessages: RequestValue.querystring('max') }));
    const t = synth(stack);
    expect(integrationProps(t).RequestParameters).toEqual({ QueueUrl: stack.resolve(queue.queueUrl), MaxNumberOfMessages: '$request.querystring.max' });
    t.hasResourceProperties('AWS::IAM::Role', { Policies: [{ PolicyName: 'Invoke', PolicyDocument: { Statement: [Match.objectLike({ Action: 'sqs:ReceiveMessage' }), Match.objectLike({ Action: 'kms:Decrypt' })] } }] });
  });

  test('deleteMessage and purgeQueue', () => {
    const { stack, api } = setup();
    const queue = new sqs.Queue(stack, 'Queue');
    route(api, '/delete', HttpApiSqsIntegration.deleteMessage('Delete', queue, { receiptHandle: RequestValue.bodyPath('$.receipt') }));
    route(api, '/purge', HttpApiSqsIntegration.purgeQueue('Purge', queue));
    const t = synth(stack);
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationSubtype: 'SQS-DeleteMessage', RequestParameters: { QueueUrl: Match.anyValue(), ReceiptHandle: '$request.body.receipt' } });
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationSubtype: 'SQS-PurgeQueue', RequestParameters: { QueueUrl: Match.anyValue() } });
    t.hasResourceProperties('AWS::IAM::Role', { Policies: [{ PolicyName: 'Invoke', PolicyDocument: { Statement: [Match.objectLike({ Action: 'sqs:DeleteMessage' })] } }] });
    t.hasResourceProperties('AWS::IAM::Role', { Policies: [{ PolicyName: 'Invoke', PolicyDocument: { Statement: [Match.objectLike({ Action: ['sqs:PurgeQueue', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'] })] } }] });
  });

  test('a given role is granted through the queue and used', () => {
    const { stack, api } = setup();
    const queue = new sqs.Queue(stack, 'Queue');
    const role = new iam.Role(stack, 'Mine', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });
    route(api, '/send', HttpApiSqsIntegration.sendMessage('Send', queue, { credentials: BackendCredentials.fromRole(role) }));
    const t = synth(stack);
    t.resourceCountIs('AWS::IAM::Role', 1);
    expect(integrationProps(t).CredentialsArn).toEqual(stack.resolve(role.roleArn));
  });

  test('fails when the caller identity is chosen (subtypes work with a role only)', () => {
    const { stack, api } = setup();
    expect(errorOf(() => route(api, '/send', HttpApiSqsIntegration.sendMessage('Send', new sqs.Queue(stack, 'Queue'), { credentials: BackendCredentials.callerIdentity() }))))
      .toMatch(/^\[Test\/Api\/POST--send\] HttpApiSqsIntegration: 1 problem\n- CallerCredentialsNotSupported: /);
  });

  test('fails when a value is a JSON object literal or a bad expression', () => {
    const { stack, api } = setup();
    expect(errorOf(() => route(api, '/send', HttpApiSqsIntegration.sendMessage('Send', new sqs.Queue(stack, 'Queue'), {
      messageAttributes: RequestValue.literal('{"a":{"DataType":"String","StringValue":"b"}}'),
      messageGroupId: RequestValue.multiValueHeader('x-tenant'),
    })))).toMatch(/^\[Test\/Api\/POST--send\] HttpApiSqsIntegration: 2 problems\n- SubtypeParameterValueInvalid: a JSON object literal.*\n- SubtypeParameterValueInvalid: MessageGroupId/);
  });
});
