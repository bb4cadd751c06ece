// OpenAPI 3 and Swagger 2 definitions that API Gateway imported (AWS documentation examples and deployed
// samples), through the CLI door (kind guessed from the file) and the reader door (the kind they were
// deployed as). The exact findings are pinned: a new finding on any of them fails here.
import { cliFindings, codes, definitionFindingsAs, RealWorldCase } from './run';

interface DefinitionCase extends RealWorldCase {
  /** The kind of API the definition was imported as. */
  readonly kind: 'REST' | 'HTTP';
}

const PROXY_RESPONSES = 'warning ProxyResponseMappingIgnored'; // true: HTTP_PROXY ignores integration responses

const CASES: DefinitionCase[] = [
  { file: 'docs-petstore.swagger.yaml', kind: 'REST', findings: [], source: 'https://github.com/awsdocs/aws-doc-sdk-examples/blob/main/javav2/example_code/apigateway/example-api.json (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-create-api-from-example.html)' },
  { file: 'docs-private-integration-stage-variable.swagger.json', kind: 'REST', findings: [`${PROXY_RESPONSES} paths./.get`], source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-using-swagger.html' },
  { file: 'docs-tls-insecure-skip-rest.openapi.json', kind: 'REST', findings: [`${PROXY_RESPONSES} paths./pets.x-amazon-apigateway-any-method`, 'warning TlsVerificationSkipped paths./pets.x-amazon-apigateway-any-method'], source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-extensions-integration-tls-config.html' },
  { file: 'docs-tls-server-name-http.openapi.json', kind: 'HTTP', findings: [], source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-extensions-integration-tls-config.html' },
  { file: 'docs-http-lambda-proxy.openapi.yaml', kind: 'HTTP', findings: [], source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html' },
  { file: 'docs-http-parameter-mapping.openapi.yaml', kind: 'HTTP', findings: [], source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html' },
  { file: 'docs-http-service-integrations.openapi.yaml', kind: 'HTTP', findings: [], source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services-reference.html' },
  // was three false errors (WebSocketOnlyField for passthroughBehavior) before the reader fix
  { file: 'docs-http-reusable-integrations.openapi.json', kind: 'HTTP', findings: [], source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-extensions-integrations.html' },
  { file: 'docs-rest-greedy-proxy.swagger.yaml', kind: 'REST', findings: [], source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-set-up-simple-proxy.html' },
  { file: 'docs-rest-integration-responses.openapi.yaml', kind: 'REST', findings: [], source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html' },
  { file: 'docs-http-default-route.openapi.yaml', kind: 'HTTP', findings: [], source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-any-method.html' },
  { file: 'docs-s3-proxy.swagger.yaml', kind: 'REST', findings: [], source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-as-s3-proxy-export-swagger-with-extensions.html' },
  { file: 'docs-rest-parameter-mapping-sources.openapi.yaml', kind: 'REST', findings: [], source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-parameter-mapping-sources.html' },
  // were two false errors (IntegrationUriNotServiceArn, CredentialsNotArn) before the stage-variable fix
  { file: 'docs-stage-variables-rest.swagger.yaml', kind: 'REST', findings: [], source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html' },
  // was a false error (CredentialsNotArn on arn:aws:iam::{account}:${stageVariables.x}) before the reader fix
  { file: 'docs-stage-variables-http.openapi.yaml', kind: 'HTTP', findings: [], source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-stages.stage-variables-reference.html' },
  { file: 'sp-apigw-http-api-eventbridge.openapi.yaml', kind: 'HTTP', findings: [], source: 'https://github.com/aws-samples/serverless-patterns/blob/main/apigw-http-api-eventbridge/api.yaml' },
  { file: 'sp-apigw-sqs-lambda.openapi.yaml', kind: 'HTTP', findings: [], source: 'https://github.com/aws-samples/serverless-patterns/blob/main/apigw-sqs-lambda/api.yaml' },
  // was five false errors through the CLI (read as an HTTP API for its x-amazon-apigateway-cors) before the reader fix
  { file: 'sp-apigw-kinesis-lambda-ddb.openapi.yaml', kind: 'REST', findings: [], source: 'https://github.com/aws-samples/serverless-patterns/blob/main/apigw-kinesis-lambda-ddb/api.yaml' },
];

describe('definitions AWS imported raise no error, and exactly the findings pinned', () => {
  test.each(CASES)('$file through the CLI ($source)', ({ file, findings }) => {
    const r = cliFindings(file);
    expect(r.findings).toEqual(findings);
    expect(r.status).toBe(findings.some(f => f.startsWith('error')) ? 1 : 0);
  });

  test.each(CASES)('$file read as the $kind API it was deployed as', ({ file, kind, findings }) => {
    expect(definitionFindingsAs(file, kind)).toEqual(findings);
  });

  test('no case expects an error: all of these were accepted', () => {
    expect(CASES.flatMap(c => codes(c.findings)).filter(c => c.startsWith('error'))).toEqual([]);
    expect(new Set(CASES.map(c => c.file)).size).toBe(CASES.length);
  });
});
