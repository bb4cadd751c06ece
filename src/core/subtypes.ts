/**
 * THE table of HTTP API AWS-service integration subtypes (CONSTRAINTS.md C66–C75): each subtype's
 * exact, case-sensitive request parameter names, required and optional. The rules (C58) and the
 * typed `HttpApi…Integration` factories both read it, so the names the library writes are the
 * names the rules accept. INTERNAL.
 */
export interface SubtypeSpec {
  /** Parameters that must be mapped. */
  readonly required: readonly string[];
  /** Parameters that may be mapped. */
  readonly optional: readonly string[];
  /** The catalogue id of this subtype's table. */
  readonly catalogue: string;
  /** The only state machine type the subtype works with, when it has one. */
  readonly stateMachineType?: 'EXPRESS';
}

export const SUBTYPES: Readonly<Record<string, SubtypeSpec>> = {
  'EventBridge-PutEvents': {
    required: ['Detail', 'DetailType', 'Source'],
    optional: ['Time', 'EventBusName', 'Resources', 'Region', 'TraceHeader'],
    catalogue: 'C66',
  },
  'SQS-SendMessage': {
    required: ['QueueUrl', 'MessageBody'],
    optional: ['DelaySeconds', 'MessageAttributes', 'MessageDeduplicationId', 'MessageGroupId', 'MessageSystemAttributes', 'Region'],
    catalogue: 'C67',
  },
  'SQS-ReceiveMessage': {
    required: ['QueueUrl'],
    optional: ['AttributeNames', 'MaxNumberOfMessages', 'MessageAttributeNames', 'ReceiveRequestAttemptId', 'VisibilityTimeout', 'WaitTimeSeconds', 'Region'],
    catalogue: 'C68',
  },
  'SQS-DeleteMessage': { required: ['ReceiptHandle', 'QueueUrl'], optional: ['Region'], catalogue: 'C69' },
  'SQS-PurgeQueue': { required: ['QueueUrl'], optional: ['Region'], catalogue: 'C70' },
  'AppConfig-GetConfiguration': {
    required: ['Application', 'Environment', 'Configuration', 'ClientId'],
    optional: ['ClientConfigurationVersion', 'Region'],
    catalogue: 'C71',
  },
  'Kinesis-PutRecord': {
    required: ['StreamName', 'Data', 'PartitionKey'],
    optional: ['SequenceNumberForOrdering', 'ExplicitHashKey', 'Region'],
    catalogue: 'C72',
  },
  'StepFunctions-StartExecution': { required: ['StateMachineArn'], optional: ['Name', 'Input', 'Region'], catalogue: 'C73' },
  'StepFunctions-StartSyncExecution': {
    required: ['StateMachineArn'],
    optional: ['Name', 'Input', 'Region', 'TraceHeader'],
    catalogue: 'C74',
    stateMachineType: 'EXPRESS',
  },
  'StepFunctions-StopExecution': { required: ['ExecutionArn'], optional: ['Cause', 'Error', 'Region'], catalogue: 'C75' },
};

/** Every subtype name. */
export const SUBTYPE_NAMES: readonly string[] = Object.keys(SUBTYPES);

/** Every parameter a subtype accepts. */
export function subtypeParameters(subtype: string): readonly string[] {
  const spec = SUBTYPES[subtype];
  return spec ? [...spec.required, ...spec.optional] : [];
}
