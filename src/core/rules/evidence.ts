import { Evidence } from './types';

/**
 * How we know each rule is right (issue 11: severity follows evidence), keyed by rule code.
 *
 * Errors: `says` is the service's own rejection, its message text quoted exactly (prefixed with
 * the call or layer that answers it), or, where no message is recorded anywhere, what the AWS
 * document says is refused (paraphrased). Warnings: `says` is the run-time effect. `source`
 * names the most authoritative public place first; several places are separated by "; ".
 * The comment above each entry names the catalogue ids (CONSTRAINTS.md) the rule enforces.
 */

const API = 'https://docs.aws.amazon.com/apigateway/latest/api';
const DG = 'https://docs.aws.amazon.com/apigateway/latest/developerguide';
const V2 = 'https://docs.aws.amazon.com/apigatewayv2/latest/api-reference';
const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference';
const GH = 'https://github.com';
/** LocalStack's AWS-validated recordings (snapshots taken against real AWS). */
const LS = `${GH}/localstack/localstack/blob/master/tests/aws/services/apigateway`;
/** The CloudFormation registry schema of AWS::ApiGatewayV2::Integration as cfn-lint v1.51.5 ships it. */
const CFN_V2_INTEGRATION_SCHEMA = `${GH}/aws-cloudformation/cfn-lint/blob/v1.51.5/src/cfnlint/data/schemas/resources/77743451e77a7545.json`;

const PUT_INTEGRATION = `${API}/API_PutIntegration.html`;
const PUT_INTEGRATION_RESPONSE = `${API}/API_PutIntegrationResponse.html`;
const CFN_METHOD_INTEGRATION = `${CFN}/aws-properties-apigateway-method-integration.html`;
const CFN_V2_INTEGRATION = `${CFN}/aws-resource-apigatewayv2-integration.html`;
const CFN_V2_INTEGRATION_RESPONSE = `${CFN}/aws-resource-apigatewayv2-integrationresponse.html`;
const V2_INTEGRATIONS = `${V2}/apis-apiid-integrations.html`;
const V2_INTEGRATION_RESPONSES = `${V2}/apis-apiid-integrations-integrationid-integrationresponses.html`;
const REST_QUOTAS = `${DG}/api-gateway-execution-service-limits-table.html`;
const HTTP_QUOTAS = `${DG}/http-api-quotas.html`;
const WS_QUOTAS = `${DG}/apigateway-execution-service-websocket-limits-table.html`;
const HTTP_MAPPING = `${DG}/http-api-parameter-mapping.html`;
const HTTP_SUBTYPES = `${DG}/http-api-develop-integrations-aws-services-reference.html`;
const WS_MAPPING = `${DG}/websocket-api-data-mapping.html`;
const WS_TRANSFORMATIONS = `${DG}/websocket-api-data-transformations.html`;
const WS_INTEGRATION_RESPONSES = `${DG}/apigateway-websocket-api-integration-responses.html`;
const LS_INTEGRATION_VALIDATION = `${LS}/test_apigateway_integrations.snapshot.json (test_put_integration_validation, AWS-validated 2024-06-06)`;

