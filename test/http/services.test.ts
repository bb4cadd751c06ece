import { Stack } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import * as appconfig from 'aws-cdk-lib/aws-appconfig';
import * as events from 'aws-cdk-lib/aws-events';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { integrationProps, route, setup, synth, warningOf } from './support';
import { HttpApiAppConfigIntegration, HttpApiEventBridgeIntegration, HttpApiKinesisIntegration, HttpApiStepFunctionsIntegration, RequestValue } from '../../src';
import { SUBTYPES } from '../../src/core/subtypes';

function machine(stack: Stack, type?: sfn.StateMachineType): sfn.StateMachine {
  return new sfn.StateMachine(stack, 'Machine', { stateMachineType: type, definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, 'Pass')) });
}

describe('HttpApiEventBridgeIntegration', () => {
  test('snapshot', () => {
    const { stack, api } = setup();
    route(api, '/events', HttpApiEventBridgeIntegration.putEvents('Put', new events.EventBus(stack, 'Bus'), { source: RequestValue.literal('shop'), detailType: RequestValue.literal('order') }));
    expect(synth(stack).toJSON()).toMatchSnapshot();
  });

  test('putEvents: parameters and events:PutEvents on that bus', () => {
    const { stack, api } = setup();
    const bus = new events.EventBus(stack, 'Bus');
    route(api, '/events', HttpApiEventBridgeIntegration.putEvents('Put', bus, { source: RequestValue.literal('shop'), detailType: RequestValue.header('x-type') }));
    const t = synth(stack);
    expect(integrationProps(t)).toMatchObject({
      IntegrationSubtype: 'EventBridge-PutEvents',
      RequestParameters: { EventBusName: stack.resolve(bus.eventBusName), Detail: '$request.body', DetailType: '$request.header.x-type', Source: 'shop' },
    });
    t.hasResourceProperties('AWS::IAM::Role', { Policies: [{ PolicyName: 'Invoke', PolicyDocument: { Statement: [Match.objectLike({ Action: 'events:PutEvents', Resource: stack.resolve(bus.eventBusArn) })] } }] });
  });
});

describe('HttpApiKinesisIntegration', () => {
  test('snapshot', () => {
    const { stack, api } = setup();
    route(api, '/records', HttpApiKinesisIntegration.putRecord('Put', new kinesis.Stream(stack, 'Stream', { encryption: kinesis.StreamEncryption.UNENCRYPTED })));
    expect(synth(stack).toJSON()).toMatchSnapshot();
  });

  test('putRecord: StreamName, Data and a PartitionKey by default; only kinesis:PutRecord on that stream', () => {
    const { stack, api } = setup();
    const stream = new kinesis.Stream(stack, 'Stream', { encryption: kinesis.StreamEncryption.UNENCRYPTED });
    route(api, '/records', HttpApiKinesisIntegration.putRecord('Put', stream));
    const t = synth(stack);
    expect(integrationProps(t).RequestParameters).toEqual({ StreamName: stack.resolve(stream.streamName), Data: '$request.body', PartitionKey: '$context.requestId' });
    t.hasResourceProperties('AWS::IAM::Role', { Policies: [{ PolicyName: 'Invoke', PolicyDocument: { Statement: [Match.objectLike({ Action: 'kinesis:PutRecord', Resource: stack.resolve(stream.streamArn) })] } }] });
  });
});

describe('HttpApiAppConfigIntegration', () => {
  test('snapshot', () => {
    const { stack, api } = setup();
    const application = new appconfig.Application(stack, 'App');
    const environment = new appconfig.Environment(stack, 'Env', { application });
    const configuration = new appconfig.HostedConfiguration(stack, 'Config', { application, content: appconfig.ConfigurationContent.fromInlineJson('{}') });
    route(api, '/config', HttpApiAppConfigIntegration.getConfiguration('Get', environment, configuration));
    expect(synth(stack).toJSON()).toMatchSnapshot();
  });

  test('getConfiguration: the four required parameters; GetConfiguration on the three resources only', () => {
    const { stack, api } = setup();
    const application = new appconfig.Application(stack, 'App');
    const environment = new appconfig.Environment(stack, 'Env', { application });
    const configuration = new appconfig.HostedConfiguration(stack, 'Config', { application, content: appconfig.ConfigurationContent.fromInlineJson('{}') });
    route(api, '/config', HttpApiAppConfigIntegration.getConfiguration('Get', environment, configuration, { clientConfigurationVersion: RequestValue.querystring('version') }));
    const t = synth(stack);
    expect(integrationProps(t).RequestParameters).toEqual({
      Application: stack.resolve(application.applicationId),
      Environment: stack.resolve(environment.environmentId),
      Configuration: stack.resolve(configuration.configurationProfileId),
      ClientId: '$context.requestId',
      ClientConfigurationVersion: '$request.querystring.version',
    });
    t.hasResourceProperties('AWS::IAM::Role', { Policies: [{ PolicyName: 'Invoke', PolicyDocument: { Statement: [Match.objectLike({ Action: 'appconfig:GetConfiguration', Resource: Match.arrayWith([stack.resolve(application.applicationArn), stack.resolve(environment.environmentArn)]) })] } }] });
  });
});

