
/**
 * The public places the rule rows cite: the AWS documentation pages of each constraint (a row's
 * `docs`) and the recordings of the service's answers (its `evidence.source`). INTERNAL.
 */

/**
 * How we know each rule is right (issue 11: severity follows evidence), keyed by rule code.
 *
 * Errors: `says` is the service's own rejection, its message text quoted exactly (prefixed with
 * the call or layer that answers it), or, where no message is recorded anywhere, what the AWS
 * document says is refused (paraphrased). Warnings: `says` is the run-time effect. `source`
 * names the most authoritative public place first; several places are separated by "; ".
 * The comment above each entry names the catalogue ids (CONSTRAINTS.md) the rule enforces.
 */
export const API = 'https://docs.aws.amazon.com/apigateway/latest/api';
export const DG = 'https://docs.aws.amazon.com/apigateway/latest/developerguide';
export const V2 = 'https://docs.aws.amazon.com/apigatewayv2/latest/api-reference';
export const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference';
export const GH = 'https://github.com';
/** LocalStack's AWS-validated recordings (snapshots taken against real AWS). */
export const LS = `${GH}/localstack/localstack/blob/master/tests/aws/services/apigateway`;
/** The CloudFormation registry schema of AWS::ApiGatewayV2::Integration as cfn-lint v1.51.5 ships it. */
export const CFN_V2_INTEGRATION_SCHEMA = `${GH}/aws-cloudformation/cfn-lint/blob/v1.51.5/src/cfnlint/data/schemas/resources/77743451e77a7545.json`;
export const PUT_INTEGRATION = `${API}/API_PutIntegration.html`;
export const PUT_INTEGRATION_RESPONSE = `${API}/API_PutIntegrationResponse.html`;
export const CFN_METHOD_INTEGRATION = `${CFN}/aws-properties-apigateway-method-integration.html`;
export const CFN_V2_INTEGRATION = `${CFN}/aws-resource-apigatewayv2-integration.html`;
export const CFN_V2_INTEGRATION_RESPONSE = `${CFN}/aws-resource-apigatewayv2-integrationresponse.html`;
export const V2_INTEGRATIONS = `${V2}/apis-apiid-integrations.html`;
export const V2_INTEGRATION_RESPONSES = `${V2}/apis-apiid-integrations-integrationid-integrationresponses.html`;
export const REST_QUOTAS = `${DG}/api-gateway-execution-service-limits-table.html`;
export const HTTP_QUOTAS = `${DG}/http-api-quotas.html`;
export const WS_QUOTAS = `${DG}/apigateway-execution-service-websocket-limits-table.html`;
export const HTTP_MAPPING = `${DG}/http-api-parameter-mapping.html`;
export const HTTP_SUBTYPES = `${DG}/http-api-develop-integrations-aws-services-reference.html`;
export const WS_MAPPING = `${DG}/websocket-api-data-mapping.html`;
export const WS_TRANSFORMATIONS = `${DG}/websocket-api-data-transformations.html`;
export const WS_INTEGRATION_RESPONSES = `${DG}/apigateway-websocket-api-integration-responses.html`;
export const LS_INTEGRATION_VALIDATION = `${LS}/test_apigateway_integrations.snapshot.json (test_put_integration_validation, AWS-validated 2024-06-06)`;
