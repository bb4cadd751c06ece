import { ArnFormat, Stack } from 'aws-cdk-lib';
import * as appconfig from 'aws-cdk-lib/aws-appconfig';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as sns from 'aws-cdk-lib/aws-sns';
import { ServiceAction } from './types';
import { grantPutRecord } from '../grants';
import { vtlJsonString, vtlUrlEncoded } from '../render/template';

/** Amazon SNS, Kinesis, EventBridge and AWS AppConfig rows of the service-action table. INTERNAL. */

const JSON_11 = 'application/x-amz-json-1.1';

export const SNS_PUBLISH: ServiceAction<sns.ITopic> = {
  service: 'sns',
  action: 'Publish',
  docs: 'https://docs.aws.amazon.com/sns/latest/api/API_Publish.html',
  grant: (topic, grantee) => { topic.grantPublish(grantee); },
  rest: topic => ({
    contentType: 'application/x-www-form-urlencoded',
    template: `Action=Publish&TopicArn=${vtlUrlEncoded(topic.topicArn)}&Message=$util.urlEncode($input.body)`,
    response: '{"messageId": "$input.path(\'$.PublishResponse.PublishResult.MessageId\')"}',
  }),
};

export const KINESIS_PUT_RECORD: ServiceAction<kinesis.IStream> = {
  service: 'kinesis',
  action: 'PutRecord',
  docs: 'https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecord.html',
  grant: grantPutRecord,
  subtype: 'Kinesis-PutRecord',
  parameters: { required: ['StreamName', 'Data', 'PartitionKey'], optional: ['SequenceNumberForOrdering', 'ExplicitHashKey', 'Region'], catalogue: 'C72' },
  httpFixed: stream => ({ StreamName: stream.streamName }),
  httpDefaults: { Data: '$request.body', PartitionKey: '$context.requestId' },
  // the partition key: the request (REST), the connection (WebSocket: each client's records in order)
  rest: stream => ({
    contentType: JSON_11,
    template: `{"StreamName": ${vtlJsonString(stream.streamName)}, "Data": "$util.base64Encode($input.body)", "PartitionKey": "$context.requestId"}`,
  }),
  websocket: stream => ({
    template: `{"StreamName": ${vtlJsonString(stream.streamName)}, "Data": "$util.base64Encode($input.body)", "PartitionKey": "$context.connectionId"}`,
  }),
};

/** `args`: the event's `source` and `detailType`. */
const putEventsTemplate = (bus: events.IEventBus, args: Readonly<Record<string, string>>) => ({
  contentType: JSON_11,
  amzTarget: 'AWSEvents.PutEvents',
  template: `{"Entries": [{"EventBusName": ${vtlJsonString(bus.eventBusArn)}, "Source": ${vtlJsonString(args.source)}, `
    + `"DetailType": ${vtlJsonString(args.detailType)}, "Detail": "$util.escapeJavaScript($input.body)"}]}`,
});

export const EVENTS_PUT_EVENTS: ServiceAction<events.IEventBus> = {
  service: 'events',
  action: 'PutEvents',
  docs: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html',
  grant: (bus, grantee) => { bus.grantPutEventsTo(grantee); },
  subtype: 'EventBridge-PutEvents',
  parameters: { required: ['Detail', 'DetailType', 'Source'], optional: ['Time', 'EventBusName', 'Resources', 'Region', 'TraceHeader'], catalogue: 'C66' },
  httpFixed: bus => ({ EventBusName: bus.eventBusName }),
  httpDefaults: { Detail: '$request.body' },
  rest: putEventsTemplate,
  websocket: putEventsTemplate,
};

/** An AppConfig configuration profile, deployed to an environment. */
export interface AppConfigTarget {
  readonly environment: appconfig.IEnvironment;
  readonly configuration: appconfig.IConfiguration;
}

export const APPCONFIG_GET_CONFIGURATION: ServiceAction<AppConfigTarget> = {
  service: 'appconfig',
  action: 'GetConfiguration',
  docs: 'https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_GetConfiguration.html',
  // AppConfig's L2s have no grant method for this action: the application, environment and profile only
  grant: ({ environment, configuration }, grantee) => {
    const application = configuration.application;
    const profileArn = Stack.of(environment).formatArn({
      service: 'appconfig',
      resource: 'application',
      resourceName: `${application.applicationId}/configurationprofile/${configuration.configurationProfileId}`,
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    });
    iam.Grant.addToPrincipal({ grantee, actions: ['appconfig:GetConfiguration'], resourceArns: [application.applicationArn, environment.environmentArn, profileArn] });
  },
  subtype: 'AppConfig-GetConfiguration',
  parameters: { required: ['Application', 'Environment', 'Configuration', 'ClientId'], optional: ['ClientConfigurationVersion', 'Region'], catalogue: 'C71' },
  httpFixed: ({ environment, configuration }) => ({
    Application: configuration.application.applicationId, Environment: environment.environmentId, Configuration: configuration.configurationProfileId,
  }),
  httpDefaults: { ClientId: '$context.requestId' },
};
