// The same imported definitions through the third door: `IntegrationChecks` on a CDK app that carries them
// inline (a SpecRestApi for REST, an AWS::ApiGatewayV2::Api Body for HTTP). Same codes as the CLI; no error.
import * as path from 'node:path';
import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { FIXTURES } from './run';
import { IntegrationChecks } from '../../../src';
import { readDocument } from '../../../src/core/cfn/documents';

/** `level Code` of every finding of the aspect on a stack carrying the definition. */
function aspectCodes(file: string, kind: 'REST' | 'HTTP'): string[] {
  const app = new App();
  const stack = new Stack(app, 'Test');
  Aspects.of(app).add(new IntegrationChecks());
  const definition = readDocument(path.join(FIXTURES, file)) as Record<string, unknown>;
  if (kind === 'REST') new apigw.SpecRestApi(stack, 'Api', { apiDefinition: apigw.ApiDefinition.fromInline(definition) });
  else new apigwv2.CfnApi(stack, 'Api', { body: definition });
  const a = Annotations.fromStack(stack);
  return [...a.findError('*', Match.anyValue()).map(m => ['error', m.entry.data]), ...a.findWarning('*', Match.anyValue()).map(m => ['warning', m.entry.data])]
    .map(([level, data]) => [level, /^\[([A-Z][A-Za-z]+)\]/.exec(String(data))?.[1]])
    .filter(([, code]) => code !== undefined)
    .map(([level, code]) => `${level} ${code}`)
    .sort();
}

const CASES: Array<[string, 'REST' | 'HTTP', string[]]> = [
  ['docs-petstore.swagger.yaml', 'REST', []],
  ['docs-private-integration-stage-variable.swagger.json', 'REST', ['warning ProxyResponseMappingIgnored']],
  ['docs-tls-insecure-skip-rest.openapi.json', 'REST', ['warning ProxyResponseMappingIgnored', 'warning TlsVerificationSkipped']],
  ['docs-stage-variables-rest.swagger.yaml', 'REST', []],
  ['sp-apigw-kinesis-lambda-ddb.openapi.yaml', 'REST', []],
  ['docs-rest-greedy-proxy.swagger.yaml', 'REST', []],
  ['docs-s3-proxy.swagger.yaml', 'REST', []],
  ['docs-rest-parameter-mapping-sources.openapi.yaml', 'REST', []],
  ['docs-rest-integration-responses.openapi.yaml', 'REST', []],
  ['docs-http-default-route.openapi.yaml', 'HTTP', []],
  ['docs-tls-server-name-http.openapi.json', 'HTTP', []],
  ['docs-http-lambda-proxy.openapi.yaml', 'HTTP', []],
  ['docs-http-reusable-integrations.openapi.json', 'HTTP', []],
  ['docs-http-parameter-mapping.openapi.yaml', 'HTTP', []],
  ['docs-http-service-integrations.openapi.yaml', 'HTTP', []],
  ['docs-stage-variables-http.openapi.yaml', 'HTTP', []],
  ['sp-apigw-http-api-eventbridge.openapi.yaml', 'HTTP', []],
  ['sp-apigw-sqs-lambda.openapi.yaml', 'HTTP', []],
];

describe('IntegrationChecks on apps carrying the imported definitions (sources in openapi.test.ts)', () => {
  test.each(CASES)('%s as a %s API', (file, kind, expected) => {
    expect(aspectCodes(file, kind)).toEqual(expected);
  });
});
