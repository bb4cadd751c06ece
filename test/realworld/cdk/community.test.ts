import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as integrations from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { checkedStack, findings, warningMessages } from './support';

/**
 * Open-source CDK construct libraries that deploy their own integration tests in CI.
 */

// Source: https://github.com/developmentseed/eoapi-cdk/blob/main/lib/tipg-api/index.ts
// (deployed by .github/workflows/deploy.yaml and integration-test.yaml with integration_tests/cdk/app.py)
test('eoapi-cdk tipg-api: HTTP API Lambda proxy with a custom domain, host header overwritten by parameter mapping', () => {
  const stack = checkedStack();
  const fn = new lambda.Function(stack, 'Handler', {
    runtime: lambda.Runtime.PYTHON_3_11, handler: 'handler.handler', code: lambda.Code.fromInline('def handler(e, c): return {}'),
  });
  const domainName = new apigwv2.DomainName(stack, 'Domain', {
    domainName: 'tipg.example.com',
    certificate: acm.Certificate.fromCertificateArn(stack, 'Certificate', 'arn:aws:acm:us-east-1:123456789012:certificate/abc'),
  });
  new apigwv2.HttpApi(stack, 'Api', {
    defaultDomainMapping: { domainName },
    defaultIntegration: new integrations.HttpLambdaIntegration('integration', fn, {
      parameterMapping: new apigwv2.ParameterMapping().overwriteHeader('host', apigwv2.MappingValue.custom(domainName.name)),
    }),
  });
  const f = findings(stack);
  expect({ f, w: warningMessages(stack) }).toEqual({ f: { errors: [], warnings: [] }, w: [] });
});
