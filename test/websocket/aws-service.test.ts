import { Match } from 'aws-cdk-lib/assertions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { errorOf, synth, wsStack } from './support';
import {
  AwsServiceUri, BackendCredentials, WebSocketApiAwsIntegration, WebSocketApiDynamoDbIntegration, WebSocketApiEventBridgeIntegration,
  WebSocketApiKinesisIntegration, WebSocketApiSqsIntegration, WebSocketApiStepFunctionsIntegration,
} from '../../src';

function policyActions(t: ReturnType<typeof synth>): unknown[] {
  // a created role carries its grants inline: no AWS::IAM::Policy
  expect(t.findResources('AWS::IAM::Policy')).toEqual({});
  return Object.values(t.findResources('AWS::IAM::Role'))
    .flatMap((r: any) => r.Properties.Policies ?? [])
    .flatMap((p: any) => p.PolicyDocument.Statement.map((s: any) => s.Action));
}

describe('WebSocketApiAwsIntegration', () => {
  test('snapshot', () => {
    const { stack, api } = wsStack();
    const role = iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/publisher');
    api.addRoute('publish', { integration: new WebSocketApiAwsIntegration('Integration', { uri: AwsServiceUri.action('sns', 'Publish'), credentials: BackendCredentials.fromRole(role) }) });
    expect(synth(stack).toJSON()).toMatchSnapshot();
  });

  test('is an AWS integration with the service ARN, POST and the role', () => {
    const { stack, api } = wsStack();
    const role = iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/publisher');
    api.addRoute('publish', { integration: new WebSocketApiAwsIntegration('Integration', { uri: AwsServiceUri.action('sns', 'Publish'), credentials: BackendCredentials.fromRole(role) }) });
    synth(stack).hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS',
      IntegrationMethod: 'POST',
      CredentialsArn: 'arn:aws:iam::123456789012:role/publisher',
      IntegrationUri: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':apigateway:us-east-1:sns:action/Publish']] },
    });
  });

  test('fails when asked for caller credentials, which CloudFormation refuses on WebSocket integrations', () => {
    const { api } = wsStack();
    expect(errorOf(() => api.addRoute('publish', { integration: new WebSocketApiAwsIntegration('Integration', { uri: AwsServiceUri.action('sns', 'Publish'), credentials: BackendCredentials.callerIdentity() }) })))
      .toMatch(/^\[Test\/Ws\/publish-Route\] WebSocketApiAwsIntegration: 1 problem\n- CredentialsNotArn: CloudFormation/);
  });
});

