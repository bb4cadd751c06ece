import { App, Aspects, Lazy, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as integrations from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as events from 'aws-cdk-lib/aws-events';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as servicediscovery from 'aws-cdk-lib/aws-servicediscovery';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { IntegrationChecks } from '../../src';

const ROLE = 'arn:aws:iam::123456789012:role/r';

function newStack(): Stack {
  const app = new App();
  const stack = new Stack(app, 'Test');
  Aspects.of(app).add(new IntegrationChecks());
  return stack;
}

function httpApi(stack: Stack): apigwv2.CfnApi {
  return new apigwv2.CfnApi(stack, 'HttpApi', { name: 'http', protocolType: 'HTTP' });
}

/** An AWS_PROXY subtype integration with a role and payload format 1.0 unless `props` say otherwise. */
function subtype(stack: Stack, id: string, props: Partial<apigwv2.CfnIntegrationProps>): apigwv2.CfnIntegration {
  const api = stack.node.tryFindChild('HttpApi') as apigwv2.CfnApi | undefined ?? httpApi(stack);
  return new apigwv2.CfnIntegration(stack, id, { apiId: api.ref, integrationType: 'AWS_PROXY', payloadFormatVersion: '1.0', credentialsArn: ROLE, ...props });
}

/** Rule codes the aspect reported on one path. */
function codesAt(stack: Stack, path: string): string[] {
  const a = Annotations.fromStack(stack);
  return [...a.findError(path, Match.anyValue()), ...a.findWarning(path, Match.anyValue())]
    .map(m => /^\[(\w+)\]/.exec(String(m.entry.data))?.[1])
    .filter((c): c is string => c !== undefined)
    .sort();
}

describe('IntegrationChecks on hand-written HTTP API CfnIntegrations', () => {
  test('IntegrationType AWS is an error', () => {
    const stack = newStack();
    new apigwv2.CfnIntegration(stack, 'Integration', { apiId: httpApi(stack).ref, integrationType: 'AWS', integrationMethod: 'POST', payloadFormatVersion: '1.0', integrationUri: 'arn:aws:apigateway:us-east-1:sqs:path/123456789012/q', credentialsArn: ROLE });
    Annotations.fromStack(stack).hasError('/Test/Integration', Match.stringLikeRegexp('^\\[IntegrationTypeNotSupported\\] .*got "AWS"'));
  });

  test('a bare ALB ARN as a private URI is an error', () => {
    const stack = newStack();
    new apigwv2.CfnIntegration(stack, 'Integration', {
      apiId: httpApi(stack).ref,
      integrationType: 'HTTP_PROXY',
      integrationMethod: 'ANY',
      payloadFormatVersion: '1.0',
      connectionType: 'VPC_LINK',
      connectionId: 'abc123',
      integrationUri: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/my-alb/50dc6c495c0c9188',
    });
    Annotations.fromStack(stack).hasError('/Test/Integration', Match.stringLikeRegexp('^\\[PrivateUriNotListenerArn\\] .*listener'));
  });

  test('a mis-cased subtype parameter stateMachineArn is an error naming the right case', () => {
    const stack = newStack();
    subtype(stack, 'Integration', {
      integrationSubtype: 'StepFunctions-StartSyncExecution',
      requestParameters: { stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:m' },
    });
    expect(codesAt(stack, '/Test/Integration')).toEqual(['SubtypeParameterNotSupported', 'SubtypeParameterRequired']);
    Annotations.fromStack(stack).hasError('/Test/Integration', Match.stringLikeRegexp('rename it to "StateMachineArn"'));
  });

  test('payload format 2.0 on a subtype is an error', () => {
    const stack = newStack();
    subtype(stack, 'Integration', {
      integrationSubtype: 'SQS-SendMessage',
      payloadFormatVersion: '2.0',
      requestParameters: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/q', MessageBody: '$request.body' },
    });
    expect(codesAt(stack, '/Test/Integration')).toEqual(['PayloadFormatVersionNotSupported']);
  });

  test('a JSON object literal as a subtype value, a reserved header and a bad response status are errors', () => {
    const stack = newStack();
    const api = httpApi(stack);
    subtype(stack, 'Sqs', {
      integrationSubtype: 'SQS-SendMessage',
      requestParameters: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/q', MessageBody: '$request.body', MessageAttributes: '{"a":{"DataType":"String","StringValue":"b"}}' },
    });
    new apigwv2.CfnIntegration(stack, 'Url', {
      apiId: api.ref,
      integrationType: 'HTTP_PROXY',
      integrationMethod: 'ANY',
      integrationUri: 'https://example.com',
      payloadFormatVersion: '1.0',
      requestParameters: { 'overwrite:header.Host': 'example.org', 'remove:header.authorization': "''" },
      responseParameters: { 700: { ResponseParameters: [{ Destination: 'overwrite:statuscode', Source: '200' }] } },
    });
    expect(codesAt(stack, '/Test/Sqs')).toEqual(['SubtypeParameterValueInvalid']);
    expect(codesAt(stack, '/Test/Url')).toEqual(['ReservedHeaderMapped', 'ResponseParameterInvalid']);
  });

  test('StartSyncExecution on a STANDARD state machine of the app is an error', () => {
    const stack = newStack();
    const machine = new sfn.StateMachine(stack, 'Machine', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'Pass')) });
    subtype(stack, 'Integration', {
      integrationSubtype: 'StepFunctions-StartSyncExecution',
      requestParameters: { StateMachineArn: machine.stateMachineArn },
    });
    expect(codesAt(stack, '/Test/Integration')).toEqual(['SyncExecutionNotExpress']);
  });

  test('WebSocket-only fields and an IntegrationResponse on an HTTP API are errors', () => {
    const stack = newStack();
    const api = httpApi(stack);
    const integration = new apigwv2.CfnIntegration(stack, 'Integration', {
      apiId: api.ref,
      integrationType: 'HTTP_PROXY',
      integrationMethod: 'ANY',
      integrationUri: 'https://example.com',
      payloadFormatVersion: '1.0',
      passthroughBehavior: 'NEVER',
    });
    new apigwv2.CfnIntegrationResponse(stack, 'Response', { apiId: api.ref, integrationId: integration.ref, integrationResponseKey: '$default' });
    expect(codesAt(stack, '/Test/Integration')).toEqual(['WebSocketOnlyField']);
    expect(codesAt(stack, '/Test/Response')).toEqual(['WebSocketOnlyField']);
  });
});

