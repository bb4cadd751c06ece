import { App, Aspects, Aws, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { IntegrationChecks } from '../../src';
import { checkTemplate, definitionFindings } from '../../src/core/cfn/check';

/** The service rules (src/core/rules/services.ts) through IntegrationChecks, on hand-written L1 of each kind, and on a template. */

const ROLE = 'arn:aws:iam::123456789012:role/r';
const SEND = 'Action=SendMessage&MessageBody=$util.urlEncode($input.body)';

function newStack(): Stack {
  const app = new App();
  const stack = new Stack(app, 'Test', { env: { account: '123456789012', region: 'us-east-1' } });
  Aspects.of(app).add(new IntegrationChecks());
  return stack;
}

/** `[Code]`s of the service rules the aspect reported, as `path [Code]`. */
function found(stack: Stack): string[] {
  const a = Annotations.fromStack(stack);
  return [...a.findError('*', Match.anyValue()), ...a.findWarning('*', Match.anyValue())]
    .map(m => `${m.id} ${/^\[(\w+)\]/.exec(String(m.entry.data))?.[1]}`)
    .filter(s => /SqsMessageGroupIdRequired|SyncExecutionNotExpress/.test(s))
    .sort();
}

/** `arn:aws:apigateway:<region>:sqs:path/<account>/<queue name>`, as people write it. */
function sqsPath(queue: sqs.CfnQueue): string {
  return `arn:aws:apigateway:${Aws.REGION}:sqs:path/${Aws.ACCOUNT_ID}/${queue.attrQueueName}`;
}

function restMethod(stack: Stack, id: string, integration: apigw.CfnMethod.IntegrationProperty): void {
  const api = stack.node.tryFindChild('Api') as apigw.CfnRestApi | undefined ?? new apigw.CfnRestApi(stack, 'Api', { name: 'api', endpointConfiguration: { types: ['REGIONAL'] } });
  const resource = new apigw.CfnResource(stack, `${id}Resource`, { restApiId: api.ref, parentId: api.attrRootResourceId, pathPart: id.toLowerCase() });
  new apigw.CfnMethod(stack, id, { restApiId: api.ref, resourceId: resource.ref, httpMethod: 'POST', authorizationType: 'NONE', integration });
}

function v2Api(stack: Stack, protocolType: 'HTTP' | 'WEBSOCKET'): apigwv2.CfnApi {
  return new apigwv2.CfnApi(stack, 'V2', protocolType === 'HTTP' ? { name: 'http', protocolType } : { name: 'ws', protocolType, routeSelectionExpression: '$request.body.action' });
}

const express = (stack: Stack, id: string, type?: string) => new sfn.CfnStateMachine(stack, id, {
  roleArn: ROLE, definitionString: '{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}', stateMachineType: type,
});

describe('SqsMessageGroupIdRequired through IntegrationChecks', () => {
  test('REST: a SendMessage template to a FIFO queue of the app (FifoQueue true) without MessageGroupId; with it, or to a standard queue, is fine', () => {
    const stack = newStack();
    const fifo = new sqs.CfnQueue(stack, 'Fifo', { fifoQueue: true });
    const standard = new sqs.CfnQueue(stack, 'Standard');
    const integration = (queue: sqs.CfnQueue, template: string) => ({
      type: 'AWS',
      integrationHttpMethod: 'POST',
      uri: sqsPath(queue),
      credentials: ROLE,
      requestTemplates: { 'application/json': template },
      integrationResponses: [{ statusCode: '200' }],
    });
    restMethod(stack, 'Without', integration(fifo, SEND));
    restMethod(stack, 'With', integration(fifo, `${SEND}&MessageGroupId=$context.requestId`));
    restMethod(stack, 'ToStandard', integration(standard, SEND));
    expect(found(stack)).toEqual(['/Test/Without SqsMessageGroupIdRequired']);
    Annotations.fromStack(stack).hasWarning('/Test/Without', Match.stringLikeRegexp('^\\[SqsMessageGroupIdRequired\\] a FIFO queue refuses SendMessage without MessageGroupId'));
  });

  test('REST: a literal queue name ending .fifo is a FIFO queue', () => {
    const stack = newStack();
    restMethod(stack, 'Literal', {
      type: 'AWS',
      integrationHttpMethod: 'POST',
      uri: 'arn:aws:apigateway:us-east-1:sqs:path/123456789012/orders.fifo',
      credentials: ROLE,
      requestTemplates: { 'application/json': SEND },
      integrationResponses: [{ statusCode: '200' }],
    });
    expect(found(stack)).toEqual(['/Test/Literal SqsMessageGroupIdRequired']);
  });

  test('HTTP: an SQS-SendMessage subtype to a FIFO queue without the MessageGroupId parameter', () => {
    const stack = newStack();
    const api = v2Api(stack, 'HTTP');
    const fifo = new sqs.CfnQueue(stack, 'Fifo', { fifoQueue: true, queueName: 'orders.fifo' });
    const send = (id: string, params: Record<string, string>) => new apigwv2.CfnIntegration(stack, id, {
      apiId: api.ref,
      integrationType: 'AWS_PROXY',
      integrationSubtype: 'SQS-SendMessage',
      payloadFormatVersion: '1.0',
      credentialsArn: ROLE,
      requestParameters: { QueueUrl: fifo.ref, MessageBody: '$request.body', ...params },
    });
    send('Without', {});
    send('With', { MessageGroupId: '$request.header.g' });
    expect(found(stack)).toEqual(['/Test/Without SqsMessageGroupIdRequired']);
  });

  test('WebSocket: a SendMessage template to a FIFO queue without MessageGroupId', () => {
    const stack = newStack();
    const api = v2Api(stack, 'WEBSOCKET');
    const fifo = new sqs.CfnQueue(stack, 'Fifo', { fifoQueue: true });
    const send = (id: string, template: string) => new apigwv2.CfnIntegration(stack, id, {
      apiId: api.ref,
      integrationType: 'AWS',
      integrationMethod: 'POST',
      integrationUri: sqsPath(fifo),
      credentialsArn: ROLE,
      requestTemplates: { $default: template },
      templateSelectionExpression: '\\$default',
    });
    send('Without', SEND);
    send('With', `${SEND}&MessageGroupId=$context.connectionId`);
    expect(found(stack)).toEqual(['/Test/Without SqsMessageGroupIdRequired']);
  });

  test('a CloudFormation template: the queue by Ref, FifoQueue true', () => {
    const findings = checkTemplate({
      Resources: {
        Queue: { Type: 'AWS::SQS::Queue', Properties: { FifoQueue: true } },
        Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'api', EndpointConfiguration: { Types: ['REGIONAL'] } } },
        Send: {
          Type: 'AWS::ApiGateway::Method',
          Properties: {
            RestApiId: { Ref: 'Api' },
            ResourceId: { 'Fn::GetAtt': ['Api', 'RootResourceId'] },
            HttpMethod: 'POST',
            AuthorizationType: 'NONE',
            Integration: {
              Type: 'AWS',
              IntegrationHttpMethod: 'POST',
              Credentials: ROLE,
              Uri: { 'Fn::Sub': ['arn:aws:apigateway:${AWS::Region}:sqs:path/${AWS::AccountId}/${Name}', { Name: { 'Fn::GetAtt': ['Queue', 'QueueName'] } }] },
              RequestTemplates: { 'application/json': SEND },
              IntegrationResponses: [{ StatusCode: '200' }],
            },
          },
        },
      },
    });
    expect(findings.filter(f => f.code === 'SqsMessageGroupIdRequired').map(f => `${f.resource} ${f.severity}`)).toEqual(['Send warning']);
  });
});

