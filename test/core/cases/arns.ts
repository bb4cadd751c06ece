import { aws, lambda, LAMBDA_URI, ROLE, SQS_URI } from './fixtures';
import { RuleCase } from './types';
import { HOLE, Unknown } from '../../../src/core/facts';

/** Cases for src/core/rules/arns.ts. */
export const ARNS_CASES: RuleCase[] = [
  // IntegrationUriNotServiceArn — C06
  { code: 'IntegrationUriNotServiceArn', name: 'a bare Lambda function ARN', kind: 'REST', facts: { type: 'AWS_PROXY', integrationMethod: 'POST', uri: 'arn:aws:lambda:us-east-1:123456789012:function:f' }, fails: true, mentions: 'invocation ARN' },
  { code: 'IntegrationUriNotServiceArn', name: 'not an ARN', kind: 'WEBSOCKET', facts: { type: 'AWS', integrationMethod: 'POST', uri: 'sqs/SendMessage' }, fails: true },
  { code: 'IntegrationUriNotServiceArn', name: 'an SQS path ARN', kind: 'REST', facts: { type: 'AWS', integrationMethod: 'POST', uri: SQS_URI, credentials: ROLE }, fails: false },
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html ("AWS integration URIs")
  { code: 'IntegrationUriNotServiceArn', name: 'a stage variable standing for the action or path part', kind: 'REST', facts: { type: 'AWS', integrationMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:sqs:${stageVariables.queuePath}', credentials: ROLE }, fails: false },
  // AwsProxyNotLambda — C07
  { code: 'AwsProxyNotLambda', name: 'AWS_PROXY to SQS', kind: 'REST', facts: { type: 'AWS_PROXY', integrationMethod: 'POST', uri: SQS_URI }, fails: true },
  { code: 'AwsProxyNotLambda', name: 'AWS_PROXY to Lambda', kind: 'REST', facts: { type: 'AWS_PROXY', integrationMethod: 'POST', uri: LAMBDA_URI }, fails: false },
  { code: 'AwsProxyNotLambda', name: 'AWS_PROXY to a Lambda action, not the invocation path', kind: 'REST', facts: { type: 'AWS_PROXY', integrationMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:lambda:action/Invoke' }, fails: true, mentions: 'invocation path' },
  { code: 'AwsProxyNotLambda', name: 'AWS_PROXY to a Lambda path without /invocations', kind: 'REST', facts: { type: 'AWS_PROXY', integrationMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f' }, fails: true },
  { code: 'AwsProxyNotLambda', name: 'AWS_PROXY to the streaming invocation path', kind: 'REST', facts: { type: 'AWS_PROXY', integrationMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:lambda:path/2021-11-15/functions/arn:aws:lambda:us-east-1:123456789012:function:f/response-streaming-invocations' }, fails: false },
  { code: 'AwsProxyNotLambda', name: 'AWS_PROXY to Firehose', kind: 'REST', facts: { type: 'AWS_PROXY', integrationMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:firehose:action/PutRecord' }, fails: false },
  // AwsProxyNotLambda on a partly known URI, as typed constructs render it
  { code: 'AwsProxyNotLambda', name: 'AWS_PROXY to SQS with a token partition', kind: 'REST', facts: { type: 'AWS_PROXY', uri: new Unknown('arn:\u0000:apigateway:us-east-1:sqs:action/ListQueues') }, fails: true, mentions: '"sqs"' },
  { code: 'AwsProxyNotLambda', name: 'AWS_PROXY to Lambda with a token function', kind: 'REST', facts: { type: 'AWS_PROXY', uri: new Unknown('arn:\u0000:apigateway:us-east-1:lambda:path/2015-03-31/functions/\u0000/invocations') }, fails: false },
  // LambdaUriNotFunction — C51
  { code: 'LambdaUriNotFunction', name: 'an SQS service ARN', kind: 'HTTP', facts: { ...lambda, uri: 'arn:aws:apigateway:us-east-1:sqs:path/123456789012/q' }, fails: true },
  { code: 'LambdaUriNotFunction', name: 'an http URL', kind: 'HTTP', facts: { ...lambda, uri: 'https://example.com' }, fails: true },
  { code: 'LambdaUriNotFunction', name: 'a function ARN', kind: 'HTTP', facts: lambda, fails: false },
  { code: 'LambdaUriNotFunction', name: 'an invocation ARN', kind: 'HTTP', facts: { ...lambda, uri: LAMBDA_URI }, fails: false },
  { code: 'LambdaUriNotFunction', name: 'a token (aws-cdk-lib\'s functionArn)', kind: 'HTTP', facts: { ...lambda, uri: new Unknown('\u0000') }, fails: false },
  // ServiceArnPartInvalid — AwsServiceUri parts
  { code: 'ServiceArnPartInvalid', name: 'a Region with spaces', kind: 'REST', facts: aws('arn:aws:apigateway:us east 1:sqs:action/SendMessage'), fails: true, mentions: 'us east 1' },
  { code: 'ServiceArnPartInvalid', name: 'an empty Region', kind: 'REST', facts: aws('arn:aws:apigateway::sqs:action/SendMessage'), fails: true },
  { code: 'ServiceArnPartInvalid', name: 'an action a:b', kind: 'REST', facts: aws('arn:aws:apigateway:us-east-1:sqs:action/a:b'), fails: true, mentions: 'a:b' },
  { code: 'ServiceArnPartInvalid', name: 'an action with a space', kind: 'WEBSOCKET', facts: aws('arn:aws:apigateway:us-east-1:sqs:action/Send Message'), fails: true, mentions: 'Send Message' },
  { code: 'ServiceArnPartInvalid', name: 'a service with a space', kind: 'REST', facts: aws('arn:aws:apigateway:us-east-1:simple queue:action/SendMessage'), fails: true },
  { code: 'ServiceArnPartInvalid', name: 'a path with a newline', kind: 'REST', facts: aws('arn:aws:apigateway:us-east-1:s3:path/bucket/\nkey'), fails: true },
  { code: 'ServiceArnPartInvalid', name: 'an action with parameters, a subdomain, a token Region', kind: 'REST', facts: aws(`arn:aws:apigateway:${HOLE}:iot.data:action/Publish?topic=a%20b`), fails: false },
  { code: 'ServiceArnPartInvalid', name: 'a path', kind: 'REST', facts: aws('arn:aws:apigateway:eu-west-3:s3:path/my-bucket/{key}'), fails: false },
];