describe('IntegrationChecks on aws-cdk-lib\'s own HTTP API integrations', () => {
  test('every kind of aws-cdk-lib HTTP integration with valid settings gets no annotation', () => {
    const stack = newStack();
    const handler = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => ({})') });
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 1 });
    const alb = new elbv2.ApplicationLoadBalancer(stack, 'Alb', { vpc });
    const albListener = alb.addListener('Listener', { port: 80, defaultAction: elbv2.ListenerAction.fixedResponse(200) });
    const nlb = new elbv2.NetworkLoadBalancer(stack, 'Nlb', { vpc });
    const nlbListener = nlb.addListener('Listener', { port: 80, defaultTargetGroups: [new elbv2.NetworkTargetGroup(stack, 'Tg', { vpc, port: 80 })] });
    const namespace = new servicediscovery.PrivateDnsNamespace(stack, 'Ns', { name: 'local', vpc });
    const service = namespace.createService('Svc', { dnsRecordType: servicediscovery.DnsRecordType.SRV });
    const queue = new sqs.Queue(stack, 'Queue');
    const machine = new sfn.StateMachine(stack, 'Machine', { stateMachineType: sfn.StateMachineType.EXPRESS, definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'Pass')) });
    const bus = new events.EventBus(stack, 'Bus');

    const api = new apigwv2.HttpApi(stack, 'Http');
    const add = (path: string, integration: apigwv2.HttpRouteIntegration) => api.addRoutes({ path, methods: [apigwv2.HttpMethod.POST], integration });
    add('/lambda', new integrations.HttpLambdaIntegration('Lambda', handler, { payloadFormatVersion: apigwv2.PayloadFormatVersion.VERSION_1_0 }));
    add('/url/{proxy+}', new integrations.HttpUrlIntegration('Url', 'https://example.com/{proxy}', {
      parameterMapping: new apigwv2.ParameterMapping().appendHeader('x-id', apigwv2.MappingValue.contextVariable('requestId')).overwritePath(apigwv2.MappingValue.requestPath()),
    }));
    add('/alb', new integrations.HttpAlbIntegration('Alb', albListener));
    add('/nlb', new integrations.HttpNlbIntegration('Nlb', nlbListener, { secureServerName: 'nlb.example.com' }));
    add('/cloudmap', new integrations.HttpServiceDiscoveryIntegration('CloudMap', service, { vpcLink: api.addVpcLink({ vpc }) }));
    add('/sqs', new integrations.HttpSqsIntegration('Sqs', { queue }));
    add('/sfn', new integrations.HttpStepFunctionsIntegration('Sfn', { stateMachine: machine, subtype: apigwv2.HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION }));
    add('/events', new integrations.HttpEventBridgeIntegration('Events', { eventBusRef: bus }));

    const a = Annotations.fromStack(stack);
    const ours = [...a.findError('*', Match.anyValue()), ...a.findWarning('*', Match.anyValue())].filter(m => /^\[[A-Z]\w+\]/.test(String(m.entry.data)));
    expect(ours).toEqual([]);
  });
});

