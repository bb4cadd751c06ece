// REST integrations to AWS services from LocalStack's AWS-validated tests (@markers.aws.validated):
// each API was deployed to real AWS and served the requests the test sends. Replayed through the
// template reader: none may get an error from us; the one request AWS refused gets our error.
import { restVerdict, RestRequest } from './support';

const ROLE = 'arn:aws:iam::111111111111:role/role-apigw';
const REGION = 'us-east-1';

// https://github.com/localstack/localstack/blob/main/tests/aws/services/apigateway/test_apigateway_sqs.py
function sqs(responseTemplate: string): RestRequest {
  return {
    pathPart: 'sqs',
    httpMethod: 'POST',
    methodResponses: [{ StatusCode: '200', ResponseModels: { 'application/json': 'Empty' } }],
    integration: {
      Type: 'AWS',
      IntegrationHttpMethod: 'POST',
      Uri: `arn:aws:apigateway:${REGION}:sqs:path/111111111111/queue-1`,
      Credentials: ROLE,
      RequestParameters: { 'integration.request.header.Content-Type': "'application/x-www-form-urlencoded'" },
      RequestTemplates: { 'application/json': 'Action=SendMessage&MessageBody=$input.body' },
      PassthroughBehavior: 'NEVER',
      IntegrationResponses: [{ StatusCode: '200', ResponseTemplates: { 'application/json': responseTemplate } }],
    },
  };
}

// https://github.com/localstack/localstack/blob/main/tests/aws/services/apigateway/test_apigateway_stepfunctions.py
function stepFunctions(action: string, requestTemplates: Record<string, string>): RestRequest {
  return {
    httpMethod: 'POST',
    methodResponses: [{ StatusCode: '200' }],
    integration: {
      Type: 'AWS',
      IntegrationHttpMethod: 'POST',
      Uri: `arn:aws:apigateway:${REGION}:states:action/${action}`,
      Credentials: ROLE,
      RequestTemplates: requestTemplates,
      IntegrationResponses: [{ StatusCode: '200', SelectionPattern: '', ResponseTemplates: {} }],
    },
  };
}

const SFN_TEMPLATE = '{\n"input": "$util.escapeJavaScript($input.json(\'$\'))",\n"stateMachineArn": "arn:aws:states:us-east-1:111111111111:stateMachine:test"\n}';

// https://github.com/localstack/localstack/blob/main/tests/aws/services/apigateway/test_apigateway_dynamodb.py
// (through the fixture create_rest_api_with_integration of tests/aws/services/apigateway/conftest.py)
function dynamodb(action: string, template: object, type = 'AWS'): RestRequest {
  return {
    endpointTypes: ['REGIONAL'],
    pathPart: 'test',
    httpMethod: 'POST',
    methodResponses: [{ StatusCode: '200' }],
    integration: {
      Type: type,
      IntegrationHttpMethod: 'POST',
      Uri: `arn:aws:apigateway:${REGION}:dynamodb:action/${action}`,
      Credentials: ROLE,
      RequestTemplates: { 'application/json': JSON.stringify(template) },
      RequestParameters: {},
      IntegrationResponses: [{ StatusCode: '200', ResponseTemplates: { 'application/json': "$input.json('$')" } }],
    },
  };
}

const EVENTBRIDGE_TEMPLATE = [
  '#set($context.requestOverride.header.X-Amz-Target = "AWSEvents.PutEvents")',
  '#set($context.requestOverride.header.Content-Type = "application/x-amz-json-1.1")',
  "#set($inputRoot = $input.path('$'))",
  '{',
  '  "Entries": [',
  '    #foreach($elem in $inputRoot.items)',
  '    {',
  '      "Detail": "$util.escapeJavaScript($elem.Detail).replaceAll("\\\\\'","\'")",',
  '      "DetailType": "$elem.DetailType",',
  '      "Source":"$elem.Source"',
  '    }#if($foreach.hasNext),#end',
  '    #end',
  '  ]',
  '}',
].join('\n');

const ACCEPTED: [string, RestRequest][] = [
  ['test_apigateway_sqs.py::test_sqs_aws_integration', sqs('{"message": "great success!"}')],
  ['test_apigateway_sqs.py::test_sqs_request_and_response_xml_templates_integration', sqs([
    "#set($responseBody = $input.path('$.SendMessageResponse'))",
    "#set($requestId = $input.path('$.SendMessageResponse.ResponseMetadata.RequestId'))",
    '#set($messageId = $responseBody.SendMessageResult.MessageId)',
    '{',
    '"requestId": "$requestId",',
    '"messageId": "$messageId"',
    '}',
  ].join('\n'))],
  ['test_apigateway_stepfunctions.py::test_apigateway_with_step_function_integration[StartExecution]', stepFunctions('StartExecution', { 'application/json': SFN_TEMPLATE })],
  ['test_apigateway_stepfunctions.py::test_apigateway_with_step_function_integration[DeleteStateMachine]', stepFunctions('DeleteStateMachine', {})],
  // https://github.com/localstack/localstack/blob/main/tests/aws/services/apigateway/test_apigateway_eventbridge.py::test_apigateway_to_eventbridge
  ['test_apigateway_eventbridge.py::test_apigateway_to_eventbridge', {
    pathPart: 'event',
    httpMethod: 'POST',
    requestParameters: { 'method.request.header.X-Amz-Target': false, 'method.request.header.Content-Type': false },
    methodResponses: [{ StatusCode: '200', ResponseModels: { 'application/json': 'Empty' }, ResponseParameters: {} }],
    integration: {
      Type: 'AWS',
      IntegrationHttpMethod: 'POST',
      Uri: `arn:aws:apigateway:${REGION}:events:action/PutEvents`,
      Credentials: ROLE,
      PassthroughBehavior: 'WHEN_NO_TEMPLATES',
      RequestParameters: {},
      RequestTemplates: { 'application/json': EVENTBRIDGE_TEMPLATE },
      IntegrationResponses: [{ StatusCode: '200', ResponseTemplates: { 'application/json': "#set($inputRoot = $input.json('$'))\n$inputRoot" } }],
    },
  }],
  ['test_apigateway_dynamodb.py::test_rest_api_to_dynamodb_integration[PutItem]', dynamodb('PutItem', { TableName: 'table', Item: { id: { S: "$input.params('id')" } } })],
  ['test_apigateway_dynamodb.py::test_rest_api_to_dynamodb_integration[Query]', dynamodb('Query', {
    TableName: 'table', KeyConditionExpression: 'id = :id', ExpressionAttributeValues: { ':id': { S: "$input.params('id')" } },
  })],
  ['test_apigateway_dynamodb.py::test_rest_api_to_dynamodb_integration[Scan]', dynamodb('Scan', { TableName: 'table' })],
];

describe('REST service integrations AWS served (LocalStack AWS-validated tests)', () => {
  test.each(ACCEPTED)('%s: no error', (_, request) => {
    expect(restVerdict(request).errors).toEqual([]);
  });

  // snapshot test_apigateway_dynamodb.snapshot.json, create-integration-error: "Integrations of type 'AWS_PROXY'
  // currently only supports Lambda function and Firehose stream invocations."
  test('test_apigateway_dynamodb.py::test_error_aws_proxy_not_supported: AWS_PROXY to DynamoDB Query is refused', () => {
    expect(restVerdict(dynamodb('Query', {}, 'AWS_PROXY')).errors).toContain('AwsProxyNotLambda');
  });
});