export const EVIDENCE: Readonly<Record<string, Evidence>> = {
  // C07
  AwsProxyNotLambda: {
    says: 'PutIntegration: "Integrations of type \'AWS_PROXY\' currently only supports Lambda function and Firehose stream invocations."',
    source: LS_INTEGRATION_VALIDATION,
  },
  // C34, C40
  CacheKeyParameterInvalid: {
    says: 'Documented: cache key parameters must also be declared in the method\'s requestParameters, and CloudFormation\'s AWS::ApiGateway::Method schema '
      + 'makes Integration.CacheKeyParameters uniqueItems; the rejection reported for an undeclared one is "Invalid cache key parameter specified"',
    source: `${PUT_INTEGRATION}; ${CFN_METHOD_INTEGRATION}`,
  },
  // C14
  ConnectionIdWithoutVpcLink: {
    says: 'Documented only: connectionId is to be given only with connectionType VPC_LINK; no rejection of an INTERNET integration that carries one is recorded',
    source: PUT_INTEGRATION,
  },
  // C12
  ConnectionTypeNotSupported: {
    says: 'CloudFormation schema: AWS::ApiGateway::Method Integration.ConnectionType is an enum of INTERNET and VPC_LINK (other values fail template validation); '
      + 'the v2 CreateIntegration model has the same two-value enum',
    source: `${CFN_METHOD_INTEGRATION}; ${V2_INTEGRATIONS}`,
  },
  // C25, C91, C95
  ContentHandlingNotSupported: {
    says: 'CloudFormation schema: Integration.ContentHandling and IntegrationResponses[].ContentHandling are enums of CONVERT_TO_BINARY and CONVERT_TO_TEXT; '
      + 'the v2 API model\'s ContentHandlingStrategy is the same enum',
    source: `${CFN_METHOD_INTEGRATION}; ${V2_INTEGRATIONS}`,
  },
  // C10, C57, C101
  CredentialsNotArn: {
    says: 'REST PutIntegration (credentials not an ARN): "Invalid ARN specified in the request"; HTTP and WebSocket: CloudFormation\'s registry schema gives '
      + 'CredentialsArn the pattern arn:(aws|aws-cn|aws-us-gov):iam::[0-9]*:(role|user|group)/.*, so other values, the caller pass-through '
      + 'arn:aws:iam::*:user/* included, fail property validation',
    source: `${GH}/aws/aws-sdk-java/issues/860; ${CFN_V2_INTEGRATION_SCHEMA}`,
  },
  // C09, C57
  CredentialsRequired: {
    says: 'PutIntegration: "Role ARN must be specified for AWS integrations"; HTTP API subtype integrations: documented to need a role that API Gateway '
      + 'assumes to call the service',
    source: `${GH}/hashicorp/terraform-provider-aws/issues/7916; ${GH}/aws/aws-cdk/issues/1465; ${DG}/http-api-develop-integrations-aws-services.html`,
  },
  // C87
  HttpApiOnlySetting: {
    says: 'Documented only: IntegrationSubtype, TlsConfig and integration ResponseParameters are "supported only for HTTP APIs"; no rejection of them on a '
      + 'WebSocket integration is recorded',
    source: V2_INTEGRATIONS,
  },
  // C02, C52
  IntegrationMethodNotSupported: {
    says: 'PutIntegration reads the integration method as an enumeration of HTTP verbs (an empty one gets "Enumeration value for HttpMethod must be '
      + 'non-empty"); no rejection text for an unknown verb is recorded, and v2 IntegrationMethod is a free string',
    source: `${LS_INTEGRATION_VALIDATION}; ${V2_INTEGRATIONS}`,
  },
  // C02, C52, C83
  IntegrationMethodRequired: {
    says: 'PutIntegration (HTTP, HTTP_PROXY, AWS without one): "Enumeration value for HttpMethod must be non-empty"; CloudFormation documents '
      + 'IntegrationHttpMethod as required for every type but MOCK; HTTP APIs, reported for HTTP_PROXY without one: "HttpMethod parameter method '
      + 'must be specified for integrationType HTTPPROXY"',
    source: `${LS_INTEGRATION_VALIDATION}; ${CFN_METHOD_INTEGRATION}`,
  },
  // C93, C97
  IntegrationResponseKeyInvalid: {
    says: 'CloudFormation schema: AWS::ApiGatewayV2::IntegrationResponse requires IntegrationResponseKey; its form ($default, or a regular expression '
      + 'wrapped in slashes such as /4\\d{2}/) is documented, with no rejection text recorded for other forms',
    source: `${CFN_V2_INTEGRATION_RESPONSE}; ${WS_INTEGRATION_RESPONSES}`,
  },
  // C92, C96
  IntegrationResponseMissing: {
    says: 'Deploys, but a two-way route returns a non-proxy integration\'s result only through a matching integration response: without a $default '
      + 'one, results that match no key never reach the client',
    source: WS_INTEGRATION_RESPONSES,
  },
  // C96
  IntegrationResponseNotReturned: {
    says: 'Deploys, but integration responses reach the client only on two-way routes (route response selection expression $default and a $default '
      + 'route response); on a one-way route the client gets nothing back',
    source: WS_INTEGRATION_RESPONSES,
  },
  // C92
  IntegrationResponseOnProxy: {
    says: 'Documented only: integration responses shape the results of non-proxy integrations (AWS, HTTP, MOCK), proxy integrations pass the back '
      + 'end\'s payload through; no rejection of one on a proxy integration is recorded',
    source: WS_INTEGRATION_RESPONSES,
  },
  // C18
  IntegrationTargetInvalid: {
    says: 'PutIntegration (VPC link V2 without a target): "IntegrationTarget is required for VpcLinkV2 {vpcLinkId}."; a target is documented for '
      + 'VPC_LINK integrations through a VPC link V2 only, naming the load balancer',
    source: `${DG}/set-up-private-integration.html; ${GH}/pulumi/pulumi-aws/issues/6020; ${GH}/hashicorp/terraform-provider-aws/issues/45230`,
  },
  // C01, C49, C82, C99
  IntegrationTypeNotSupported: {
    says: 'PutIntegration: "1 validation error detected: Value \'HTTPS_PROXY\' at \'putIntegrationInput.type\' failed to satisfy constraint: Member must '
      + 'satisfy enum value set: [HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS]"; HTTP API CreateIntegration: "Currently, an API with a protocol type of '
      + 'HTTP may only be associated with proxy integrations (AWS_PROXY, HTTP_PROXY)"; CloudFormation schemas require Type / IntegrationType',
    source: `${LS}/test_apigateway_api.snapshot.json (TestApigatewayIntegration::test_put_integration_wrong_type, recorded 2024-04-15); `
      + `${GH}/aws/aws-cli/issues/6363; ${CFN_V2_INTEGRATION}`,
  },
  // C04, C05, C17, C53, C83
  IntegrationUriNotHttpUrl: {
    says: 'PutIntegration (HTTP, HTTP_PROXY with a URI that is not a URL): "Invalid HTTP endpoint specified for URI"; HTTP API HTTP_PROXY URIs are '
      + 'documented as fully qualified URLs',
    source: `${LS_INTEGRATION_VALIDATION}; ${API}/API_Integration.html`,
  },
  // C05
  IntegrationPortNotSupported: {
    says: 'Documented only: HTTP endpoints are supported on ports 80, 443 and above 1024; no rejection of another port is recorded, so requests may fail',
    source: `${API}/API_Integration.html`,
  },
  // C06, C83
  IntegrationUriNotServiceArn: {
    says: 'PutIntegration: "Invalid ARN specified in the request" (not an ARN); "AWS ARN for integration must contain path or action" (an ARN without '
      + 'path/ or action/, such as a bare Lambda function ARN)',
    source: `${LS_INTEGRATION_VALIDATION}; ${GH}/localstack/localstack/issues/12324`,
  },
  // C04, C06, C17, C83
  IntegrationUriRequired: {
    says: 'CloudFormation (REST VPC_LINK integration without a URI): "Invalid integration URI specified"; the API reference documents a URI for every '
      + 'integration type but MOCK (HTTP URL, or service ARN)',
    source: `${PUT_INTEGRATION}; ${GH}/aws/aws-cdk/pull/10730`,
  },
  // C98
  IntegrationsPerApiAboveDefaultQuota: {
    says: 'Needs a quota increase: WebSocket APIs have at most 300 integrations unless AWS Support raises it for the API; beyond the quota, creating '
      + 'the integration fails and the deploy rolls back',
    source: WS_QUOTAS,
  },
  // C81
  IntegrationsPerApiExceeded: {
    says: 'Documented hard quota: an HTTP API has at most 300 integrations and the quota cannot be increased (no rejection text recorded)',
    source: HTTP_QUOTAS,
  },
  // C03, C51, C83
  LambdaRequiresPost: {
    says: 'Documented: Lambda integrations must use integration method POST. Not refused at deploy: every request then fails, Lambda answering '
      + 'AccessDeniedException "Unable to determine service/operation name to be authorized" and the client getting 500',
    source: `${CFN_METHOD_INTEGRATION}; ${GH}/aws/serverless-application-model/issues/430`,
  },
  // C51
  LambdaUriNotFunction: {
    says: 'Documented only: a Lambda proxy integration\'s IntegrationUri is the Lambda function ARN (or its invocation URI); no rejection text is recorded',
    source: `${V2_INTEGRATIONS}; ${DG}/http-api-develop-integrations-lambda.html`,
  },
  // C89, C27
  MappingTemplateTooLarge: {
    says: 'WebSocket quotas: maximum mapping template size 300 KB, not increasable (the v2 API model\'s 32768-character description is not '
      + 'recorded as enforced, so only the quota is checked)',
    source: `${WS_QUOTAS}; ${V2_INTEGRATIONS}`,
  },
  // C41
  MethodHttpMethodInvalid: {
    says: 'PutMethod: "Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY"',
    source: `${LS}/test_apigateway_api.snapshot.json (TestApiGatewayApiMethod::test_put_method_validation, recorded 2024-04-15)`,
  },
  // C31
  MethodRequestParameterKeyInvalid: {
    says: 'PutMethod (request parameter key "paths"): "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid '
      + 'mapping expression specified: paths]"',
    source: `${API}/API_PutMethod.html; ${GH}/serverless/serverless/issues/2798`,
  },
  // C32
  MethodRequestParameterNameNotUnique: {
    says: 'PutMethod: "Parameter names must be unique across querystring, header and path"',
    source: `${LS}/test_apigateway_api.snapshot.json (TestApiGatewayApiMethod::test_method_request_parameters, recorded 2024-04-15)`,
  },
  // C30
  MethodRequestParameterUndeclared: {
    says: 'PutIntegration: "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter '
      + 'specified: method.request.path.page]"',
    source: `${GH}/aws/aws-cdk/issues/17318; ${PUT_INTEGRATION}`,
  },
  // C43
  MethodResponseMissing: {
    says: 'Deploys (AWS accepts an integration response with no method response of its status code), but requests that select that status fail with '
      + '500 Internal server error: "Execution failed due to configuration error: Output mapping refers to an invalid method response: {status}"',
    source: `${LS}/test_apigateway_api.snapshot.json (TestApigatewayIntegrationResponse::test_lifecycle_integration_response, recorded 2025-06-11); `
      + `${GH}/serverless-operations/serverless-apigateway-service-proxy/issues/179`,
  },
  // C47
  MethodResponseParameterInvalid: {
    says: 'Documented only: method response parameter keys are method.response.header.{name}; no PutMethodResponse rejection text is recorded '
      + '(UpdateMethodResponse answers unknown names with "Invalid parameter name specified")',
    source: `${API}/API_PutMethodResponse.html; ${LS}/test_apigateway_api.snapshot.json (TestApigatewayMethodResponse::test_update_method_wrong_param_names)`,
  },
  // C08, C46
  MockResponseNotSelected: {
    says: 'Deploys, but a request whose MOCK template status selects no integration response fails with 500 Internal server error: "Execution failed '
      + 'due to configuration error: No match for output mapping and no default output mapping configured"',
    source: `${DG}/how-to-mock-integration.html`,
  },
  // C24, C91
  PassthroughBehaviorNotSupported: {
    says: 'CloudFormation schema: Integration.PassthroughBehavior is an enum of WHEN_NO_MATCH, WHEN_NO_TEMPLATES and NEVER; the v2 API model\'s '
      + 'PassthroughBehavior is the same enum',
    source: `${CFN_METHOD_INTEGRATION}; ${V2_INTEGRATIONS}`,
  },
  // C50, C85
  PayloadFormatVersionNotSupported: {
    says: 'Documented: HTTP APIs take 1.0 or 2.0 for Lambda proxy integrations and 1.0 for every other integration; an SQS-SendMessage subtype '
      + 'integration with 2.0 is reported refused as "Operation: SQS-SendMessage is not supported", and WebSocket integrations with 2.0 are '
      + 'reported refused by CreateIntegration',
    source: `${V2_INTEGRATIONS}; ${GH}/serverless/serverless/issues/11486; ${GH}/hashicorp/terraform-provider-aws/issues/25280`,
  },
  // C50
  PayloadFormatVersionRequired: {
    says: 'Documented: an HTTP API integration created with the AWS CLI, CloudFormation or an SDK must specify payloadFormatVersion (only the console '
      + 'supplies a default)',
    source: `${DG}/http-api-develop-integrations-lambda.html; ${CFN_V2_INTEGRATION}`,
  },
  // C15, C61, C86
  PrivateIntegrationTypeNotSupported: {
    says: 'Documented only: private (VPC_LINK) integrations are HTTP or HTTP_PROXY integrations (HTTP APIs: HTTP_PROXY); no rejection text is recorded',
    source: `${API}/API_Integration.html; ${DG}/http-api-develop-integrations-private.html`,
  },
  // C61
  PrivateUriNotListenerArn: {
    says: 'CreateIntegration: "For VpcLink VPC_LINK, integration uri should be a valid ELB listener ARN or a valid Cloud Map service ARN."',
    source: `${DG}/http-api-develop-integrations-private.html; ${GH}/klothoplatform/klotho/pull/347; ${GH}/anomalyco/sst/issues/5510`,
  },
  // C36
  ProxyResponseMappingIgnored: {
    says: 'Deploys, but proxy integrations pass the request and the back end\'s response through: the request templates, integration responses and '
      + 'response mappings given are never applied',
    source: `${DG}/api-gateway-api-integration-types.html`,
  },
  // C28, C76
  RequestParameterKeyInvalid: {
    says: 'Documented key forms (REST: integration.request.{path|querystring|header}.{name}; HTTP APIs: append|overwrite|remove:header.{name}, '
      + 'append|overwrite|remove:querystring.{name}, overwrite:path); malformed mappings are refused as "Invalid mapping expression specified: '
      + 'Validation Result: warnings : [], errors : […]"',
    source: `${PUT_INTEGRATION}; ${HTTP_MAPPING}`,
  },
  // C88
  RequestParameterNotSupported: {
    says: 'Documented only: WebSocket integration request parameters map integration.request.header|querystring|path.{name} from route.request.*, '
      + 'context.*, stageVariables.* or a quoted static value; no rejection text is recorded',
    source: WS_MAPPING,
  },
  // C29, C38
  RequestParameterSourceInvalid: {
    says: 'PutIntegration (unquoted static value): "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping '
      + 'expression specified: test-value]"',
    source: `${DG}/rest-api-parameter-mapping-sources.html; ${GH}/aws/aws-cdk/issues/11306`,
  },
  // C88
  RequestParameterSourceNotOnConnect: {
    says: 'Documented only: header and query-string values exist on the $connect request of a WebSocket connection; no rejection of such a mapping on '
      + 'another route is recorded (the value is simply absent there)',
    source: WS_MAPPING,
  },
  // C77
  RequestParameterValueInvalid: {
    says: 'Documented only: HTTP API request mapping values are static text or $request.header|querystring|body|path, $context or $stageVariables '
      + 'expressions of 1 to 512 characters; no rejection text is recorded',
    source: `${HTTP_MAPPING}; ${V2_INTEGRATIONS}`,
  },
  // C78
  ReservedHeaderMapped: {
    says: 'Documented: reserved headers (access-control-*, apigw-*, Authorization, Connection, Content-Length, Host-related, x-amz-*, x-amzn-*, …) '
      + 'cannot be used in request or response mappings (no rejection text recorded)',
    source: HTTP_MAPPING,
  },
  // C105
  ResourcesPerApiAboveDefaultQuota: {
    says: 'Needs a quota increase: REST APIs have at most 300 resources unless the account\'s "Resources per API" quota is raised; beyond it, '
      + 'creating the resource fails and the deploy rolls back',
    source: REST_QUOTAS,
  },
  // C44, C45, C79
  ResponseParameterInvalid: {
    says: 'REST (unquoted static value): "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression '
      + 'specified: "*"]"; HTTP APIs: response mappings are documented as keyed by a back-end status code 200-599 with append|overwrite|remove:'
      + 'header.{name} or overwrite:statuscode destinations (no rejection text recorded)',
    source: `${PUT_INTEGRATION_RESPONSE}; ${GH}/awsdocs/amazon-api-gateway-developer-guide/issues/7; ${HTTP_MAPPING}`,
  },
  // C95
  ResponseParameterNotSupported: {
    says: 'Documented only: WebSocket integration response parameters map method.response.header.{name} from integration.response.header.{name}, '
      + 'integration.response.body.{expression} or a quoted static value; no rejection text is recorded',
    source: `${V2_INTEGRATION_RESPONSES}; ${WS_TRANSFORMATIONS}`,
  },
  // C44
  ResponseParameterUndeclared: {
    says: 'PutIntegrationResponse: "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression '
      + 'parameter specified: method.response.header.Access-Control-Allow-Origin]"',
    source: `${GH}/awslabs/aws-solutions-constructs/issues/1130; ${PUT_INTEGRATION_RESPONSE}`,
  },
  // C40
  ResponseStatusCodeDuplicated: {
    says: 'CloudFormation schema: Integration.IntegrationResponses and MethodResponses are uniqueItems, so identical items fail template validation',
    source: CFN_METHOD_INTEGRATION,
  },
  // C30, C31
  MethodPathParameterNotInPath: {
    says: 'Not refused at deploy as far as any recording shows: path parameters are the {name} placeholders of the resource path, so a '
      + 'method.request.path.{name} the path lacks is always empty and what is mapped from it never reaches the back end',
    source: `${DG}/rest-api-parameter-mapping.html; ${API}/API_PutMethod.html`,
  },
  // C40
  ResponseStatusCodeRepeated: {
    says: 'Deploys: the service keeps one response per status code (a second put of the same code replaces the first), so only one of two different '
      + 'responses with one status code takes effect',
    source: `${PUT_INTEGRATION_RESPONSE}; ${API}/API_PutMethodResponse.html`,
  },
  // C94
  ResponseTemplateSelectionExpressionNotSupported: {
    says: 'Documented only: integration response template selection expressions support ${request.body.jsonPath}, ${integration.response.statuscode}, '
      + '${integration.response.header.name}, ${integration.response.multivalueheader.name} and static values; no rejection text is recorded',
    source: WS_TRANSFORMATIONS,
  },
  // C22
  ResponseTransferModeNotSupported: {
    says: 'CloudFormation schema: Integration.ResponseTransferMode is an enum of BUFFERED and STREAM; response streaming is documented for '
      + 'HTTP_PROXY and AWS_PROXY integrations only (no rejection text recorded for other types)',
    source: `${DG}/response-transfer-mode.html; ${CFN_METHOD_INTEGRATION}`,
  },
  // C48
  RestApiNotDeployable: {
    says: 'CreateDeployment: "No integration defined for method" (a method without integration); "The REST API doesn\'t contain any methods" (no method)',
    source: `${API}/API_CreateDeployment.html; ${GH}/serverless/serverless/issues/11748; ${GH}/cloudtools/troposphere/issues/496`,
  },
  // C88
  RouteRequestParameterNotDeclared: {
    says: 'Documented setup declares header and query-string sources in the $connect route\'s RequestParameters before mapping them; undeclared, '
      + 'the integration cannot rely on receiving the value',
    source: `${WS_MAPPING}; https://repost.aws/knowledge-center/api-gateway-vpc-link-integration`,
  },
  // C81, C98
  RoutesPerApiAboveDefaultQuota: {
    says: 'Needs a quota increase: HTTP and WebSocket APIs have at most 300 routes unless "Routes per API" is raised; beyond it, creating the route '
      + 'fails and the deploy rolls back',
    source: `${HTTP_QUOTAS}; ${WS_QUOTAS}`,
  },
  // C46
  SelectionPatternInvalid: {
    says: 'Documented: selectionPattern is a regular expression matched against the Lambda error message or the back end\'s status code; the rejection '
      + 'reported for one that does not compile is "Invalid regex pattern specified" (a single, third-party source)',
    source: PUT_INTEGRATION_RESPONSE,
  },
  // C64
  ServerNameOnPublicIntegration: {
    says: 'Deploys, but the TLS server name applies to private integrations only: on an INTERNET integration the service accepts it and does not keep it',
    source: `${V2_INTEGRATIONS}; ${GH}/hashicorp/terraform-provider-aws/issues/41326`,
  },
  // C42, C40
  StatusCodeInvalid: {
    says: 'PutIntegrationResponse: "1 validation error detected: Value \'wrong\' at \'statusCode\' failed to satisfy constraint: Member must satisfy '
      + 'regular expression pattern: [1-5]\\d\\d"; CloudFormation requires StatusCode on every integration and method response',
    source: `${LS}/test_apigateway_api.snapshot.json (TestApigatewayIntegrationResponse::test_integration_response_invalid_statuscode, recorded 2025-06-18)`,
  },
  // C56, C66-C75
  SubtypeNotSupported: {
    says: 'Documented: IntegrationSubtype is supported only on HTTP API AWS_PROXY integrations and names one of the ten subtypes of the reference '
      + '(no rejection text recorded for an unknown one)',
    source: `${HTTP_SUBTYPES}; ${V2_INTEGRATIONS}`,
  },
  // C58, C66-C75
  SubtypeParameterNotSupported: {
    says: 'CreateIntegration: "Parameter: stateMachineArn does not fit schema for Operation: StepFunctions-StartSyncExecution."',
    source: `${GH}/aws/aws-cdk/issues/26328; ${HTTP_SUBTYPES}`,
  },
  // C58, C66-C75
  SubtypeParameterRequired: {
    says: 'Documented: each subtype lists its required request parameters (for example QueueUrl and MessageBody for SQS-SendMessage); no rejection '
      + 'text from an identifiable source is recorded',
    source: HTTP_SUBTYPES,
  },
  // C59, C77
  SubtypeParameterValueInvalid: {
    says: 'CreateIntegration/UpdateIntegration: "Invalid selection expression specified: Validation Result: warnings : [], errors : [Invalid source: '
      + '{…} specified for destination: MessageAttributes]"',
    source: `${GH}/hashicorp/terraform-provider-aws/issues/17348; ${DG}/http-api-develop-integrations-aws-services.html`,
  },
  // C55
  SubtypeUriExclusive: {
    says: 'Documented only: an AWS_PROXY integration of an HTTP API calls a Lambda function through IntegrationUri or an AWS service through '
      + 'IntegrationSubtype; no rejection text from an identifiable source is recorded',
    source: V2_INTEGRATIONS,
  },
  // C26
  TemplateContentTypeInvalid: {
    says: 'PutIntegrationResponse (template key "123"): "Validation Result: warnings : [], errors : [Invalid content type specified: 123]"',
    source: `${LS}/test_apigateway_api.snapshot.json (TestApigatewayIntegrationResponse::test_integration_response_invalid_responsetemplates, `
      + 'recorded 2025-06-18)',
  },
  // C90
  TemplateSelectionExpressionNotSupported: {
    says: 'Documented only: an integration\'s template selection expression supports ${request.body.jsonPath} and static values; no rejection text is '
      + 'recorded',
    source: WS_TRANSFORMATIONS,
  },
  // C89
  TemplateSelectionKeyInvalid: {
    says: 'CloudFormation schema: AWS::ApiGatewayV2::Integration RequestTemplates allows only keys matching [a-zA-Z0-9]+ (additionalProperties false), '
      + 'so a key without a letter or digit fails property validation',
    source: CFN_V2_INTEGRATION_SCHEMA,
  },
  // C27
  TemplateTooLarge: {
    says: 'Documented hard quota: a REST mapping template is at most 300 KB, not increasable (no rejection text recorded)',
    source: REST_QUOTAS,
  },
  // C21
  TimeoutAboveDefaultQuota: {
    says: 'Needs a quota increase: above 29 s, a buffered integration of a Regional or private REST API deploys only where the account\'s "Maximum '
      + 'integration timeout in milliseconds" quota was raised; elsewhere the deploy fails with "Timeout should be between 50 ms and 29000 ms"',
    source: `${REST_QUOTAS}; https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/`,
  },
  // C21, C22, C65, C84
  TimeoutOutOfRange: {
    says: 'PutIntegration: "Timeout should be between 50 ms and 29000 ms" (the upper bound is the account\'s quota, raisable for Regional and private '
      + 'REST APIs only); HTTP APIs: 50 ms to 30 s and WebSocket APIs: 50 ms to 29 s, neither increasable; streamed REST responses: up to 15 minutes',
    source: `${REST_QUOTAS}; ${HTTP_QUOTAS}; ${WS_QUOTAS}; ${DG}/response-transfer-mode.html`,
  },
  // C23
  TlsSkipVerificationNotHttp: {
    says: 'Documented only: insecureSkipVerification is supported for HTTP and HTTP_PROXY integrations; no rejection on another type is recorded',
    source: `${API}/API_TlsConfig.html`,
  },
  // C23
  TlsVerificationSkipped: {
    says: 'Deploys; API Gateway then accepts a back-end certificate from any issuer (it still checks expiry, host name and the root CA list), so the '
      + 'back-end call can be intercepted',
    source: `${API}/API_TlsConfig.html`,
  },
  // C33
  UriPlaceholderNotMapped: {
    says: 'Not refused at deploy (the console only warns that the endpoint lacks the path parameters): a {placeholder} is filled only from '
      + 'integration.request.path.{name}, so unmapped the back end is called with the placeholder text in the URL',
    source: `${DG}/rest-api-parameter-mapping.html; ${GH}/awsdocs/amazon-api-gateway-developer-guide/issues/24`,
  },
  // C53
  UriVariableNotInRoute: {
    says: 'Documented only: an HTTP_PROXY URL may use the route\'s path variables ({id}, or {proxy} from a {proxy+} route); no rejection of a variable '
      + 'the route lacks is recorded',
    source: `${DG}/http-api-develop-integrations-http.html`,
  },
  // C54, C64
  ValueTooLong: {
    says: 'Documented only: the v2 API model bounds IntegrationUri to 2048, IntegrationMethod to 64, IntegrationSubtype to 128, Description and '
      + 'ConnectionId to 1024 and ServerNameToVerify to 512 characters; no rejection text is recorded',
    source: V2_INTEGRATIONS,
  },
  // C13, C60, C86
  VpcLinkWithoutConnectionId: {
    says: 'Documented: a VPC_LINK integration names its VPC link in connectionId (REST: the VpcLink id or ${stageVariables.name}; HTTP APIs: the '
      + 'VpcLink id); the rejection text is reported by a single third-party source only',
    source: `${PUT_INTEGRATION}; ${V2_INTEGRATIONS}; ${DG}/set-up-private-integration.html`,
  },
  // C80
  WebSocketOnlyField: {
    says: 'Documented: PassthroughBehavior, ContentHandlingStrategy, RequestTemplates and TemplateSelectionExpression are "supported only for '
      + 'WebSocket APIs", and integration responses exist for WebSocket APIs only (no rejection text from an identifiable source recorded)',
    source: `${V2_INTEGRATIONS}; ${V2_INTEGRATION_RESPONSES}`,
  },
};