describe('HTTP API ResponseParameters in the wrong shape', () => {
  test('the API\'s own { status: { destination: source } } in a template is an error; CloudFormation\'s shape and tokens are not', () => {
    const app = new App();
    const stack = new Stack(app, 'Test');
    Aspects.of(app).add(new IntegrationChecks());
    const api = new apigwv2.CfnApi(stack, 'Api', { name: 'api', protocolType: 'HTTP' });
    const base = { apiId: api.ref, integrationType: 'HTTP_PROXY', integrationMethod: 'GET', integrationUri: 'https://example.com', payloadFormatVersion: '1.0' };
    new apigwv2.CfnIntegration(stack, 'Wrong', { ...base, responseParameters: { 404: { 'overwrite:header.x': 'v' } } });
    new apigwv2.CfnIntegration(stack, 'Right', { ...base, responseParameters: { 404: { ResponseParameters: [{ Destination: 'overwrite:header.x', Source: 'v' }] } } });
    new apigwv2.CfnIntegration(stack, 'Token', { ...base, responseParameters: { 404: Lazy.any({ produce: () => ({ ResponseParameters: [] }) }) } });
    const errors = Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('^\\[ResponseParametersMalformed\\]'));
    expect(errors.map(e => e.id)).toEqual(['/Test/Wrong']);
    expect(String(errors[0].entry.data)).toContain('ResponseParameters.404 has "overwrite:header.x"');
  });
});

describe('private integrations on a named stage (C63)', () => {
  test('warns when the stage prefix is not stripped; $default and overwrite:path are fine', () => {
    const app = new App();
    const stack = new Stack(app, 'Test');
    Aspects.of(app).add(new IntegrationChecks());
    const api = new apigwv2.CfnApi(stack, 'Api', { name: 'api', protocolType: 'HTTP' });
    new apigwv2.CfnStage(stack, 'Prod', { apiId: api.ref, stageName: 'prod' });
    const listener = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/50dc6c495c0c9188/0467ef3c8400ae65';
    const base = { apiId: api.ref, integrationType: 'HTTP_PROXY', integrationMethod: 'ANY', integrationUri: listener, connectionType: 'VPC_LINK', connectionId: 'abc123', payloadFormatVersion: '1.0' };
    new apigwv2.CfnIntegration(stack, 'Prefixed', base);
    new apigwv2.CfnIntegration(stack, 'Stripped', { ...base, requestParameters: { 'overwrite:path': '$request.path' } });
    const warned = Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('^\\[PrivateIntegrationStagePrefix\\]')).map(w => w.id);
    expect(warned).toEqual(['/Test/Prefixed']);
  });
});