describe('AWS service factories', () => {
  test('SQS SendMessage: form-encoded template, NEVER passthrough, role granted send only', () => {
    const { stack, api } = wsStack();
    const queue = new sqs.Queue(stack, 'Queue');
    api.addRoute('enqueue', { integration: WebSocketApiSqsIntegration.sendMessage('Integration', queue) });
    const t = synth(stack);
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS',
      PassthroughBehavior: 'NEVER',
      TemplateSelectionExpression: '\\$default',
      RequestParameters: { 'integration.request.header.Content-Type': '\'application/x-www-form-urlencoded\'' },
      RequestTemplates: { $default: Match.stringLikeRegexp('^Action=SendMessage&MessageBody=\\$util.urlEncode\\(\\$input.body\\)') },
      CredentialsArn: Match.anyValue(),
    });
    expect(policyActions(t)).toEqual([['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl']]);
  });

  test('SQS SendMessage on a FIFO queue sets the message group and deduplication ids', () => {
    const { stack, api } = wsStack();
    const queue = new sqs.Queue(stack, 'Queue', { fifo: true });
    api.addRoute('enqueue', { integration: WebSocketApiSqsIntegration.sendMessage('Integration', queue) });
    synth(stack).hasResourceProperties('AWS::ApiGatewayV2::Integration', { RequestTemplates: { $default: Match.stringLikeRegexp('MessageGroupId=\\$context.connectionId&MessageDeduplicationId=\\$context.requestId$') } });
  });

  test('DynamoDB PutItem: role granted dynamodb:PutItem on the table only', () => {
    const { stack, api } = wsStack();
    const table = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });
    api.addRoute('save', { integration: WebSocketApiDynamoDbIntegration.putItem('Integration', table) });
    const t = synth(stack);
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationUri: { 'Fn::Join': ['', Match.arrayWith([':apigateway:us-east-1:dynamodb:action/PutItem'])] } });
    t.hasResourceProperties('AWS::IAM::Role', { Policies: [{ PolicyName: 'Invoke', PolicyDocument: { Statement: [{ Action: 'dynamodb:PutItem', Effect: 'Allow', Resource: Match.arrayWith([{ 'Fn::GetAtt': [stack.getLogicalId(table.node.defaultChild as dynamodb.CfnTable), 'Arn'] }]) }] } }] });
  });

  test('Kinesis PutRecord: role granted kinesis:PutRecord on the stream', () => {
    const { stack, api } = wsStack();
    const stream = new kinesis.Stream(stack, 'Stream', { encryption: kinesis.StreamEncryption.UNENCRYPTED });
    api.addRoute('track', { integration: WebSocketApiKinesisIntegration.putRecord('Integration', stream) });
    const t = synth(stack);
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', { RequestTemplates: { $default: Match.anyValue() } });
    expect(policyActions(t)).toEqual(['kinesis:PutRecord']);
  });

  test('EventBridge PutEvents: target header, source and detail type in the template, role granted PutEvents', () => {
    const { stack, api } = wsStack();
    const bus = new events.EventBus(stack, 'Bus');
    api.addRoute('event', { integration: WebSocketApiEventBridgeIntegration.putEvents('Integration', bus, { source: 'chat', detailType: 'message' }) });
    const t = synth(stack);
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      RequestParameters: { 'integration.request.header.X-Amz-Target': '\'AWSEvents.PutEvents\'', 'integration.request.header.Content-Type': '\'application/x-amz-json-1.1\'' },
      RequestTemplates: { $default: { 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp('"Source": "chat", "DetailType": "message"')])] } },
    });
    expect(policyActions(t)).toEqual(['events:PutEvents']);
  });

  test('Step Functions StartExecution: role granted states:StartExecution', () => {
    const { stack, api } = wsStack();
    const sm = new sfn.StateMachine(stack, 'Sm', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'Pass')) });
    api.addRoute('start', { integration: WebSocketApiStepFunctionsIntegration.startExecution('Integration', sm) });
    const t = synth(stack);
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationUri: { 'Fn::Join': ['', Match.arrayWith([':apigateway:us-east-1:states:action/StartExecution'])] } });
    expect(policyActions(t)).toContain('states:StartExecution');
  });

  test('a role given is granted through the target instead of creating one', () => {
    const { stack, api } = wsStack();
    const role = new iam.Role(stack, 'Given', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });
    api.addRoute('enqueue', { integration: WebSocketApiSqsIntegration.sendMessage('Integration', new sqs.Queue(stack, 'Queue'), { credentials: BackendCredentials.fromRole(role) }) });
    const t = synth(stack);
    t.resourceCountIs('AWS::IAM::Role', 1);
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', { CredentialsArn: { 'Fn::GetAtt': [stack.getLogicalId(role.node.defaultChild as iam.CfnRole), 'Arn'] } });
  });

  test('fails when a template selection expression reads a query string, naming the route', () => {
    const { stack, api } = wsStack();
    expect(errorOf(() => api.addRoute('enqueue', { integration: WebSocketApiSqsIntegration.sendMessage('Integration', new sqs.Queue(stack, 'Queue'), { templateSelectionExpression: '${request.querystring.x}' }) })))
      .toMatch(/^\[Test\/Ws\/enqueue-Route\] WebSocketApiSqsIntegration: 1 problem\n- TemplateSelectionExpressionNotSupported/);
  });
});

describe('AWS service factory snapshots', () => {
  test('WebSocketApiSqsIntegration snapshot', () => {
    const { stack, api } = wsStack();
    api.addRoute('enqueue', { integration: WebSocketApiSqsIntegration.sendMessage('Integration', new sqs.Queue(stack, 'Queue')) });
    expect(synth(stack).toJSON()).toMatchSnapshot();
  });

  test('WebSocketApiDynamoDbIntegration snapshot', () => {
    const { stack, api } = wsStack();
    api.addRoute('save', { integration: WebSocketApiDynamoDbIntegration.putItem('Integration', new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } })) });
    expect(synth(stack).toJSON()).toMatchSnapshot();
  });

  test('WebSocketApiKinesisIntegration snapshot', () => {
    const { stack, api } = wsStack();
    api.addRoute('track', { integration: WebSocketApiKinesisIntegration.putRecord('Integration', new kinesis.Stream(stack, 'Stream', { encryption: kinesis.StreamEncryption.UNENCRYPTED })) });
    expect(synth(stack).toJSON()).toMatchSnapshot();
  });

  test('WebSocketApiEventBridgeIntegration snapshot', () => {
    const { stack, api } = wsStack();
    api.addRoute('event', { integration: WebSocketApiEventBridgeIntegration.putEvents('Integration', new events.EventBus(stack, 'Bus'), { source: 'chat' }) });
    expect(synth(stack).toJSON()).toMatchSnapshot();
  });

  test('WebSocketApiStepFunctionsIntegration snapshot', () => {
    const { stack, api } = wsStack();
    const sm = new sfn.StateMachine(stack, 'Sm', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'Pass')) });
    api.addRoute('start', { integration: WebSocketApiStepFunctionsIntegration.startExecution('Integration', sm) });
    expect(synth(stack).toJSON()).toMatchSnapshot();
  });
});
