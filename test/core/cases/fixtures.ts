import { IntegrationResponseFacts } from '../../../src/core/facts';

/** Values the rule cases share. */

export const LAMBDA_URI = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations';

export const SQS_URI = 'arn:aws:apigateway:us-east-1:sqs:path/123456789012/queue';

export const ROLE = 'arn:aws:iam::123456789012:role/api';

export const LISTENER = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/my-alb/50dc6c495c0c9188/f2f7dc8efc522ab2';

export const ALB = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/my-alb/50dc6c495c0c9188';

export const HTTP = { type: 'HTTP', integrationMethod: 'GET', uri: 'https://example.com' };

export const MOCK = { type: 'MOCK' };

export const FN = 'arn:aws:lambda:us-east-1:123456789012:function:f';

export const QUEUE_URL = 'https://sqs.us-east-1.amazonaws.com/123456789012/q';

export const SM = 'arn:aws:states:us-east-1:123456789012:stateMachine:m';

export const lambda = { type: 'AWS_PROXY', uri: FN, payloadFormatVersion: '2.0' };

export const url = { type: 'HTTP_PROXY', integrationMethod: 'ANY', uri: 'https://example.com/{proxy}', payloadFormatVersion: '1.0' };

export const send = { type: 'AWS_PROXY', subtype: 'SQS-SendMessage', credentials: ROLE, payloadFormatVersion: '1.0' };

export const sendParams = { QueueUrl: QUEUE_URL, MessageBody: '$request.body' };

export const R = 'integrationResponse' as const;

export function response(r: IntegrationResponseFacts, type = 'MOCK') {
  return { subject: R, type, integrationResponses: [r] };
}

export const aws = (uri: string) => ({ type: 'AWS', integrationMethod: 'POST', credentials: ROLE, uri });

export const httpProxy = { type: 'HTTP_PROXY', integrationMethod: 'GET', uri: 'https://example.com', payloadFormatVersion: '1.0' };

export const eb = (template: string) => ({ ...aws('arn:aws:apigateway:us-east-1:events:action/PutEvents'), requestTemplates: { 'application/json': template } });

export const entry = (source: string, detailType: string) => `{"Entries": [{"Source": ${JSON.stringify(source)}, "DetailType": ${JSON.stringify(detailType)}, "Detail": "$util.escapeJavaScript($input.body)"}]}`;

export const WS_MOCK = { type: 'MOCK' };

export const BROKEN = '{\n  "id": $input.json(\'$.id\'),\n  #set($x = )\n}';

export const GOOD = '{\n  #set($id = $input.path(\'$.id\'))\n  "id": "$util.escapeJavaScript($id)",\n  "ip": "$context.identity.sourceIp"\n}';
