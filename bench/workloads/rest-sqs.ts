/**
 * rest-sqs: one REST API, N methods `POST /r{i}`, each sending the request body to ONE shared SQS queue
 * (AWS integration, `SendMessage`), with one role API Gateway assumes.
 *
 * - `aws-cdk-lib`: `AwsIntegration` (path `{account}/{queue}`) with a role granted `queue.grantSendMessages`,
 *   the form-encoded request template and a 200 integration + method response.
 * - `library`: `RestApiSqsIntegration.sendMessage(queue)` with the same single 200 response (its defaults add 400 and
 *   500 responses); the aws-cdk-lib variant sets `passthroughBehavior: NEVER` as the library does, so both templates match.
 * - `l1`: the hand-written floor: `restApiL1` with the same integration and one `CfnRole` with an inline policy.
 */
import { Aws, type Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { restApiL1 } from './rest-lambda';
import { RestApiSqsIntegration } from '../../src';
import { routeName, type Workload } from '../support';

const TEMPLATE = 'Action=SendMessage&MessageBody=$util.urlEncode($input.body)';

function withApi(stack: Stack, n: number, integration: (queue: sqs.Queue) => apigw.Integration, options: apigw.MethodOptions = {}): void {
  const queue = new sqs.Queue(stack, 'Queue');
  const api = new apigw.RestApi(stack, 'Api', { cloudWatchRole: false }); // the account-wide CloudWatch role is not the integrations' cost
  const shared = integration(queue);
  for (let i = 0; i < n; i++) {
    api.root.addResource(routeName(i)).addMethod('POST', shared, options);
  }
}

export const restSqs: Workload = {
  name: 'rest-sqs',
  description: 'REST API, N methods POST /r{i} -> one shared SQS queue (SendMessage)',
  baseline: 'l1',
  variants: {
    'aws-cdk-lib': (stack, n) => withApi(stack, n, (queue) => {
      const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });
      queue.grantSendMessages(role);
      return new apigw.AwsIntegration({
        service: 'sqs',
        path: `${Aws.ACCOUNT_ID}/${queue.queueName}`,
        options: {
          credentialsRole: role,
          requestParameters: { 'integration.request.header.Content-Type': "'application/x-www-form-urlencoded'" },
          requestTemplates: { 'application/json': TEMPLATE },
          passthroughBehavior: apigw.PassthroughBehavior.NEVER, // as the library's default: the same template, side by side
          integrationResponses: [{ statusCode: '200' }],
        },
      });
    }, { methodResponses: [{ statusCode: '200' }] }),
    'library': (stack, n) => withApi(stack, n, (queue) => RestApiSqsIntegration.sendMessage(queue, { integrationResponses: [{ statusCode: 200 }] })),
    'l1': (stack, n) => {
      const queue = new sqs.CfnQueue(stack, 'Queue');
      const role = new iam.CfnRole(stack, 'Role', {
        assumeRolePolicyDocument: { Statement: [{ Effect: 'Allow', Principal: { Service: 'apigateway.amazonaws.com' }, Action: 'sts:AssumeRole' }], Version: '2012-10-17' },
        policies: [{ policyName: 'send', policyDocument: { Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: queue.attrArn }], Version: '2012-10-17' } }],
      });
      const uri = `arn:${Aws.PARTITION}:apigateway:${Aws.REGION}:sqs:path/${Aws.ACCOUNT_ID}/${queue.attrQueueName}`;
      restApiL1(stack, n, () => ({
        type: 'AWS',
        integrationHttpMethod: 'POST',
        uri,
        credentials: role.attrArn,
        requestParameters: { 'integration.request.header.Content-Type': "'application/x-www-form-urlencoded'" },
        requestTemplates: { 'application/json': TEMPLATE },
        integrationResponses: [{ statusCode: '200' }],
      }));
    },
  },
};
