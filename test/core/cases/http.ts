import { RuleCase } from './types';
import { Unknown } from '../../../src/core/facts';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:f';
const LAMBDA_URI = `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${FN}/invocations`;
const ROLE = 'arn:aws:iam::123456789012:role/api';
const LISTENER = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/my-alb/50dc6c495c0c9188/f2f7dc8efc522ab2';
const QUEUE_URL = 'https://sqs.us-east-1.amazonaws.com/123456789012/q';
const SM = 'arn:aws:states:us-east-1:123456789012:stateMachine:m';

const lambda = { type: 'AWS_PROXY', uri: FN, payloadFormatVersion: '2.0' };
const url = { type: 'HTTP_PROXY', integrationMethod: 'ANY', uri: 'https://example.com/{proxy}', payloadFormatVersion: '1.0' };
const send = { type: 'AWS_PROXY', subtype: 'SQS-SendMessage', credentials: ROLE, payloadFormatVersion: '1.0' };
const sendParams = { QueueUrl: QUEUE_URL, MessageBody: '$request.body' };

/** Cases for src/core/rules/http.ts (and the v2 length rule in common.ts). */
export const HTTP_CASES: RuleCase[] = [
  // PayloadFormatVersionRequired — C50
  { code: 'PayloadFormatVersionRequired', name: 'no payload format', kind: 'HTTP', facts: { type: 'HTTP_PROXY', integrationMethod: 'ANY', uri: 'https://example.com' }, fails: true },
  { code: 'PayloadFormatVersionRequired', name: 'a partial view with an unknown type (a patch)', kind: 'HTTP', facts: { type: new Unknown(), timeoutMs: 1000 }, fails: false },
  { code: 'PayloadFormatVersionRequired', name: 'an unresolved payload format', kind: 'HTTP', facts: { ...lambda, payloadFormatVersion: new Unknown() }, fails: false },
  { code: 'PayloadFormatVersionRequired', name: 'no payload format on WebSocket (not an HTTP rule)', kind: 'WEBSOCKET', facts: { type: 'MOCK' }, fails: false },

  // PayloadFormatVersionNotSupported — C50
  { code: 'PayloadFormatVersionNotSupported', name: '9.9', kind: 'HTTP', facts: { ...lambda, payloadFormatVersion: '9.9' }, fails: true },
  { code: 'PayloadFormatVersionNotSupported', name: '2.0 on a subtype', kind: 'HTTP', facts: { ...send, payloadFormatVersion: '2.0', requestParameters: sendParams }, fails: true, mentions: 'SQS-SendMessage' },
  { code: 'PayloadFormatVersionNotSupported', name: '2.0 on HTTP_PROXY', kind: 'HTTP', facts: { ...url, payloadFormatVersion: '2.0' }, fails: true },
  { code: 'PayloadFormatVersionNotSupported', name: '2.0 on Lambda', kind: 'HTTP', facts: lambda, fails: false },
  { code: 'PayloadFormatVersionNotSupported', name: '1.0 on a subtype', kind: 'HTTP', facts: send, fails: false },

  // LambdaUriNotFunction — C51
  { code: 'LambdaUriNotFunction', name: 'an SQS service ARN', kind: 'HTTP', facts: { ...lambda, uri: 'arn:aws:apigateway:us-east-1:sqs:path/123456789012/q' }, fails: true },
  { code: 'LambdaUriNotFunction', name: 'an http URL', kind: 'HTTP', facts: { ...lambda, uri: 'https://example.com' }, fails: true },
  { code: 'LambdaUriNotFunction', name: 'a function ARN', kind: 'HTTP', facts: lambda, fails: false },
  { code: 'LambdaUriNotFunction', name: 'an invocation ARN', kind: 'HTTP', facts: { ...lambda, uri: LAMBDA_URI }, fails: false },
  { code: 'LambdaUriNotFunction', name: 'a token (aws-cdk-lib\'s functionArn)', kind: 'HTTP', facts: { ...lambda, uri: new Unknown('\u0000') }, fails: false },

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

  // SyncExecutionNotExpress — C74
  { code: 'SyncExecutionNotExpress', name: 'a STANDARD state machine', kind: 'HTTP', facts: { ...send, subtype: 'StepFunctions-StartSyncExecution', requestParameters: { StateMachineArn: SM }, stateMachineType: 'STANDARD' }, fails: true },
  { code: 'SyncExecutionNotExpress', name: 'an EXPRESS state machine', kind: 'HTTP', facts: { ...send, subtype: 'StepFunctions-StartSyncExecution', requestParameters: { StateMachineArn: SM }, stateMachineType: 'EXPRESS' }, fails: false },
  { code: 'SyncExecutionNotExpress', name: 'StartExecution on STANDARD', kind: 'HTTP', facts: { ...send, subtype: 'StepFunctions-StartExecution', requestParameters: { StateMachineArn: SM }, stateMachineType: 'STANDARD' }, fails: false },

  // ServerNameOnPublicIntegration — C64 (warning)
  { code: 'ServerNameOnPublicIntegration', name: 'a server name on a public URL', kind: 'HTTP', facts: { ...url, serverNameToVerify: 'example.com' }, fails: true },
  { code: 'ServerNameOnPublicIntegration', name: 'a server name on a private integration', kind: 'HTTP', facts: { ...url, uri: LISTENER, connectionType: 'VPC_LINK', connectionId: 'abc', serverNameToVerify: 'example.com' }, fails: false },

  // RequestParameterKeyInvalid — C76
  { code: 'RequestParameterKeyInvalid', name: 'a REST-style key', kind: 'HTTP', facts: { ...url, requestParameters: { 'integration.request.header.x': '$request.header.y' } }, fails: true },
  { code: 'RequestParameterKeyInvalid', name: 'append:path', kind: 'HTTP', facts: { ...url, requestParameters: { 'append:path': '$request.path' } }, fails: true },
  { code: 'RequestParameterKeyInvalid', name: 'subtype parameters in a patch (unknown type)', kind: 'HTTP', facts: { type: new Unknown(), requestParameters: { QueueUrl: 'q' } }, fails: false },
  { code: 'RequestParameterKeyInvalid', name: 'the valid forms', kind: 'HTTP', facts: { ...url, requestParameters: { 'append:header.x': 'a', 'remove:querystring.q': "''", 'overwrite:path': '$request.path' } }, fails: false },

  // RequestParameterValueInvalid — C77
  { code: 'RequestParameterValueInvalid', name: 'a multi-value header source', kind: 'HTTP', facts: { ...url, requestParameters: { 'append:header.x': '$request.multivalueheader.y' } }, fails: true },
  { code: 'RequestParameterValueInvalid', name: 'a REST-style source', kind: 'HTTP', facts: { ...lambda, requestParameters: { 'append:header.x': '${method.request.header.y}' } }, fails: true },
  { code: 'RequestParameterValueInvalid', name: 'remove: with an empty value or with two quotes', kind: 'HTTP', facts: { ...url, requestParameters: { 'remove:header.x': '', 'remove:querystring.y': "''" } }, fails: false },
  { code: 'RequestParameterValueInvalid', name: 'an empty value on an overwrite', kind: 'HTTP', facts: { ...url, requestParameters: { 'overwrite:header.x': '' } }, fails: true },
  // ResponseParametersMalformed — C79 (CloudFormation's schema refuses any other shape)
  { code: 'ResponseParametersMalformed', name: 'the API\'s own shape in a template', kind: 'HTTP', facts: { ...url, responseParametersMalformed: ['ResponseParameters.404 has "overwrite:header.x"'] }, fails: true, mentions: 'overwrite:header.x' },
  { code: 'ResponseParametersMalformed', name: 'CloudFormation\'s shape', kind: 'HTTP', facts: { ...url, responseParameters: { 404: [{ destination: 'overwrite:statuscode', source: '200' }] } }, fails: false },
  // PrivateIntegrationStagePrefix — C63
  { code: 'PrivateIntegrationStagePrefix', name: 'a private integration on a named stage', kind: 'HTTP', facts: { type: 'HTTP_PROXY', integrationMethod: 'ANY', uri: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/1/2', connectionType: 'VPC_LINK', connectionId: 'abc', namedStages: ['prod'] }, fails: true, mentions: '"prod"' },
  { code: 'PrivateIntegrationStagePrefix', name: 'one that strips the stage', kind: 'HTTP', facts: { type: 'HTTP_PROXY', integrationMethod: 'ANY', uri: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/1/2', connectionType: 'VPC_LINK', connectionId: 'abc', namedStages: ['prod'], requestParameters: { 'overwrite:path': '$request.path' } }, fails: false },
  { code: 'RequestParameterValueInvalid', name: 'a value over 512 characters', kind: 'HTTP', facts: { ...url, requestParameters: { 'append:header.x': 'a'.repeat(513) } }, fails: true, mentions: '513' },
  { code: 'RequestParameterValueInvalid', name: 'stage variables, context and the path', kind: 'HTTP', facts: { ...url, requestParameters: { 'append:header.x': '$stageVariables.env', 'overwrite:querystring.id': '$context.requestId', 'overwrite:path': '/v1${request.path}' } }, fails: false },

  // ReservedHeaderMapped — C78
  { code: 'ReservedHeaderMapped', name: 'Authorization in a request', kind: 'HTTP', facts: { ...url, requestParameters: { 'overwrite:header.Authorization': 'x' } }, fails: true },
  { code: 'ReservedHeaderMapped', name: 'x-amz-date in a response', kind: 'HTTP', facts: { ...url, responseParameters: { 200: [{ destination: 'remove:header.X-Amz-Date', source: "''" }] } }, fails: true },
  { code: 'ReservedHeaderMapped', name: 'a custom header', kind: 'HTTP', facts: { ...url, requestParameters: { 'append:header.x-tenant': 'a' }, responseParameters: { 200: [{ destination: 'append:header.x-id', source: '$context.requestId' }] } }, fails: false },

  // ResponseParameterInvalid — C79
  { code: 'ResponseParameterInvalid', name: 'status code 100', kind: 'HTTP', facts: { ...url, responseParameters: { 100: [{ destination: 'overwrite:statuscode', source: '200' }] } }, fails: true },
  { code: 'ResponseParameterInvalid', name: 'a querystring destination', kind: 'HTTP', facts: { ...url, responseParameters: { 404: [{ destination: 'append:querystring.x', source: 'a' }] } }, fails: true },
  { code: 'ResponseParameterInvalid', name: 'a request source', kind: 'HTTP', facts: { ...url, responseParameters: { 404: [{ destination: 'append:header.x', source: '$request.header.y' }] } }, fails: true },
  { code: 'ResponseParameterInvalid', name: '404 overwritten to 403 with a header', kind: 'HTTP', facts: { ...url, responseParameters: { 404: [{ destination: 'overwrite:statuscode', source: '403' }, { destination: 'append:header.x', source: '$response.header.y' }] } }, fails: false },

  // WebSocketOnlyField — C80
  { code: 'WebSocketOnlyField', name: 'RequestTemplates on an HTTP API', kind: 'HTTP', facts: { ...url, requestTemplates: { 'application/json': '{}' } }, fails: true, mentions: 'RequestTemplates' },
  { code: 'WebSocketOnlyField', name: 'an IntegrationResponse on an HTTP API', kind: 'HTTP', facts: { subject: 'integrationResponse', type: 'HTTP_PROXY' }, fails: true },
  { code: 'WebSocketOnlyField', name: 'RequestTemplates on WebSocket', kind: 'WEBSOCKET', facts: { type: 'AWS', requestTemplates: { 'application/json': '{}' } }, fails: false },
  { code: 'WebSocketOnlyField', name: 'a plain URL integration', kind: 'HTTP', facts: url, fails: false },

  // UriVariableNotInRoute — C53
  { code: 'UriVariableNotInRoute', name: '{proxy} on a non-greedy route', kind: 'HTTP', facts: { ...url, routeKey: 'GET /pets' }, fails: true, mentions: '{proxy+}' },
  { code: 'UriVariableNotInRoute', name: '{id} on a route without it', kind: 'HTTP', facts: { ...url, uri: 'https://example.com/pets/{id}', routeKey: 'GET /pets/{petId}' }, fails: true },
  { code: 'UriVariableNotInRoute', name: '{proxy} on a {proxy+} route', kind: 'HTTP', facts: { ...url, routeKey: 'ANY /api/{proxy+}' }, fails: false },
  { code: 'UriVariableNotInRoute', name: 'an unknown route', kind: 'HTTP', facts: url, fails: false },

  // ValueTooLong — C54, C64 (common.ts, v2 kinds)
  { code: 'ValueTooLong', name: 'a 1025-character description', kind: 'HTTP', facts: { ...lambda, description: 'd'.repeat(1025) }, fails: true, mentions: '1025' },
  { code: 'ValueTooLong', name: 'a 65-character method on WebSocket', kind: 'WEBSOCKET', facts: { type: 'HTTP', integrationMethod: 'G'.repeat(65) }, fails: true },
  { code: 'ValueTooLong', name: 'a 1024-character description', kind: 'HTTP', facts: { ...lambda, description: 'd'.repeat(1024) }, fails: false },

  // IntegrationsPerApiExceeded — C81 (subject api)
  { code: 'IntegrationsPerApiExceeded', name: '301 integrations', kind: 'HTTP', facts: { subject: 'api', integrationCount: 301, routeCount: 301 }, fails: true, mentions: 'cannot be raised' },
  { code: 'IntegrationsPerApiExceeded', name: '300 integrations', kind: 'HTTP', facts: { subject: 'api', integrationCount: 300, routeCount: 600 }, fails: false },
  { code: 'IntegrationsPerApiExceeded', name: '301 integrations of a WebSocket API (a warning there)', kind: 'WEBSOCKET', facts: { subject: 'api', integrationCount: 301 }, fails: false },

  // RoutesPerApiAboveDefaultQuota — C81, C98 (warning; common.ts, subject api)
  { code: 'RoutesPerApiAboveDefaultQuota', name: '301 routes', kind: 'HTTP', facts: { subject: 'api', integrationCount: 1, routeCount: 301 }, fails: true, mentions: '301 routes' },
  { code: 'RoutesPerApiAboveDefaultQuota', name: '301 WebSocket routes', kind: 'WEBSOCKET', facts: { subject: 'api', integrationCount: 1, routeCount: 301 }, fails: true, mentions: 'WebSocket APIs' },
  { code: 'RoutesPerApiAboveDefaultQuota', name: '300 routes', kind: 'HTTP', facts: { subject: 'api', integrationCount: 300, routeCount: 300 }, fails: false },
];
