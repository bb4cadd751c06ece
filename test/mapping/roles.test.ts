import { Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import {
  AwsServiceUri, HttpApiKinesisIntegration, HttpApiLambdaIntegration, HttpApiSqsIntegration, BackendCredentials,
  RestApiAwsIntegration, RestApiDynamoDbIntegration, RestApiKinesisIntegration, RestApiLambdaIntegration, RestApiSqsIntegration,
  WebSocketApiAwsIntegration, WebSocketApiDynamoDbIntegration, WebSocketApiKinesisIntegration, WebSocketApiLambdaIntegration,
  WebSocketApiSqsIntegration,
} from '../../src';
import { fn, synth, testStack } from '../support/common';

/**
 * Roles, one behaviour on every API kind: a given role is used as is (no policy attached to it,
 * whoever owns it) unless `fromRole(role, { grant: true })` asks for the grant; created roles get
 * exactly the one action on the one target (plus the target's KMS key where it has one).
 */

type Kind = 'REST' | 'HTTP' | 'WebSocket';
const KINDS: Kind[] = ['REST', 'HTTP', 'WebSocket'];

/** One SQS sendMessage integration of `kind` with these credentials, on a fresh API. */
function sqsApp(kind: Kind, credentials: (stack: Stack) => BackendCredentials): { stack: Stack; queue: sqs.Queue } {
  const stack = testStack();
  const queue = new sqs.Queue(stack, 'Queue');
  const c = credentials(stack);
  if (kind === 'REST') {
    new apigw.RestApi(stack, 'Api', { cloudWatchRole: false }).root.addMethod('POST', RestApiSqsIntegration.sendMessage(queue, { credentials: c }));
  } else if (kind === 'HTTP') {
    new apigwv2.HttpApi(stack, 'Api').addRoutes({ path: '/send', methods: [apigwv2.HttpMethod.POST], integration: HttpApiSqsIntegration.sendMessage('Send', queue, { credentials: c }) });
  } else {
    new apigwv2.WebSocketApi(stack, 'Api').addRoute('send', { integration: WebSocketApiSqsIntegration.sendMessage('Integration', queue, { credentials: c }) });
  }
  return { stack, queue };
}

const imported = (stack: Stack) => iam.Role.fromRoleArn(stack, 'Given', 'arn:aws:iam::123456789012:role/owned-elsewhere');

describe.each(KINDS)('%s: a given role', kind => {
  test('is used as is: no policy is attached to it', () => {
    const { stack } = sqsApp(kind, s => BackendCredentials.fromRole(imported(s)));
    const t = synth(stack);
    t.resourceCountIs('AWS::IAM::Policy', 0);
    t.resourceCountIs('AWS::IAM::Role', 0);
    expect(JSON.stringify(t.toJSON())).toContain('arn:aws:iam::123456789012:role/owned-elsewhere');
  });

  test('is granted the one action on the one queue when asked (grant: true)', () => {
    const { stack, queue } = sqsApp(kind, s => BackendCredentials.fromRole(imported(s), { grant: true }));
    const t = synth(stack);
    t.hasResourceProperties('AWS::IAM::Policy', {
      Roles: ['owned-elsewhere'],
      PolicyDocument: { Statement: [Match.objectLike({ Action: Match.arrayWith(['sqs:SendMessage']), Resource: stack.resolve(queue.queueArn) })] },
    });
  });
});

describe.each(KINDS)('%s: Lambda with a given role', kind => {
  test('no grant by default, lambda:InvokeFunction on that function with grant: true', () => {
    const policies = (grant: boolean) => {
      const stack = testStack();
      const handler = fn(stack);
      const c = BackendCredentials.fromRole(imported(stack), { grant });
      if (kind === 'REST') new apigw.RestApi(stack, 'Api').root.addMethod('GET', new RestApiLambdaIntegration(handler, { credentials: c }));
      else if (kind === 'HTTP') new apigwv2.HttpApi(stack, 'Api').addRoutes({ path: '/a', integration: new HttpApiLambdaIntegration('A', handler, { credentials: c }) });
      else new apigwv2.WebSocketApi(stack, 'Api').addRoute('send', { integration: new WebSocketApiLambdaIntegration('Integration', handler, { credentials: c }) });
      return Template.fromStack(stack).findResources('AWS::IAM::Policy');
    };
    expect(Object.keys(policies(false))).toHaveLength(0);
    const granted = Object.values(policies(true));
    expect(granted).toHaveLength(1);
    expect(JSON.stringify(granted[0])).toContain('lambda:InvokeFunction');
  });
});

describe.each(KINDS)('%s: Kinesis putRecord', kind => {
  function kinesisApp(encrypted: boolean): { stack: Stack; stream: kinesis.Stream; key?: kms.Key; t: Template } {
    const stack = testStack();
    const key = encrypted ? new kms.Key(stack, 'Key') : undefined;
    const stream = new kinesis.Stream(stack, 'Stream', encrypted ? { encryption: kinesis.StreamEncryption.KMS, encryptionKey: key } : { encryption: kinesis.StreamEncryption.UNENCRYPTED });
    if (kind === 'REST') new apigw.RestApi(stack, 'Api').root.addMethod('POST', RestApiKinesisIntegration.putRecord(stream));
    else if (kind === 'HTTP') new apigwv2.HttpApi(stack, 'Api').addRoutes({ path: '/r', methods: [apigwv2.HttpMethod.POST], integration: HttpApiKinesisIntegration.putRecord('Put', stream) });
    else new apigwv2.WebSocketApi(stack, 'Api').addRoute('put', { integration: WebSocketApiKinesisIntegration.putRecord('Integration', stream) });
    return { stack, stream, key, t: synth(stack) };
  }

  const statements = (t: Template) => Object.values(t.findResources('AWS::IAM::Role'))
    .flatMap(r => (r.Properties.Policies ?? []).flatMap((p: { PolicyDocument: { Statement: unknown[] } }) => p.PolicyDocument.Statement));

  test('the one action kinesis:PutRecord on the stream, nothing else', () => {
    const { stack, stream, t } = kinesisApp(false);
    expect(statements(t)).toEqual([{ Action: 'kinesis:PutRecord', Effect: 'Allow', Resource: stack.resolve(stream.streamArn) }]);
  });

  test('plus encrypt on the stream\'s own KMS key when it is encrypted, never on "*"', () => {
    const { stack, stream, key, t } = kinesisApp(true);
    const all = statements(t);
    expect(all).toContainEqual({ Action: 'kinesis:PutRecord', Effect: 'Allow', Resource: stack.resolve(stream.streamArn) });
    expect(all).toContainEqual({ Action: ['kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'], Effect: 'Allow', Resource: stack.resolve(key!.keyArn) });
    expect(JSON.stringify(all)).not.toMatch(/kinesis:PutRecords|kinesis:ListShards|"Resource":"\*"/);
  });
});

describe('DynamoDB on a table with a customer-managed key', () => {
  function table(stack: Stack): { t: dynamodb.Table; key: kms.Key } {
    const key = new kms.Key(stack, 'Key');
    const t = new dynamodb.Table(stack, 'Table', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: key,
    });
    return { key, t };
  }
  type Policy = { PolicyDocument: { Statement: Array<{ Resource: unknown }> } };
  const keyStatement = (template: Template, keyArn: unknown) => Object.values(template.findResources('AWS::IAM::Role'))
    .flatMap(r => (r.Properties.Policies ?? []).flatMap((p: Policy) => p.PolicyDocument.Statement))
    .filter(s => JSON.stringify(s.Resource) === JSON.stringify(keyArn));

  test('REST getItem: decrypt only', () => {
    const stack = testStack();
    const { t, key } = table(stack);
    new apigw.RestApi(stack, 'Api').root.addMethod('POST', RestApiDynamoDbIntegration.getItem(t));
    expect(keyStatement(synth(stack), stack.resolve(key.keyArn))).toEqual([{ Action: ['kms:Decrypt', 'kms:DescribeKey'], Effect: 'Allow', Resource: stack.resolve(key.keyArn) }]);
  });

  test('REST putItem and WebSocket putItem: decrypt and encrypt', () => {
    const write = ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'];
    for (const bind of [
      (s: Stack, tb: dynamodb.Table) => new apigw.RestApi(s, 'Api').root.addMethod('PUT', RestApiDynamoDbIntegration.putItem(tb)),
      (s: Stack, tb: dynamodb.Table) => new apigwv2.WebSocketApi(s, 'Api').addRoute('save', { integration: WebSocketApiDynamoDbIntegration.putItem('Integration', tb) }),
    ]) {
      const stack = testStack();
      const { t, key } = table(stack);
      bind(stack, t);
      expect(keyStatement(synth(stack), stack.resolve(key.keyArn))).toEqual([{ Action: write, Effect: 'Allow', Resource: stack.resolve(key.keyArn) }]);
    }
  });

  test('an AWS-owned key needs no key grant', () => {
    const stack = testStack();
    const t = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });
    new apigw.RestApi(stack, 'Api').root.addMethod('PUT', RestApiDynamoDbIntegration.putItem(t));
    expect(JSON.stringify(synth(stack).toJSON())).not.toContain('kms:');
  });
});

