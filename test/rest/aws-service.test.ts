import { Match } from 'aws-cdk-lib/assertions';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { errorOf, invokePolicies, restStack, synth } from './support';
import { AwsServiceUri, BackendCredentials, RestApiAwsIntegration } from '../../src';

test('snapshot: a generic AWS integration with a given role', () => {
  const { stack, api } = restStack();
  const role = iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/api');
  api.root.addMethod('POST', new RestApiAwsIntegration({ uri: AwsServiceUri.action('sqs', 'ListQueues'), credentials: BackendCredentials.fromRole(role), integrationResponses: [{ statusCode: 200 }] }));
  expect(synth(stack).toJSON()).toMatchSnapshot();
});

test('the typed URI renders as an API Gateway service ARN in the API\'s Region', () => {
  const { stack, api } = restStack();
  api.root.addMethod('POST', new RestApiAwsIntegration({ uri: AwsServiceUri.path('s3', 'bucket/key'), httpMethod: apigwv2.HttpMethod.GET, credentials: BackendCredentials.callerIdentity() }));
  synth(stack).hasResourceProperties('AWS::ApiGateway::Method', {
    Integration: {
      Type: 'AWS',
      IntegrationHttpMethod: 'GET',
      Uri: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':apigateway:us-east-1:s3:path/bucket/key']] },
      Credentials: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::*:user/*']] },
    },
  });
});

test('a created role trusts API Gateway and gets exactly the given statements; it is shared by the methods of one integration', () => {
  const { stack, api } = restStack();
  const integration = new RestApiAwsIntegration({
    uri: AwsServiceUri.action('sqs', 'ListQueues'),
    credentials: BackendCredentials.createRole(),
    policyStatements: [new iam.PolicyStatement({ actions: ['sqs:ListQueues'], resources: ['*'] })],
  });
  api.root.addMethod('POST', integration);
  api.root.addMethod('GET', integration);
  const t = synth(stack);
  t.resourceCountIs('AWS::IAM::Role', 1);
  t.hasResourceProperties('AWS::IAM::Role', { AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Principal: { Service: 'apigateway.amazonaws.com' } })] } });
  expect(invokePolicies(t)).toEqual([expect.objectContaining({ Statement: [expect.objectContaining({ Action: 'sqs:ListQueues' })] })]);
});

test('fails when a non-Lambda AWS integration has no credentials', () => {
  const { api } = restStack();
  const msg = errorOf(() => api.root.addMethod('POST', new RestApiAwsIntegration({ uri: AwsServiceUri.action('sqs', 'ListQueues') })));
  expect(msg).toMatch(/^\[Test\/Api\/Default\/POST\] RestApiAwsIntegration: 1 problem\n- CredentialsRequired:/);
});

test('fails when AWS_PROXY calls a service other than Lambda', () => {
  const { api } = restStack();
  const msg = errorOf(() => api.root.addMethod('POST', new RestApiAwsIntegration({ uri: AwsServiceUri.action('sqs', 'ListQueues'), proxy: true, credentials: BackendCredentials.callerIdentity() })));
  expect(msg).toContain('- AwsProxyNotLambda:');
});
