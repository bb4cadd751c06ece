import { Match, Template } from 'aws-cdk-lib/assertions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { errorOf, invokePolicies, restStack, synth, warningOf } from './support';
import {
  RestApiDynamoDbIntegration,
  RestApiEventBridgeIntegration,
  RestApiKinesisIntegration,
  RestApiS3Integration,
  RestApiSnsIntegration,
  RestApiStepFunctionsIntegration,
} from '../../src';

/** The actions of the one policy the integration's created role has. */
function grantedActions(t: Template): string[] {
  const policies = invokePolicies(t);
  expect(policies).toHaveLength(1);
  return policies[0].Statement.flatMap((s: any) => [s.Action].flat()).sort();
}

function table(stack: any): dynamodb.Table {
  return new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
}

function machine(stack: any, type?: sfn.StateMachineType): sfn.StateMachine {
  return new sfn.StateMachine(stack, 'Machine', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'Pass')), stateMachineType: type });
}

describe('RestApiSnsIntegration', () => {
  test('snapshot: publish', () => {
    const { stack, api } = restStack();
    api.root.addMethod('POST', RestApiSnsIntegration.publish(new sns.Topic(stack, 'Topic')));
    expect(synth(stack).toJSON()).toMatchSnapshot();
  });

  test('publish: Publish action with the topic ARN in the template, granted sns:Publish only', () => {
    const { stack, api } = restStack();
    api.root.addMethod('POST', RestApiSnsIntegration.publish(new sns.Topic(stack, 'Topic')));
    const t = synth(stack);
    t.hasResourceProperties('AWS::ApiGateway::Method', { Integration: { Uri: { 'Fn::Join': ['', Match.arrayWith([':apigateway:us-east-1:sns:action/Publish'])] } } });
    expect(JSON.stringify(t.toJSON())).toContain('Action=Publish&TopicArn=$util.urlEncode(\'');
    expect(grantedActions(t)).toEqual(['sns:Publish']);
  });
});

