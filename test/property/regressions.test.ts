import { App, CfnParameter, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import {
  AwsServiceUri, HttpApiRequestParameter, HttpApiResponseParameter, HttpApiUrlIntegration, BackendCredentials, RequestValue,
  ResponseValue, RestApiAwsIntegration, RestApiHttpIntegration, RestApiMockIntegration, WebSocketApiIntegrationResponseKey,
  WebSocketApiMockIntegration,
} from '../../src';
import { errorOf, trackStack, warningOf } from '../support/common';
import { expectSchemaValid } from '../support/schema';

/** One regression test per bug the property-based tests found (the property that found it is named). */

const ENV = { account: '123456789012', region: 'us-east-1' };

function stack(): Stack {
  return trackStack(new Stack(new App(), 'Test', { env: ENV }));
}

function restApi(s: Stack): apigw.RestApi {
  return new apigw.RestApi(s, 'Api', { endpointTypes: [apigw.EndpointType.REGIONAL], deploy: false, cloudWatchRole: false });
}

function synth(s: Stack): Template {
  const t = Template.fromStack(s);
  expectSchemaValid(t.toJSON());
  return t;
}


describe('REST', () => {
  test('a method request parameter whose name is a token is mapped, not declared (CloudFormation map keys must be literal)', () => {
    const s = stack();
    const name = new CfnParameter(s, 'Header').valueAsString;
    restApi(s).root.addMethod('GET', new RestApiMockIntegration({ cacheKeyParameters: [RequestValue.header(name)] }));
    const method = synth(s).findResources('AWS::ApiGateway::Method');
    expect(Object.values(method)[0].Properties.RequestParameters).toBeUndefined();
  });

  test('fails with our error, not aws-cdk-lib\'s, when the back end\'s verb is empty', () => {
    const api = restApi(stack());
    const http = errorOf(() => api.root.addMethod('GET', new RestApiHttpIntegration('https://example.com', { httpMethod: '' as apigwv2.HttpMethod })));
    expect(http).toMatch(/^\[Test\/Api\/Default\/GET\] RestApiHttpIntegration: 1 problem\n- IntegrationMethod/);
    const role = iam.Role.fromRoleArn(api.stack, 'Role', 'arn:aws:iam::123456789012:role/r');
    const aws = errorOf(() => api.root.addMethod('POST', new RestApiAwsIntegration({
      uri: AwsServiceUri.action('sqs', 'ListQueues'), httpMethod: '' as apigwv2.HttpMethod, credentials: BackendCredentials.fromRole(role),
    })));
    expect(aws).toMatch(/\[Test\/Api\/Default\/POST\] RestApiAwsIntegration: 1 problem\n- IntegrationMethod/);
  });

  test('a mock status code given as a token is not judged as a literal', () => {
    const s = stack();
    const code = new CfnParameter(s, 'Code', { type: 'Number' }).valueAsNumber;
    restApi(s).root.addMethod('GET', new RestApiMockIntegration({ statusCode: code }));
    synth(s).hasResourceProperties('AWS::ApiGateway::Method', {
      Integration: {
        RequestTemplates: { 'application/json': { 'Fn::Join': ['', ['{"statusCode": ', { Ref: 'Code' }, '}']] } },
        IntegrationResponses: [{ StatusCode: { Ref: 'Code' } }],
      },
      MethodResponses: [{ StatusCode: { Ref: 'Code' } }],
    });
  });

  test('fails when a mapped header\'s name is a token (it would be a CloudFormation map key)', () => {
    const s = stack();
    const name = new CfnParameter(s, 'Header').valueAsString;
    const msg = errorOf(() => restApi(s).root.addMethod('GET', new RestApiMockIntegration({ requestParameters: { headers: { [name]: RequestValue.literal('x') } } })));
    expect(msg).toMatch(/^\[Test\/Api\/Default\/GET\] RestApiMockIntegration: 1 problem\n- MapKeyIsToken:/);
  });

  test('warns when two different integration responses have the same status code (only one takes effect)', () => {
    const msg = warningOf(() => restApi(stack()).root.addMethod('GET', new RestApiMockIntegration({
      integrationResponses: [{ statusCode: 200 }, { statusCode: 200, selectionPattern: '2\\d{2}' }],
    })));
    expect(msg).toMatch(/\/Test\/Api\/Default\/GET: \[ResponseStatusCodeRepeated\] .*"200" in two different integration responses/);
  });
});

describe('HTTP API', () => {
  function httpRoute(s: Stack, integration: apigwv2.HttpRouteIntegration): void {
    new apigwv2.HttpApi(s, 'Api').addRoutes({ path: '/pets', methods: [apigwv2.HttpMethod.GET], integration });
  }

  test('fails when a request parameter\'s name is a token (it would be a CloudFormation map key)', () => {
    const s = stack();
    const name = new CfnParameter(s, 'Header').valueAsString;
    const msg = errorOf(() => httpRoute(s, new HttpApiUrlIntegration('I', 'https://example.com', {
      method: apigwv2.HttpMethod.GET, requestParameters: [HttpApiRequestParameter.appendHeader(name, RequestValue.context('requestId'))],
    })));
    expect(msg).toMatch(/^\[Test\/Api\/GET--pets\] HttpApiUrlIntegration: 1 problem\n- MapKeyIsToken:/);
  });

  test('fails with MapKeyIsToken, not as a literal, when a response mapping\'s status code is a token', () => {
    const s = stack();
    const code = new CfnParameter(s, 'Code', { type: 'Number' }).valueAsNumber;
    const msg = errorOf(() => httpRoute(s, new HttpApiUrlIntegration('I', 'https://example.com', {
      method: apigwv2.HttpMethod.GET, responseParameters: [{ statusCode: code, parameters: [HttpApiResponseParameter.removeHeader('Server')] }],
    })));
    expect(msg).toMatch(/\n- MapKeyIsToken:/);
    expect(msg).not.toMatch(/ResponseParameterInvalid/);
  });

  test('an overwritten status code given as a token is not judged as a literal', () => {
    const s = stack();
    const code = new CfnParameter(s, 'Code', { type: 'Number' }).valueAsNumber;
    httpRoute(s, new HttpApiUrlIntegration('I', 'https://example.com', {
      method: apigwv2.HttpMethod.GET, responseParameters: [{ statusCode: 404, parameters: [HttpApiResponseParameter.overwriteStatusCode(code)] }],
    }));
    synth(s).hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      ResponseParameters: { 404: { ResponseParameters: [{ Destination: 'overwrite:statuscode', Source: { Ref: 'Code' } }] } },
    });
  });
});

