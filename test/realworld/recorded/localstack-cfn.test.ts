// CloudFormation templates that LocalStack's AWS-validated tests deploy to real AWS
// (tests/aws/services/apigateway/resources/test_apigateway.py, templates in tests/aws/templates/):
// each stack reached CREATE_COMPLETE and most served requests. Reduced to their API Gateway parts,
// written as YAML with CloudFormation's tags, read by the CLI's document reader and judged by the
// template reader: none may get an error from us.
import { checkTemplate } from '../../../src/core/cfn/check';
import { parseDocument } from '../../../src/core/cfn/documents';

function errorsOf(yaml: string): string[] {
  return checkTemplate(parseDocument(yaml)).filter(f => f.severity === 'error').map(f => `${f.resource}: ${f.code}`);
}

describe('API Gateway templates LocalStack deployed to AWS', () => {
  // test_cfn_with_apigateway_resources (templates/template35.yaml): an integration response (404,
  // its selection pattern an unquoted YAML number) with no method response of its status, a request
  // template given as a Ref to a Model, and a path parameter declared on /account
  test('test_cfn_with_apigateway_resources: MOCK with three integration responses and two method responses', () => {
    expect(errorsOf([
      'Resources:',
      '  Gateway:',
      '    Type: AWS::ApiGateway::RestApi',
      '    Properties: { Name: gateway, EndpointConfiguration: { Types: [REGIONAL] } }',
      '  DefaultModel:',
      '    Type: AWS::ApiGateway::Model',
      '    Properties: { ContentType: application/json, RestApiId: !Ref Gateway, Schema: {} }',
      '  RequestModel:',
      '    Type: AWS::ApiGateway::Model',
      '    Properties: { ContentType: application/json, RestApiId: !Ref Gateway, Schema: { type: object } }',
      '  AccountResource:',
      '    Type: AWS::ApiGateway::Resource',
      '    Properties: { ParentId: !GetAtt Gateway.RootResourceId, PathPart: account, RestApiId: !Ref Gateway }',
      '  CreateAccount:',
      '    Type: AWS::ApiGateway::Method',
      '    Properties:',
      '      AuthorizationType: NONE',
      '      HttpMethod: POST',
      '      RequestParameters:',
      '        method.request.path.account: True',
      '      Integration:',
      '        ConnectionType: INTERNET',
      '        Type: MOCK',
      '        PassthroughBehavior: WHEN_NO_TEMPLATES',
      '        TimeoutInMillis: 29000',
      '        RequestTemplates:',
      '          application/json: !Ref RequestModel',
      '        IntegrationResponses:',
      '          - { StatusCode: "202", SelectionPattern: "2\\\\d{2}", ResponseTemplates: { application/json: "{\\"operation\\":\\"create\\"}" } }',
      '          - { StatusCode: "500", SelectionPattern: "5\\\\d{2}", ResponseTemplates: { application/json: "{\\"message\\":\\"Unknown Error\\"}" } }',
      '          - { StatusCode: "404", SelectionPattern: 404, ResponseTemplates: { application/json: "{\\"message\\":\\"Not Found\\"}" } }',
      '      MethodResponses:',
      '        - { StatusCode: "202", ResponseModels: { application/json: !Ref DefaultModel } }',
      '        - { StatusCode: "500", ResponseModels: { application/json: !Ref DefaultModel } }',
      '      OperationName: create_account',
      '      ResourceId: !Ref AccountResource',
      '      RestApiId: !Ref Gateway',
      '',
    ].join('\n'))).toEqual([]);
  });

  // test_cfn_deploy_apigateway_integration (templates/apigateway_integration_no_authorizer.yml):
  // numeric status codes, and CORS headers mapped in the integration response of an HTTP_PROXY
  test('test_cfn_deploy_apigateway_integration: HTTP_PROXY with numeric status codes and response headers', () => {
    expect(errorsOf([
      'Resources:',
      '  Api:',
      '    Type: AWS::ApiGateway::RestApi',
      '    Properties: { Name: api, EndpointConfiguration: { Types: [EDGE] } }',
      '  ProxyResource:',
      '    Type: AWS::ApiGateway::Resource',
      '    Properties: { ParentId: !GetAtt [Api, RootResourceId], PathPart: testproxy, RestApiId: !Ref Api }',
      '  ProxyMethod:',
      '    Type: AWS::ApiGateway::Method',
      '    Properties:',
      '      AuthorizationType: NONE',
      '      ResourceId: !Ref ProxyResource',
      '      RestApiId: !Ref Api',
      '      HttpMethod: GET',
      '      MethodResponses:',
      '        - StatusCode: 200',
      '          ResponseParameters:',
      '            method.response.header.Access-Control-Allow-Origin: true',
      '            method.response.header.Access-Control-Allow-Methods: true',
      '      Integration:',
      '        IntegrationHttpMethod: GET',
      '        Type: HTTP_PROXY',
      '        Uri: http://www.example.com',
      '        IntegrationResponses:',
      '          - StatusCode: 200',
      '            ResponseParameters:',
      '              method.response.header.Access-Control-Allow-Origin: "\'*\'"',
      '              method.response.header.Access-Control-Allow-Methods: "\'OPTIONS,GET,POST\'"',
      '',
    ].join('\n'))).toEqual([]);
  });

  // test_cfn_deploy_apigateway_models (templates/apigateway_models.json): a MOCK ANY method behind a request validator
  test('test_cfn_deploy_apigateway_models: MOCK ANY with a request model and validator', () => {
    expect(errorsOf(JSON.stringify({
      Resources: {
        Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'api' } },
        Validated: { Type: 'AWS::ApiGateway::Resource', Properties: { ParentId: { 'Fn::GetAtt': ['Api', 'RootResourceId'] }, PathPart: 'validated', RestApiId: { Ref: 'Api' } } },
        Model: { Type: 'AWS::ApiGateway::Model', Properties: { RestApiId: { Ref: 'Api' }, ContentType: 'application/json', Name: 'TestModel', Schema: { type: 'object' } } },
        Validator: { Type: 'AWS::ApiGateway::RequestValidator', Properties: { RestApiId: { Ref: 'Api' }, ValidateRequestBody: true, ValidateRequestParameters: false } },
        Any: {
          Type: 'AWS::ApiGateway::Method',
          Properties: {
            HttpMethod: 'ANY',
            ResourceId: { Ref: 'Validated' },
            RestApiId: { Ref: 'Api' },
            AuthorizationType: 'NONE',
            Integration: { Type: 'MOCK', PassthroughBehavior: 'NEVER', RequestTemplates: { 'application/json': '{ "statusCode": 200 }' }, IntegrationResponses: [{ StatusCode: '200' }] },
            MethodResponses: [{ StatusCode: '200' }],
            RequestModels: { 'application/json': { Ref: 'Model' } },
            RequestValidatorId: { Ref: 'Validator' },
          },
        },
      },
    }))).toEqual([]);
  });

  // test_cfn_apigateway_swagger_import (TEST_TEMPLATE_1 of the test file): a SAM API whose swagger
  // writes the integration type in lower case ("http_proxy") and declares no responses
  test('test_cfn_apigateway_swagger_import: SAM DefinitionBody with type http_proxy', () => {
    const template = [
      'Transform: AWS::Serverless-2016-10-31',
      'Parameters:',
      '  IntegrationUri: { Type: String }',
      'Resources:',
      '  Api:',
      '    Type: AWS::Serverless::Api',
      '    Properties:',
      '      StageName: dev',
      '      DefinitionBody:',
      '        swagger: 2.0',
      '        info: { version: "1.0", title: Public API }',
      '        basePath: /base',
      '        schemes: [https]',
      '        x-amazon-apigateway-binary-media-types: ["*/*"]',
      '        paths:',
      '          /test:',
      '            post:',
      '              responses: {}',
      '              x-amazon-apigateway-integration:',
      '                uri: !Ref IntegrationUri',
      '                httpMethod: POST',
      '                type: http_proxy',
      '',
    ].join('\n');
    expect(errorsOf(template)).toEqual([]);
    // the reader does read this definition: the same template with a type that does not exist gets an error
    expect(errorsOf(template.replace('type: http_proxy', 'type: https_proxy'))).toEqual(['Api: IntegrationTypeNotSupported']);
  });
});