describe('RestApiDynamoDbIntegration', () => {
  test('snapshot: putItem', () => {
    const { stack, api } = restStack();
    api.root.addMethod('PUT', RestApiDynamoDbIntegration.putItem(table(stack)));
    expect(synth(stack).toJSON()).toMatchSnapshot();
  });

  test.each([
    ['putItem', 'PutItem', '"Item"'],
    ['getItem', 'GetItem', '"Key"'],
    ['deleteItem', 'DeleteItem', '"Key"'],
    ['updateItem', 'UpdateItem', '"UpdateExpression"'],
    ['query', 'Query', '"KeyConditionExpression"'],
  ] as const)('%s calls %s with the table name and grants only that action', (factory, action, field) => {
    const { stack, api } = restStack();
    api.root.addMethod('POST', RestApiDynamoDbIntegration[factory](table(stack)));
    const t = synth(stack);
    t.hasResourceProperties('AWS::ApiGateway::Method', { Integration: { Uri: { 'Fn::Join': ['', Match.arrayWith([`:apigateway:us-east-1:dynamodb:action/${action}`])] } } });
    const json = JSON.stringify(t.toJSON());
    expect(json).toContain('{\\"TableName\\": \\"');
    expect(json).toContain(field.replace(/"/g, '\\"'));
    expect(grantedActions(t)).toEqual([`dynamodb:${action}`]);
  });
});

describe('RestApiKinesisIntegration', () => {
  test('snapshot: putRecord', () => {
    const { stack, api } = restStack();
    api.root.addMethod('POST', RestApiKinesisIntegration.putRecord(new kinesis.Stream(stack, 'Stream', { encryption: kinesis.StreamEncryption.UNENCRYPTED })));
    expect(synth(stack).toJSON()).toMatchSnapshot();
  });

  test('putRecord: base64 data, request id as partition key, write grant on the stream', () => {
    const { stack, api } = restStack();
    api.root.addMethod('POST', RestApiKinesisIntegration.putRecord(new kinesis.Stream(stack, 'Stream', { encryption: kinesis.StreamEncryption.UNENCRYPTED })));
    const t = synth(stack);
    t.hasResourceProperties('AWS::ApiGateway::Method', { Integration: { RequestParameters: { 'integration.request.header.Content-Type': "'application/x-amz-json-1.1'" } } });
    expect(JSON.stringify(t.toJSON())).toContain('$util.base64Encode($input.body)');
    expect(grantedActions(t)).toContain('kinesis:PutRecord');
  });
});

describe('RestApiEventBridgeIntegration', () => {
  test('snapshot: putEvents', () => {
    const { stack, api } = restStack();
    api.root.addMethod('POST', RestApiEventBridgeIntegration.putEvents(new events.EventBus(stack, 'Bus'), { source: 'shop', detailType: 'OrderPlaced' }));
    expect(synth(stack).toJSON()).toMatchSnapshot();
  });

  test('putEvents: target header, source and detail type in the template, events:PutEvents only', () => {
    const { stack, api } = restStack();
    api.root.addMethod('POST', RestApiEventBridgeIntegration.putEvents(new events.EventBus(stack, 'Bus'), { source: 'shop', detailType: 'OrderPlaced' }));
    const t = synth(stack);
    t.hasResourceProperties('AWS::ApiGateway::Method', { Integration: { RequestParameters: { 'integration.request.header.X-Amz-Target': "'AWSEvents.PutEvents'" } } });
    expect(JSON.stringify(t.toJSON())).toContain('\\"Source\\": \\"shop\\", \\"DetailType\\": \\"OrderPlaced\\"');
    expect(grantedActions(t)).toEqual(['events:PutEvents']);
  });
});

describe('RestApiStepFunctionsIntegration', () => {
  test('snapshot: startExecution', () => {
    const { stack, api } = restStack();
    api.root.addMethod('POST', RestApiStepFunctionsIntegration.startExecution(machine(stack)));
    expect(synth(stack).toJSON()).toMatchSnapshot();
  });

  test('startExecution: states StartExecution, grantStartExecution only', () => {
    const { stack, api } = restStack();
    api.root.addMethod('POST', RestApiStepFunctionsIntegration.startExecution(machine(stack)));
    const t = synth(stack);
    t.hasResourceProperties('AWS::ApiGateway::Method', { Integration: { Uri: { 'Fn::Join': ['', Match.arrayWith([':apigateway:us-east-1:states:action/StartExecution'])] } } });
    expect(grantedActions(t)).toEqual(['states:StartExecution']);
  });

  test('startSyncExecution on an EXPRESS state machine', () => {
    const { stack, api } = restStack();
    api.root.addMethod('POST', RestApiStepFunctionsIntegration.startSyncExecution(machine(stack, sfn.StateMachineType.EXPRESS)));
    const t = synth(stack);
    t.hasResourceProperties('AWS::ApiGateway::Method', { Integration: { Uri: { 'Fn::Join': ['', Match.arrayWith([':apigateway:us-east-1:states:action/StartSyncExecution'])] } } });
    expect(grantedActions(t)).toEqual(['states:StartSyncExecution']);
  });

  test('warns (SyncExecutionNotExpress) when startSyncExecution is given a STANDARD state machine: it deploys, every request fails', () => {
    const { stack, api } = restStack();
    expect(warningOf(() => api.root.addMethod('POST', RestApiStepFunctionsIntegration.startSyncExecution(machine(stack)))))
      .toMatch(/^\/Test\/Api\/Default\/POST: \[SyncExecutionNotExpress\] StartSyncExecution runs EXPRESS state machines only.*got a STANDARD state machine.*use StartExecution/);
    expect(errorOf(() => synth(stack))).toBe('no error');
  });

  test('an imported state machine (type unknown) is not judged', () => {
    const { stack, api } = restStack();
    const imported = sfn.StateMachine.fromStateMachineArn(stack, 'Imported', 'arn:aws:states:us-east-1:123456789012:stateMachine:m');
    expect(warningOf(() => api.root.addMethod('POST', RestApiStepFunctionsIntegration.startSyncExecution(imported)))).toBe('no warning');
  });
});

describe('RestApiS3Integration', () => {
  test('snapshot: getObject', () => {
    const { stack, api } = restStack();
    api.root.addResource('{key}').addMethod('GET', RestApiS3Integration.getObject(new s3.Bucket(stack, 'Bucket')));
    expect(synth(stack).toJSON()).toMatchSnapshot();
  });

  test('getObject: GET bucket/{key} with the key mapped and declared, Content-Type returned, read grant', () => {
    const { stack, api } = restStack();
    api.root.addResource('{key}').addMethod('GET', RestApiS3Integration.getObject(new s3.Bucket(stack, 'Bucket')));
    const t = synth(stack);
    t.hasResourceProperties('AWS::ApiGateway::Method', {
      RequestParameters: { 'method.request.path.key': true },
      Integration: {
        IntegrationHttpMethod: 'GET',
        RequestParameters: { 'integration.request.path.key': 'method.request.path.key' },
        IntegrationResponses: Match.arrayWith([Match.objectLike({ StatusCode: '200', ResponseParameters: { 'method.response.header.Content-Type': 'integration.response.header.Content-Type' } })]),
      },
      MethodResponses: Match.arrayWith([{ StatusCode: '200', ResponseParameters: { 'method.response.header.Content-Type': false } }]),
    });
    expect(grantedActions(t)).toEqual(['s3:GetObject']); // least privilege: no s3:GetBucket*, s3:List*
  });

  test('getObject / putObject on a KMS bucket: only kms:Decrypt / kms:GenerateDataKey on its key', () => {
    const { stack, api } = restStack();
    const bucket = new s3.Bucket(stack, 'Bucket', { encryption: s3.BucketEncryption.KMS });
    api.root.addResource('get').addResource('{key}').addMethod('GET', RestApiS3Integration.getObject(bucket));
    api.root.addResource('put').addResource('{key}').addMethod('PUT', RestApiS3Integration.putObject(bucket));
    const policies = invokePolicies(synth(stack));
    expect(policies.map((p) => p.Statement.map((st: any) => st.Action))).toEqual([
      ['s3:GetObject', 'kms:Decrypt'], ['s3:PutObject', 'kms:GenerateDataKey'],
    ]);
  });

  test('putObject: PUT with the request\'s Content-Type, put grant', () => {
    const { stack, api } = restStack();
    api.root.addResource('{key}').addMethod('PUT', RestApiS3Integration.putObject(new s3.Bucket(stack, 'Bucket')));
    const t = synth(stack);
    t.hasResourceProperties('AWS::ApiGateway::Method', {
      RequestParameters: { 'method.request.path.key': true, 'method.request.header.Content-Type': false },
      Integration: { IntegrationHttpMethod: 'PUT', RequestParameters: { 'integration.request.header.Content-Type': 'method.request.header.Content-Type' } },
    });
    expect(grantedActions(t)).toEqual(['s3:PutObject']); // least privilege: no s3:Abort*, tagging, retention
  });
});
