// Requests real AWS refused, each recorded with the service's exact message: in LocalStack's
// AWS-validated snapshots, or quoted from a deploy in a public GitHub issue. Each is rebuilt as a
// template and replayed through the template reader: we must report the rule that says the same.
// A few requests the same issues show AWS accepting close by are replayed too: no error on them.
import { restTemplate, restVerdict, RestRequest, v2Template, v2Verdict, verdictOf } from './support';

const ROLE = 'arn:aws:iam::111111111111:role/apigw';
const QUEUE_URL = 'https://sqs.us-east-1.amazonaws.com/111111111111/queue';

/** [source, AWS's message, request, our rule]. */
const REST_REFUSED: [string, string, RestRequest, string][] = [
  // https://github.com/localstack/localstack/blob/main/tests/aws/services/apigateway/test_apigateway_api.py
  //   TestApigatewayIntegration::test_put_integration_wrong_type (snapshot put-integration-wrong-type)
  ['LS test_put_integration_wrong_type', "Value 'HTTPS_PROXY' at 'putIntegrationInput.type' failed to satisfy constraint",
    { integration: { Type: 'HTTPS_PROXY' } }, 'IntegrationTypeNotSupported'],
  // https://github.com/hashicorp/terraform-provider-aws/issues/7916
  ['terraform-provider-aws#7916', 'Role ARN must be specified for AWS integrations',
    { httpMethod: 'ANY', integration: { Type: 'AWS', IntegrationHttpMethod: 'ANY', Uri: 'arn:aws:apigateway:eu-west-1:ec2:action/DescribeSpotPriceHistory' } }, 'CredentialsRequired'],
  // https://github.com/aws/aws-cdk/issues/1465 (AwsIntegration to Step Functions StartExecution without a role)
  ['aws-cdk#1465', 'Role ARN must be specified for AWS integrations',
    { httpMethod: 'POST', integration: { Type: 'AWS', IntegrationHttpMethod: 'POST', Uri: 'arn:aws:apigateway:us-east-1:states:action/StartExecution' } }, 'CredentialsRequired'],
  // https://github.com/aws/aws-cdk/issues/11306 (a static header value without quotes)
  ['aws-cdk#11306', 'Invalid mapping expression specified: test-value',
    { httpMethod: 'POST', integration: { Type: 'HTTP', IntegrationHttpMethod: 'POST', Uri: 'https://example.com', RequestParameters: { 'integration.request.header.x-test': 'test-value' } } }, 'RequestParameterSourceInvalid'],
  // https://github.com/aws/aws-cdk/issues/17318 (a path parameter the method does not declare)
  ['aws-cdk#17318', 'Invalid mapping expression parameter specified: method.request.path.page',
    { pathPart: '{page}', integration: { Type: 'HTTP', IntegrationHttpMethod: 'GET', Uri: 'https://example.com/{page}', RequestParameters: { 'integration.request.path.page': 'method.request.path.page' } } }, 'MethodRequestParameterUndeclared'],
  // https://github.com/serverless/serverless/issues/2798 (request parameter key "paths")
  ['serverless#2798', 'Invalid mapping expression specified: paths',
    { requestParameters: { paths: true }, integration: { Type: 'MOCK' } }, 'MethodRequestParameterKeyInvalid'],
  // LS TestApiGatewayApiMethod::test_method_request_parameters
  ['LS test_method_request_parameters', 'Parameter names must be unique across querystring, header and path',
    { requestParameters: { 'method.request.querystring.foo': true, 'method.request.header.foo': true }, integration: { Type: 'MOCK' } }, 'MethodRequestParameterNameNotUnique'],
  // LS TestApigatewayIntegrationResponse::test_integration_response_invalid_statuscode
  ['LS test_integration_response_invalid_statuscode', "Value 'wrong' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d",
    { methodResponses: [{ StatusCode: '200' }], integration: { Type: 'MOCK', IntegrationResponses: [{ StatusCode: 'wrong' }] } }, 'StatusCodeInvalid'],
  // LS TestApigatewayIntegrationResponse::test_integration_response_invalid_responsetemplates
  ['LS test_integration_response_invalid_responsetemplates', 'Invalid content type specified: 123',
    { methodResponses: [{ StatusCode: '200' }], integration: { Type: 'MOCK', IntegrationResponses: [{ StatusCode: '200', ResponseTemplates: { 123: '{}' } }] } }, 'TemplateContentTypeInvalid'],
  // https://github.com/awslabs/aws-solutions-constructs/issues/1130 (the method response declares no such header)
  ['aws-solutions-constructs#1130', 'Invalid mapping expression parameter specified: method.response.header.Access-Control-Allow-Origin', {
    methodResponses: [{ StatusCode: '200' }],
    integration: { Type: 'MOCK', IntegrationResponses: [{ StatusCode: '200', ResponseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" } }] },
  }, 'ResponseParameterUndeclared'],
  // https://github.com/awsdocs/amazon-api-gateway-developer-guide/issues/7 (an unquoted "*")
  ['amazon-api-gateway-developer-guide#7', 'Invalid mapping expression specified: "*"', {
    methodResponses: [{ StatusCode: '200', ResponseParameters: { 'method.response.header.Access-Control-Allow-Origin': true } }],
    integration: { Type: 'MOCK', IntegrationResponses: [{ StatusCode: '200', ResponseParameters: { 'method.response.header.Access-Control-Allow-Origin': '"*"' } }] },
  }, 'ResponseParameterInvalid'],
  // https://github.com/aws/aws-sdk-java/issues/860 (credentials "NONE" on an HTTP integration)
  ['aws-sdk-java#860', 'Invalid ARN specified in the request', {
    integration: { Type: 'HTTP', IntegrationHttpMethod: 'GET', Uri: 'http://localhost:8080/', Credentials: 'NONE', RequestTemplates: { 'application/json': '{reqId:$context.requestId}' } },
  }, 'CredentialsNotArn'],
];

describe('REST requests AWS refused: our error', () => {
  test.each(REST_REFUSED)('%s ("%s")', (_, _message, request, code) => {
    expect(restVerdict(request).errors).toContain(code);
  });

  // https://github.com/aws/aws-sdk-js/issues/868: "Invalid ARN specified in the request" for a URI
  // written arn:aws.apigateway:... and credentials that are a role name, not its ARN
  test('aws-sdk-js#868 ("Invalid ARN specified in the request"): the URI and the credentials', () => {
    const errors = restVerdict({
      httpMethod: 'POST',
      integration: {
        Type: 'AWS',
        IntegrationHttpMethod: 'POST',
        Credentials: 'smallwins-api-lambda',
        Uri: 'arn:aws.apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:455488262213:function:begin-account-api-invite',
      },
    }).errors;
    expect(errors).toEqual(expect.arrayContaining(['CredentialsNotArn', 'IntegrationUriNotServiceArn']));
  });

  // https://github.com/hashicorp/terraform-provider-aws/issues/45230: "IntegrationTarget is required for VpcLinkV2"
  test('terraform-provider-aws#45230: VPC_LINK through a VPC link v2 without IntegrationTarget', () => {
    const resources = restTemplate({ integration: { Type: 'HTTP_PROXY', IntegrationHttpMethod: 'GET', Uri: 'http://example.com', ConnectionType: 'VPC_LINK', ConnectionId: { Ref: 'Link' } } });
    resources.Link = { Type: 'AWS::ApiGatewayV2::VpcLink', Properties: { Name: 'link', SubnetIds: ['subnet-1'] } };
    expect(verdictOf(resources).errors).toContain('IntegrationTargetInvalid');
  });
});

const SQS = { IntegrationType: 'AWS_PROXY', IntegrationSubtype: 'SQS-SendMessage', CredentialsArn: ROLE };

describe('HTTP API requests AWS refused: our error', () => {
  // https://github.com/aws/aws-cli/issues/6363: "Currently, an API with a protocol type of HTTP may only be associated with
  // proxy integrations (AWS_PROXY, HTTP_PROXY)" (create-integration --integration-type AWS with a Lambda invoke ARN)
  test('aws-cli#6363: an AWS (non-proxy) integration on an HTTP API', () => {
    expect(v2Verdict('HTTP', { IntegrationType: 'AWS', IntegrationUri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:f/invocations' }).errors)
      .toContain('IntegrationTypeNotSupported');
  });

  // https://github.com/hashicorp/terraform-provider-aws/issues/17348: "Invalid selection expression specified: ...
  // errors : [Invalid source: {"somename":...} specified for destination: MessageAttributes]"
  test('terraform-provider-aws#17348: MessageAttributes given as a JSON literal', () => {
    expect(v2Verdict('HTTP', {
      ...SQS,
      PayloadFormatVersion: '1.0',
      RequestParameters: { QueueUrl: QUEUE_URL, MessageBody: '$request.body', MessageAttributes: JSON.stringify({ somename: { DataType: 'String', StringValue: 'somevalue' } }) },
    }).errors).toContain('SubtypeParameterValueInvalid');
  });

  // https://github.com/serverless/serverless/issues/11486: "Operation: SQS-SendMessage is not supported" (payload 2.0)
  test('serverless#11486: SQS-SendMessage with payload format 2.0', () => {
    expect(v2Verdict('HTTP', { ...SQS, PayloadFormatVersion: '2.0', RequestParameters: { QueueUrl: QUEUE_URL, MessageBody: '$request.body' } }).errors)
      .toContain('PayloadFormatVersionNotSupported');
  });

  // https://github.com/anomalyco/sst/issues/5510 and https://github.com/klothoplatform/klotho/pull/347: "For VpcLink
  // VPC_LINK, integration uri should be a valid ELB listener ARN or a valid Cloud Map service ARN." (the load balancer's ARN)
  test('sst#5510: a private integration to a load balancer ARN', () => {
    const resources = v2Template('HTTP', {
      IntegrationType: 'HTTP_PROXY',
      IntegrationMethod: 'ANY',
      ConnectionType: 'VPC_LINK',
      ConnectionId: { Ref: 'Link' },
      PayloadFormatVersion: '1.0',
      IntegrationUri: 'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/alb/50dc6c495c0c9188',
    });
    resources.Link = { Type: 'AWS::ApiGatewayV2::VpcLink', Properties: { Name: 'link', SubnetIds: ['subnet-1'] } };
    expect(verdictOf(resources).errors).toContain('PrivateUriNotListenerArn');
  });
});

describe('requests the same issues show AWS accepting: no error', () => {
  // https://github.com/hashicorp/terraform-provider-aws/issues/19443: deployed; only requests fail
  // ("Unable to resolve property MessageAttributes from source $context.authorizer")
  test('terraform-provider-aws#19443: MessageAttributes from $context.authorizer, a static MessageGroupId', () => {
    expect(v2Verdict('HTTP', {
      ...SQS,
      ConnectionType: 'INTERNET',
      PayloadFormatVersion: '1.0',
      RequestParameters: { QueueUrl: QUEUE_URL, MessageBody: '$request.body', MessageGroupId: 'static-for-now', MessageAttributes: '$context.authorizer' },
    }).errors).toEqual([]);
  });

  // https://github.com/anomalyco/sst/issues/5510: the same route through a Cloud Map service worked before the change
  test('sst#5510: a private integration to a Cloud Map service, with a header appended', () => {
    const resources = v2Template('HTTP', {
      IntegrationType: 'HTTP_PROXY',
      IntegrationMethod: 'ANY',
      ConnectionType: 'VPC_LINK',
      ConnectionId: { Ref: 'Link' },
      PayloadFormatVersion: '1.0',
      IntegrationUri: 'arn:aws:servicediscovery:us-east-1:111111111111:service/srv-abcdefghijklmnop',
      RequestParameters: { 'append:header.extendedrequestid': '$context.extendedRequestId' },
    });
    resources.Link = { Type: 'AWS::ApiGatewayV2::VpcLink', Properties: { Name: 'link', SubnetIds: ['subnet-1'] } };
    expect(verdictOf(resources).errors).toEqual([]);
  });

  // https://github.com/aws/aws-cdk/issues/2860: a CloudFormation Lambda integration with a role ARN as credentials worked
  test('aws-cdk#2860: a Lambda proxy integration with an execution role', () => {
    expect(restVerdict({
      httpMethod: 'POST',
      integration: { Type: 'AWS_PROXY', IntegrationHttpMethod: 'POST', Credentials: ROLE, Uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:f/invocations' },
    }).errors).toEqual([]);
  });
});
