// REST integration responses and methods from hashicorp/terraform-provider-aws acceptance tests:
// each configuration is applied against real AWS and read back, so AWS accepted it. Replayed
// through the template reader: none may get an error from us.
import { restVerdict, RestRequest } from './support';

const TEMPLATES = { 'application/json': '', 'application/xml': "#set($inputRoot = $input.path('$'))\n{ }" };

/** A MOCK integration with one integration response, on a method whose 400 response declares Content-Type. */
function mockWith(response: Record<string, unknown>): RestRequest {
  return {
    pathPart: 'test',
    methodResponses: [{ StatusCode: '400', ResponseModels: { 'application/json': 'Error' }, ResponseParameters: { 'method.response.header.Content-Type': true } }],
    integration: { Type: 'MOCK', RequestTemplates: TEMPLATES, IntegrationResponses: [{ StatusCode: '400', ...response }] },
  };
}

// https://github.com/hashicorp/terraform-provider-aws/blob/main/internal/service/apigateway/integration_response_test.go
// https://github.com/hashicorp/terraform-provider-aws/blob/main/internal/service/apigateway/method_test.go
const ACCEPTED: [string, RestRequest][] = [
  // a header from a JSON body field, and a catch-all selection pattern
  ['TestAccAPIGatewayIntegrationResponse_basic (config _basic)', mockWith({
    SelectionPattern: '.*', ResponseTemplates: TEMPLATES, ResponseParameters: { 'method.response.header.Content-Type': 'integration.response.body.type' },
  })],
  ['TestAccAPIGatewayIntegrationResponse_basic (config _update)', mockWith({
    ResponseTemplates: { 'application/json': "$input.path('$')", 'application/xml': '' }, ContentHandling: 'CONVERT_TO_BINARY',
  })],
  // methods that declare request parameters and have no integration yet
  ['TestAccAPIGatewayMethod_basic (config testAccMethodConfig)', {
    pathPart: 'test', requestParameters: { 'method.request.header.Content-Type': false, 'method.request.querystring.page': true },
  }],
  ['TestAccAPIGatewayMethod_basic (config testAccMethodUpdateConfig)', { pathPart: 'test', requestParameters: { 'method.request.querystring.page': false } }],
];

describe('REST integration responses and methods the Terraform provider\'s acceptance tests applied against AWS', () => {
  test.each(ACCEPTED)('%s: no error', (_, request) => {
    expect(restVerdict(request).errors).toEqual([]);
  });
});