describe('WebSocketApiAwsIntegration with a created role that nothing grants', () => {
  test('warns CreatedRoleWithoutPermissions on the route (every request would be denied)', () => {
    const stack = testStack();
    const api = new apigwv2.WebSocketApi(stack, 'Api');
    api.addRoute('publish', { integration: new WebSocketApiAwsIntegration('Integration', { uri: AwsServiceUri.action('sns', 'Publish'), credentials: BackendCredentials.createRole() }) });
    Annotations.fromStack(stack).hasWarning('/Test/Api/publish-Route', Match.stringLikeRegexp('^\\[CreatedRoleWithoutPermissions\\]'));
  });

  test('a service factory that grants its action does not warn', () => {
    const stack = testStack();
    new apigwv2.WebSocketApi(stack, 'Api').addRoute('send', { integration: WebSocketApiSqsIntegration.sendMessage('Integration', new sqs.Queue(stack, 'Q')) });
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('CreatedRoleWithoutPermissions'))).toEqual([]);
  });
});

describe('RestApiAwsIntegration with a created role', () => {
  const uri = () => AwsServiceUri.action('sns', 'Publish');
  test('warns CreatedRoleWithoutPermissions when nothing is granted', () => {
    const stack = testStack();
    new apigw.RestApi(stack, 'Api').root.addMethod('POST', new RestApiAwsIntegration({ uri: uri(), credentials: BackendCredentials.createRole() }));
    Annotations.fromStack(stack).hasWarning('/Test/Api/Default/POST', Match.stringLikeRegexp('^\\[CreatedRoleWithoutPermissions\\]'));
  });

  test('no warning with policyStatements', () => {
    const stack = testStack();
    const statement = new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['arn:aws:sns:us-east-1:123456789012:t'] });
    new apigw.RestApi(stack, 'Api').root.addMethod('POST', new RestApiAwsIntegration({ uri: uri(), credentials: BackendCredentials.createRole(), policyStatements: [statement] }));
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('CreatedRoleWithoutPermissions'))).toEqual([]);
  });
});