describe('HttpApiStepFunctionsIntegration', () => {
  test('snapshot', () => {
    const { stack, api } = setup();
    route(api, '/start', HttpApiStepFunctionsIntegration.startExecution('Start', machine(stack)));
    expect(synth(stack).toJSON()).toMatchSnapshot();
  });

  test('startExecution, startSyncExecution (EXPRESS) and stopExecution grant the one action each', () => {
    const { stack, api } = setup();
    const express = machine(stack, sfn.StateMachineType.EXPRESS);
    route(api, '/start', HttpApiStepFunctionsIntegration.startExecution('Start', express, { name: RequestValue.header('x-id') }));
    route(api, '/sync', HttpApiStepFunctionsIntegration.startSyncExecution('Sync', express, { traceHeader: RequestValue.header('x-amzn-trace-id') }));
    route(api, '/stop', HttpApiStepFunctionsIntegration.stopExecution('Stop', express, { executionArn: RequestValue.bodyPath('$.arn'), cause: RequestValue.literal('api') }));
    const t = synth(stack);
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationSubtype: 'StepFunctions-StartExecution', RequestParameters: { StateMachineArn: stack.resolve(express.stateMachineArn), Input: '$request.body', Name: '$request.header.x-id' } });
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationSubtype: 'StepFunctions-StartSyncExecution', RequestParameters: Match.objectLike({ TraceHeader: '$request.header.x-amzn-trace-id' }) });
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationSubtype: 'StepFunctions-StopExecution', RequestParameters: { ExecutionArn: '$request.body.arn', Cause: 'api' } });
    for (const action of ['states:StartExecution', 'states:StartSyncExecution', 'states:StopExecution']) {
      t.hasResourceProperties('AWS::IAM::Role', { Policies: [{ PolicyName: 'Invoke', PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: action })]) } }] });
    }
  });

  test('warns when StartSyncExecution is given a STANDARD state machine (every request fails)', () => {
    const { stack, api } = setup();
    expect(warningOf(() => route(api, '/sync', HttpApiStepFunctionsIntegration.startSyncExecution('Sync', machine(stack)))))
      .toMatch(/\/Test\/Api\/POST--sync: \[SyncExecutionNotExpress\] /);
  });

  test('an imported state machine (type unknown) is accepted for StartSyncExecution', () => {
    const { stack, api } = setup();
    const imported = sfn.StateMachine.fromStateMachineArn(stack, 'Imported', 'arn:aws:states:us-east-1:123456789012:stateMachine:m');
    route(api, '/sync', HttpApiStepFunctionsIntegration.startSyncExecution('Sync', imported));
    expect(integrationProps(synth(stack)).RequestParameters).toEqual({ StateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:m', Input: '$request.body' });
  });
});

describe('the subtype table and the typed factories agree', () => {
  test('every subtype has a factory that writes only names from its table', () => {
    const { stack, api } = setup();
    const express = machine(stack, sfn.StateMachineType.EXPRESS);
    route(api, '/a', HttpApiStepFunctionsIntegration.startSyncExecution('A', express, { name: RequestValue.literal('n'), input: RequestValue.body(), traceHeader: RequestValue.literal('t'), region: RequestValue.literal('us-east-1') }));
    const p = integrationProps(synth(stack));
    expect(Object.keys(p.RequestParameters).sort()).toEqual([...SUBTYPES['StepFunctions-StartSyncExecution'].required, ...SUBTYPES['StepFunctions-StartSyncExecution'].optional].sort());
  });
});
