import { RuleCase } from './types';
import { Unknown } from '../../../src/core/facts';

const LAMBDA_URI = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations';
const SQS_URI = 'arn:aws:apigateway:us-east-1:sqs:path/123456789012/queue';
const ROLE = 'arn:aws:iam::123456789012:role/api';
const LISTENER = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/my-alb/50dc6c495c0c9188/f2f7dc8efc522ab2';
const HOLE = '\u0000';

/** Cases for src/core/rules/common.ts. */
export const COMMON_CASES: RuleCase[] = [
  // IntegrationTypeNotSupported — C01, C49, C82
  { code: 'IntegrationTypeNotSupported', name: 'AWS on an HTTP API', kind: 'HTTP', facts: { type: 'AWS' }, fails: true, mentions: 'proxy' },
  { code: 'IntegrationTypeNotSupported', name: 'MOCK on an HTTP API', kind: 'HTTP', facts: { type: 'MOCK' }, fails: true },
  { code: 'IntegrationTypeNotSupported', name: 'a misspelt type on REST', kind: 'REST', facts: { type: 'HTTPS_PROXY' }, fails: true, mentions: '"HTTPS_PROXY"' },
  { code: 'IntegrationTypeNotSupported', name: 'no type', kind: 'WEBSOCKET', facts: {}, fails: true, mentions: 'required' },
  { code: 'IntegrationTypeNotSupported', name: 'HTTP_PROXY on an HTTP API', kind: 'HTTP', facts: { type: 'HTTP_PROXY' }, fails: false },
  { code: 'IntegrationTypeNotSupported', name: 'MOCK on WebSocket', kind: 'WEBSOCKET', facts: { type: 'MOCK' }, fails: false },
  { code: 'IntegrationTypeNotSupported', name: 'an unresolved type', kind: 'HTTP', facts: { type: new Unknown() }, fails: false },

  // TimeoutOutOfRange — C21, C22, C65, C84
  { code: 'TimeoutOutOfRange', name: '10 ms on REST', kind: 'REST', facts: { type: 'MOCK', timeoutMs: 10 }, fails: true, mentions: '10 ms' },
  { code: 'TimeoutOutOfRange', name: '30001 ms on an HTTP API', kind: 'HTTP', facts: { type: 'HTTP_PROXY', timeoutMs: 30_001 }, fails: true, mentions: '30 s' },
  { code: 'TimeoutOutOfRange', name: '29001 ms on WebSocket', kind: 'WEBSOCKET', facts: { type: 'MOCK', timeoutMs: 29_001 }, fails: true },
  { code: 'TimeoutOutOfRange', name: '60 s on an edge-optimized REST API', kind: 'REST', facts: { type: 'MOCK', timeoutMs: 60_000, endpointTypes: ['EDGE'] }, fails: true, mentions: 'edge-optimized' },
  { code: 'TimeoutOutOfRange', name: '301 s buffered on a Regional REST API (a quota question: TimeoutAboveDefaultQuota warns)', kind: 'REST', facts: { type: 'MOCK', timeoutMs: 301_000, endpointTypes: ['REGIONAL'] }, fails: false },
  { code: 'TimeoutAboveDefaultQuota', name: '301 s buffered on a Regional REST API', kind: 'REST', facts: { type: 'MOCK', timeoutMs: 301_000, endpointTypes: ['REGIONAL'] }, fails: true, mentions: 'Service Quotas' },
  { code: 'TimeoutOutOfRange', name: '60 s buffered on an edge-optimized REST API', kind: 'REST', facts: { type: 'HTTP_PROXY', integrationMethod: 'GET', uri: 'https://example.com/', timeoutMs: 60_000, endpointTypes: ['EDGE'] }, fails: true, mentions: 'STREAM' },
  { code: 'TimeoutOutOfRange', name: '15 min streamed on an edge-optimized REST API', kind: 'REST', facts: { type: 'HTTP_PROXY', integrationMethod: 'GET', uri: 'https://example.com/', timeoutMs: 900_000, endpointTypes: ['EDGE'], responseTransferMode: 'STREAM' }, fails: false },
  { code: 'TimeoutOutOfRange', name: '16 min streamed on a Regional REST API', kind: 'REST', facts: { type: 'HTTP_PROXY', integrationMethod: 'GET', uri: 'https://example.com/', timeoutMs: 960_000, endpointTypes: ['REGIONAL'], responseTransferMode: 'STREAM' }, fails: true, mentions: '15 min' },
  { code: 'TimeoutOutOfRange', name: '901 s streamed on REST', kind: 'REST', facts: { type: 'HTTP_PROXY', timeoutMs: 901_000, responseTransferMode: 'STREAM' }, fails: true },
  { code: 'TimeoutOutOfRange', name: '30000 ms on an HTTP API', kind: 'HTTP', facts: { type: 'HTTP_PROXY', timeoutMs: 30_000 }, fails: false },
  { code: 'TimeoutOutOfRange', name: '29000 ms on WebSocket', kind: 'WEBSOCKET', facts: { type: 'MOCK', timeoutMs: 29_000 }, fails: false },
  { code: 'TimeoutOutOfRange', name: '15 min streamed on a Regional REST API', kind: 'REST', facts: { type: 'AWS_PROXY', timeoutMs: 900_000, responseTransferMode: 'STREAM', endpointTypes: ['REGIONAL'] }, fails: false },
  { code: 'TimeoutOutOfRange', name: '60 s on a Regional REST API (a warning, not an error)', kind: 'REST', facts: { type: 'MOCK', timeoutMs: 60_000, endpointTypes: ['REGIONAL'] }, fails: false },
  { code: 'TimeoutOutOfRange', name: 'an unresolved timeout', kind: 'HTTP', facts: { type: 'HTTP_PROXY', timeoutMs: new Unknown() }, fails: false },

  // TimeoutAboveDefaultQuota — C21 (warning)
  { code: 'TimeoutAboveDefaultQuota', name: '60 s buffered on a Regional REST API', kind: 'REST', facts: { type: 'MOCK', timeoutMs: 60_000, endpointTypes: ['REGIONAL'] }, fails: true, mentions: 'Maximum integration timeout in milliseconds' },
  { code: 'TimeoutAboveDefaultQuota', name: '60 s when the endpoint type is unknown', kind: 'REST', facts: { type: 'MOCK', timeoutMs: 60_000, endpointTypes: new Unknown() }, fails: true },
  { code: 'TimeoutAboveDefaultQuota', name: '29 s', kind: 'REST', facts: { type: 'MOCK', timeoutMs: 29_000 }, fails: false },
  { code: 'TimeoutAboveDefaultQuota', name: '60 s streamed', kind: 'REST', facts: { type: 'HTTP_PROXY', timeoutMs: 60_000, responseTransferMode: 'STREAM' }, fails: false },
  { code: 'TimeoutAboveDefaultQuota', name: '60 s on EDGE (an error instead)', kind: 'REST', facts: { type: 'MOCK', timeoutMs: 60_000, endpointTypes: ['EDGE'] }, fails: false },

  // ConnectionTypeNotSupported — C12
  { code: 'ConnectionTypeNotSupported', name: 'a misspelt connection type', kind: 'REST', facts: { type: 'HTTP', connectionType: 'VPCLINK' }, fails: true },
  { code: 'ConnectionTypeNotSupported', name: 'INTERNET', kind: 'HTTP', facts: { type: 'HTTP_PROXY', connectionType: 'INTERNET' }, fails: false },

  // VpcLinkWithoutConnectionId — C13, C60, C86
  { code: 'VpcLinkWithoutConnectionId', name: 'VPC_LINK with no id on REST', kind: 'REST', facts: { type: 'HTTP_PROXY', connectionType: 'VPC_LINK' }, fails: true, mentions: 'stageVariables' },
  { code: 'VpcLinkWithoutConnectionId', name: 'VPC_LINK with no id on an HTTP API', kind: 'HTTP', facts: { type: 'HTTP_PROXY', connectionType: 'VPC_LINK' }, fails: true, mentions: 'VpcLink' },
  { code: 'VpcLinkWithoutConnectionId', name: 'VPC_LINK with a stage variable id', kind: 'REST', facts: { type: 'HTTP_PROXY', connectionType: 'VPC_LINK', connectionId: '${stageVariables.link}' }, fails: false },
  { code: 'VpcLinkWithoutConnectionId', name: 'VPC_LINK with an unresolved id', kind: 'WEBSOCKET', facts: { type: 'HTTP_PROXY', connectionType: 'VPC_LINK', connectionId: new Unknown() }, fails: false },

  // ConnectionIdWithoutVpcLink — C14
  { code: 'ConnectionIdWithoutVpcLink', name: 'an id with INTERNET', kind: 'REST', facts: { type: 'HTTP_PROXY', connectionType: 'INTERNET', connectionId: 'abc123' }, fails: true },
  { code: 'ConnectionIdWithoutVpcLink', name: 'an id with no connection type', kind: 'REST', facts: { type: 'HTTP_PROXY', connectionId: 'abc123' }, fails: true },
  { code: 'ConnectionIdWithoutVpcLink', name: 'an id with VPC_LINK', kind: 'REST', facts: { type: 'HTTP_PROXY', connectionType: 'VPC_LINK', connectionId: 'abc123' }, fails: false },

  // PrivateIntegrationTypeNotSupported — C15, C61, C86
  { code: 'PrivateIntegrationTypeNotSupported', name: 'AWS_PROXY over a VPC link on REST', kind: 'REST', facts: { type: 'AWS_PROXY', connectionType: 'VPC_LINK', connectionId: 'x' }, fails: true },
  { code: 'PrivateIntegrationTypeNotSupported', name: 'AWS_PROXY over a VPC link on an HTTP API', kind: 'HTTP', facts: { type: 'AWS_PROXY', connectionType: 'VPC_LINK', connectionId: 'x' }, fails: true },
  { code: 'PrivateIntegrationTypeNotSupported', name: 'HTTP over a VPC link on REST', kind: 'REST', facts: { type: 'HTTP', connectionType: 'VPC_LINK', connectionId: 'x' }, fails: false },

  // IntegrationMethodRequired — C02, C52, C83
  { code: 'IntegrationMethodRequired', name: 'HTTP_PROXY with no method on REST', kind: 'REST', facts: { type: 'HTTP_PROXY', uri: 'https://example.com' }, fails: true },
  { code: 'IntegrationMethodRequired', name: 'HTTP_PROXY with no method on an HTTP API', kind: 'HTTP', facts: { type: 'HTTP_PROXY', uri: 'https://example.com' }, fails: true },
  { code: 'IntegrationMethodRequired', name: 'AWS with no method on WebSocket', kind: 'WEBSOCKET', facts: { type: 'AWS', uri: SQS_URI }, fails: true },
  { code: 'IntegrationMethodRequired', name: 'a Lambda proxy with no method on WebSocket', kind: 'WEBSOCKET', facts: { type: 'AWS_PROXY', uri: new Unknown(HOLE) }, fails: false },
  { code: 'IntegrationMethodRequired', name: 'MOCK with no method', kind: 'REST', facts: { type: 'MOCK' }, fails: false },
  { code: 'IntegrationMethodRequired', name: 'Lambda proxy with no method on an HTTP API', kind: 'HTTP', facts: { type: 'AWS_PROXY', uri: 'arn:aws:lambda:us-east-1:123456789012:function:f' }, fails: false },

  // IntegrationMethodNotSupported — C02, C52
  { code: 'IntegrationMethodNotSupported', name: 'FOO', kind: 'REST', facts: { type: 'HTTP', integrationMethod: 'FOO' }, fails: true },
  { code: 'IntegrationMethodNotSupported', name: 'ANY', kind: 'HTTP', facts: { type: 'HTTP_PROXY', integrationMethod: 'ANY' }, fails: false },

  // LambdaRequiresPost — C03, C51, C83
  { code: 'LambdaRequiresPost', name: 'GET to a Lambda invocation ARN', kind: 'REST', facts: { type: 'AWS_PROXY', integrationMethod: 'GET', uri: LAMBDA_URI }, fails: true, mentions: 'POST' },
  { code: 'LambdaRequiresPost', name: 'GET to a partly resolved Lambda URI', kind: 'WEBSOCKET', facts: { type: 'AWS_PROXY', integrationMethod: 'GET', uri: new Unknown(`arn:${HOLE}:apigateway:${HOLE}:lambda:path/2015-03-31/functions/${HOLE}/invocations`) }, fails: true },
  { code: 'LambdaRequiresPost', name: 'POST to Lambda', kind: 'REST', facts: { type: 'AWS_PROXY', integrationMethod: 'POST', uri: LAMBDA_URI }, fails: false },
  { code: 'LambdaRequiresPost', name: 'GET to an unresolved URI', kind: 'REST', facts: { type: 'AWS', integrationMethod: 'GET', uri: new Unknown(HOLE) }, fails: false },

  // IntegrationUriRequired — C04, C06, C17, C83
  { code: 'IntegrationUriRequired', name: 'HTTP with no URI', kind: 'REST', facts: { type: 'HTTP', integrationMethod: 'GET' }, fails: true },
  { code: 'IntegrationUriRequired', name: 'AWS with no URI on WebSocket', kind: 'WEBSOCKET', facts: { type: 'AWS', integrationMethod: 'POST' }, fails: true },
  { code: 'IntegrationUriRequired', name: 'MOCK with no URI', kind: 'WEBSOCKET', facts: { type: 'MOCK', uri: '' }, fails: false },

  // IntegrationUriNotHttpUrl — C04, C05, C17, C53
  { code: 'IntegrationUriNotHttpUrl', name: 'a relative URL', kind: 'REST', facts: { type: 'HTTP', integrationMethod: 'GET', uri: 'example.com/pets' }, fails: true },
  { code: 'IntegrationUriNotHttpUrl', name: 'an ftp URL', kind: 'HTTP', facts: { type: 'HTTP_PROXY', integrationMethod: 'ANY', uri: 'ftp://example.com' }, fails: true },
  { code: 'IntegrationUriNotHttpUrl', name: 'port 1000 (supported or not, it is a URL: IntegrationPortNotSupported warns)', kind: 'REST', facts: { type: 'HTTP_PROXY', integrationMethod: 'GET', uri: 'https://example.com:1000/' }, fails: false },
  { code: 'IntegrationUriNotHttpUrl', name: 'port 70000', kind: 'REST', facts: { type: 'HTTP_PROXY', integrationMethod: 'GET', uri: 'https://example.com:70000/' }, fails: true, mentions: '65535' },
  // IntegrationPortNotSupported — C05
  { code: 'IntegrationPortNotSupported', name: 'port 1000', kind: 'REST', facts: { type: 'HTTP_PROXY', integrationMethod: 'GET', uri: 'https://example.com:1000/' }, fails: true, mentions: 'port 1000' },
  { code: 'IntegrationPortNotSupported', name: 'ports 443, 8443 and none', kind: 'REST', facts: { type: 'HTTP_PROXY', integrationMethod: 'GET', uri: 'https://example.com:8443/' }, fails: false },
  { code: 'IntegrationUriNotHttpUrl', name: 'an unencoded space', kind: 'WEBSOCKET', facts: { type: 'HTTP', integrationMethod: 'GET', uri: 'https://example.com/a b' }, fails: true, mentions: 'encoded' },
  { code: 'IntegrationUriNotHttpUrl', name: 'a token after a wrong scheme', kind: 'REST', facts: { type: 'HTTP', integrationMethod: 'GET', uri: new Unknown(`ftp://${HOLE}/x`) }, fails: true },
  { code: 'IntegrationUriNotHttpUrl', name: 'a placeholder and port 8080', kind: 'REST', facts: { type: 'HTTP', integrationMethod: 'GET', uri: 'http://example.com:8080/pets/{id}' }, fails: false },
  { code: 'IntegrationUriNotHttpUrl', name: 'a stage-variable host', kind: 'REST', facts: { type: 'HTTP_PROXY', integrationMethod: 'GET', uri: 'https://${stageVariables.host}/pets' }, fails: false },
  { code: 'IntegrationUriNotHttpUrl', name: 'a token host', kind: 'HTTP', facts: { type: 'HTTP_PROXY', integrationMethod: 'ANY', uri: new Unknown(`https://${HOLE}/x`) }, fails: false },
  { code: 'IntegrationUriNotHttpUrl', name: 'a listener ARN on an HTTP API private integration', kind: 'HTTP', facts: { type: 'HTTP_PROXY', integrationMethod: 'ANY', connectionType: 'VPC_LINK', connectionId: 'x', uri: LISTENER }, fails: false },

  // IntegrationUriNotServiceArn — C06
  { code: 'IntegrationUriNotServiceArn', name: 'a bare Lambda function ARN', kind: 'REST', facts: { type: 'AWS_PROXY', integrationMethod: 'POST', uri: 'arn:aws:lambda:us-east-1:123456789012:function:f' }, fails: true, mentions: 'invocation ARN' },
  { code: 'IntegrationUriNotServiceArn', name: 'not an ARN', kind: 'WEBSOCKET', facts: { type: 'AWS', integrationMethod: 'POST', uri: 'sqs/SendMessage' }, fails: true },
  { code: 'IntegrationUriNotServiceArn', name: 'an SQS path ARN', kind: 'REST', facts: { type: 'AWS', integrationMethod: 'POST', uri: SQS_URI, credentials: ROLE }, fails: false },

  // AwsProxyNotLambda — C07
  { code: 'AwsProxyNotLambda', name: 'AWS_PROXY to SQS', kind: 'REST', facts: { type: 'AWS_PROXY', integrationMethod: 'POST', uri: SQS_URI }, fails: true },
  { code: 'AwsProxyNotLambda', name: 'AWS_PROXY to Lambda', kind: 'REST', facts: { type: 'AWS_PROXY', integrationMethod: 'POST', uri: LAMBDA_URI }, fails: false },
  { code: 'AwsProxyNotLambda', name: 'AWS_PROXY to a Lambda action, not the invocation path', kind: 'REST', facts: { type: 'AWS_PROXY', integrationMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:lambda:action/Invoke' }, fails: true, mentions: 'invocation path' },
  { code: 'AwsProxyNotLambda', name: 'AWS_PROXY to a Lambda path without /invocations', kind: 'REST', facts: { type: 'AWS_PROXY', integrationMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f' }, fails: true },
  { code: 'AwsProxyNotLambda', name: 'AWS_PROXY to the streaming invocation path', kind: 'REST', facts: { type: 'AWS_PROXY', integrationMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:lambda:path/2021-11-15/functions/arn:aws:lambda:us-east-1:123456789012:function:f/response-streaming-invocations' }, fails: false },
  { code: 'AwsProxyNotLambda', name: 'AWS_PROXY to Firehose', kind: 'REST', facts: { type: 'AWS_PROXY', integrationMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:firehose:action/PutRecord' }, fails: false },

  // PrivateUriNotListenerArn — C61
  { code: 'PrivateUriNotListenerArn', name: 'a load balancer ARN', kind: 'HTTP', facts: { type: 'HTTP_PROXY', integrationMethod: 'ANY', connectionType: 'VPC_LINK', connectionId: 'x', uri: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/my-alb/50dc6c495c0c9188' }, fails: true, mentions: 'listener' },
  { code: 'PrivateUriNotListenerArn', name: 'a listener ARN', kind: 'HTTP', facts: { type: 'HTTP_PROXY', integrationMethod: 'ANY', connectionType: 'VPC_LINK', connectionId: 'x', uri: LISTENER }, fails: false },
  { code: 'PrivateUriNotListenerArn', name: 'a Cloud Map service ARN with filters', kind: 'HTTP', facts: { type: 'HTTP_PROXY', integrationMethod: 'ANY', connectionType: 'VPC_LINK', connectionId: 'x', uri: 'arn:aws:servicediscovery:us-east-1:123456789012:service/srv-abc123?stage=prod' }, fails: false },

  // CredentialsRequired — C09, C57
  { code: 'CredentialsRequired', name: 'AWS to SQS without credentials', kind: 'REST', facts: { type: 'AWS', integrationMethod: 'POST', uri: SQS_URI }, fails: true, mentions: 'Role ARN must be specified' },
  { code: 'CredentialsRequired', name: 'a partly resolved Step Functions URI without credentials', kind: 'WEBSOCKET', facts: { type: 'AWS', integrationMethod: 'POST', uri: new Unknown(`arn:${HOLE}:apigateway:${HOLE}:states:action/StartExecution`) }, fails: true },
  { code: 'CredentialsRequired', name: 'an HTTP API subtype without credentials', kind: 'HTTP', facts: { type: 'AWS_PROXY', subtype: 'SQS-SendMessage' }, fails: true },
  { code: 'CredentialsRequired', name: 'AWS to Lambda without credentials', kind: 'REST', facts: { type: 'AWS', integrationMethod: 'POST', uri: LAMBDA_URI }, fails: false },
  { code: 'CredentialsRequired', name: 'AWS to SQS with a role', kind: 'REST', facts: { type: 'AWS', integrationMethod: 'POST', uri: SQS_URI, credentials: ROLE }, fails: false },

  // CredentialsNotArn — C10, C101
  { code: 'CredentialsNotArn', name: 'a role name', kind: 'REST', facts: { type: 'AWS', credentials: 'my-role' }, fails: true },
  { code: 'CredentialsNotArn', name: 'the caller pass-through on REST', kind: 'REST', facts: { type: 'AWS', credentials: 'arn:aws:iam::*:user/*' }, fails: false },
  { code: 'CredentialsNotArn', name: 'the caller pass-through on an HTTP API (CloudFormation schema refuses it)', kind: 'HTTP', facts: { type: 'AWS_PROXY', credentials: 'arn:aws:iam::*:user/*' }, fails: true, mentions: 'schema' },
  { code: 'CredentialsNotArn', name: 'a role on an HTTP API', kind: 'HTTP', facts: { type: 'AWS_PROXY', credentials: ROLE }, fails: false },
  { code: 'CredentialsNotArn', name: 'a role ARN', kind: 'WEBSOCKET', facts: { type: 'AWS', credentials: ROLE }, fails: false },
  { code: 'CredentialsNotArn', name: 'an empty string, which means no credentials', kind: 'REST', facts: { type: 'AWS_PROXY', credentials: '' }, fails: false },
  { code: 'CredentialsNotArn', name: 'an empty string on an HTTP API', kind: 'HTTP', facts: { type: 'AWS_PROXY', credentials: '' }, fails: false },
];