describe('SqsMessageGroupIdRequired in OpenAPI definitions (a queue name ending .fifo)', () => {
  const definition = (integration: Record<string, unknown>) => ({ openapi: '3.0.1', info: { title: 't', version: '1' }, paths: { '/send': { post: { 'x-amazon-apigateway-integration': integration } } } });
  const codes = (integration: Record<string, unknown>, kind: 'REST' | 'HTTP') =>
    definitionFindings(definition(integration), kind, 'Api', {}, 'Body.').filter(f => f.code === 'SqsMessageGroupIdRequired').map(f => f.path);

  test('REST: an SQS path URI to orders.fifo and a SendMessage template without MessageGroupId; with it, none', () => {
    const rest = {
      type: 'aws',
      httpMethod: 'POST',
      uri: 'arn:aws:apigateway:us-east-1:sqs:path/123456789012/orders.fifo',
      credentials: ROLE,
      requestTemplates: { 'application/json': SEND },
      responses: { default: { statusCode: '200' } },
    };
    expect(codes(rest, 'REST')).toEqual(['Body.paths./send.post']);
    expect(codes({ ...rest, requestTemplates: { 'application/json': `${SEND}&MessageGroupId=g` } }, 'REST')).toEqual([]);
  });

  test('HTTP: an SQS-SendMessage subtype whose QueueUrl ends .fifo, without MessageGroupId', () => {
    const http = {
      type: 'aws_proxy',
      integrationSubtype: 'SQS-SendMessage',
      payloadFormatVersion: '1.0',
      credentials: ROLE,
      requestParameters: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/orders.fifo', MessageBody: '$request.body' },
    };
    expect(codes(http, 'HTTP')).toEqual(['Body.paths./send.post']);
    expect(codes({ ...http, requestParameters: { ...http.requestParameters, MessageGroupId: '$request.header.g' } }, 'HTTP')).toEqual([]);
  });
});

describe('SyncExecutionNotExpress through IntegrationChecks, on REST and WebSocket too', () => {
  const syncUri = 'arn:aws:apigateway:us-east-1:states:action/StartSyncExecution';
  const template = (sm: sfn.CfnStateMachine) => `{"input": "$util.escapeJavaScript($input.body)", "stateMachineArn": "${sm.attrArn}"}`;

  test('REST: StartSyncExecution on a STANDARD state machine of the app (the default type); EXPRESS is fine', () => {
    const stack = newStack();
    const standard = express(stack, 'Standard');
    const fast = express(stack, 'Express', 'EXPRESS');
    for (const [id, sm] of [['OnStandard', standard], ['OnExpress', fast]] as const) {
      restMethod(stack, id, {
        type: 'AWS',
        integrationHttpMethod: 'POST',
        uri: syncUri,
        credentials: ROLE,
        requestTemplates: { 'application/json': template(sm) },
        integrationResponses: [{ statusCode: '200' }],
      });
    }
    expect(found(stack)).toEqual(['/Test/OnStandard SyncExecutionNotExpress']);
    Annotations.fromStack(stack).hasWarning('/Test/OnStandard', Match.stringLikeRegexp('StartSyncExecution runs EXPRESS state machines only'));
  });

  test('WebSocket: StartSyncExecution on a STANDARD state machine of the app', () => {
    const stack = newStack();
    const api = v2Api(stack, 'WEBSOCKET');
    new apigwv2.CfnIntegration(stack, 'Sync', {
      apiId: api.ref,
      integrationType: 'AWS',
      integrationMethod: 'POST',
      integrationUri: syncUri,
      credentialsArn: ROLE,
      requestTemplates: { $default: template(express(stack, 'Standard', 'STANDARD')) },
      templateSelectionExpression: '\\$default',
    });
    expect(found(stack)).toEqual(['/Test/Sync SyncExecutionNotExpress']);
  });
});