describe('WebSocket API', () => {
  test('an integration response key for a status code given as a token is not judged as a literal', () => {
    const s = stack();
    const code = new CfnParameter(s, 'Code', { type: 'Number' }).valueAsNumber;
    new apigwv2.WebSocketApi(s, 'Ws').addRoute('sendMessage', {
      integration: new WebSocketApiMockIntegration('Integration', { responses: [{ key: WebSocketApiIntegrationResponseKey.statusCode(code), responseParameters: { 'x-id': ResponseValue.header('x-id') } }] }),
      returnResponse: true,
    });
    synth(s).hasResourceProperties('AWS::ApiGatewayV2::IntegrationResponse', {
      IntegrationResponseKey: { 'Fn::Join': ['', ['/', { Ref: 'Code' }, '/']] },
    });
  });

  test('fails when a request template key has no letter or digit', () => {
    const s = stack();
    const msg = errorOf(() => new apigwv2.WebSocketApi(s, 'Ws').addRoute('sendMessage', {
      integration: new WebSocketApiMockIntegration('Integration', { requestTemplates: { '': '{"statusCode": 200}' } }),
    }));
    expect(msg).toMatch(/^\[Test\/Ws\/sendMessage-Route\] WebSocketApiMockIntegration: 1 problem\n- TemplateSelectionKeyInvalid:/);
  });
});
