import { FN, QUEUE_URL, send, sendParams, SM, url } from './fixtures';
import { RuleCase } from './types';
import { Unknown } from '../../../src/core/facts';

/** Cases for src/core/rules/subtypes.ts. */
export const SUBTYPES_CASES: RuleCase[] = [
  // SubtypeUriExclusive — C55
  { code: 'SubtypeUriExclusive', name: 'a subtype and a URI', kind: 'HTTP', facts: { ...send, uri: FN, requestParameters: sendParams }, fails: true, mentions: 'not both' },
  { code: 'SubtypeUriExclusive', name: 'neither', kind: 'HTTP', facts: { type: 'AWS_PROXY', payloadFormatVersion: '1.0' }, fails: true },
  { code: 'SubtypeUriExclusive', name: 'a subtype only', kind: 'HTTP', facts: { ...send, requestParameters: sendParams }, fails: false },
  // SubtypeNotSupported — C56
  { code: 'SubtypeNotSupported', name: 'an unknown subtype', kind: 'HTTP', facts: { ...send, subtype: 'SQS-ListQueues' }, fails: true },
  { code: 'SubtypeNotSupported', name: 'aws-cdk-lib\'s enum key instead of the value', kind: 'HTTP', facts: { ...send, subtype: 'SQS_SEND_MESSAGE' }, fails: true, mentions: '"SQS-SendMessage"' },
  { code: 'SubtypeNotSupported', name: 'a subtype on HTTP_PROXY', kind: 'HTTP', facts: { ...url, subtype: 'SQS-SendMessage' }, fails: true, mentions: 'AWS_PROXY' },
  { code: 'SubtypeNotSupported', name: 'StepFunctions-StartSyncExecution', kind: 'HTTP', facts: { ...send, subtype: 'StepFunctions-StartSyncExecution' }, fails: false },
  // SubtypeParameterNotSupported — C58, C66–C75
  { code: 'SubtypeParameterNotSupported', name: 'a mis-cased stateMachineArn', kind: 'HTTP', facts: { ...send, subtype: 'StepFunctions-StartSyncExecution', requestParameters: { stateMachineArn: SM } }, fails: true, mentions: 'rename it to "StateMachineArn"' },
  { code: 'SubtypeParameterNotSupported', name: 'a parameter of another subtype', kind: 'HTTP', facts: { ...send, requestParameters: { ...sendParams, ReceiptHandle: 'x' } }, fails: true },
  { code: 'SubtypeParameterNotSupported', name: 'every SendMessage parameter', kind: 'HTTP', facts: { ...send, requestParameters: { ...sendParams, DelaySeconds: '5', MessageGroupId: 'g', Region: 'us-east-1' } }, fails: false },
  // SubtypeParameterRequired — C58, C66–C75
  { code: 'SubtypeParameterRequired', name: 'SendMessage without MessageBody', kind: 'HTTP', facts: { ...send, requestParameters: { QueueUrl: QUEUE_URL } }, fails: true, mentions: 'MessageBody' },
  { code: 'SubtypeParameterRequired', name: 'PutEvents with no parameters', kind: 'HTTP', facts: { ...send, subtype: 'EventBridge-PutEvents' }, fails: true, mentions: 'DetailType' },
  { code: 'SubtypeParameterRequired', name: 'AppConfig with all four', kind: 'HTTP', facts: { ...send, subtype: 'AppConfig-GetConfiguration', requestParameters: { Application: 'a', Environment: 'e', Configuration: 'c', ClientId: '$context.requestId' } }, fails: false },
  { code: 'SubtypeParameterRequired', name: 'unresolved parameters', kind: 'HTTP', facts: { ...send, requestParameters: new Unknown() }, fails: false },
  // SubtypeParameterValueInvalid — C59
  { code: 'SubtypeParameterValueInvalid', name: 'a JSON object literal', kind: 'HTTP', facts: { ...send, requestParameters: { ...sendParams, MessageAttributes: '{"somename":{"DataType":"String","StringValue":"somevalue"}}' } }, fails: true, mentions: 'JSON object literal' },
  { code: 'SubtypeParameterValueInvalid', name: 'a misspelt source', kind: 'HTTP', facts: { ...send, requestParameters: { ...sendParams, MessageBody: '$request.bdy' } }, fails: true },
  { code: 'SubtypeParameterValueInvalid', name: 'a recursive-descent JSONPath', kind: 'HTTP', facts: { ...send, requestParameters: { ...sendParams, MessageBody: '$request.body..id' } }, fails: true },
  { code: 'SubtypeParameterValueInvalid', name: 'static text, a header and a ${} combination', kind: 'HTTP', facts: { ...send, requestParameters: { ...sendParams, MessageGroupId: '${request.header.tenant}-${context.requestId}', DelaySeconds: '5' } }, fails: false },
];
