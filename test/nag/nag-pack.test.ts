// IntegrationChecksNagPack: the rule table as a cdk-nag pack; ids are IntegrationChecks-<RuleCode>, acknowledgements work.
import { App, Stack, Validations } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { IntegrationChecksNagPack, RestApiMockIntegration } from '../../src';

function brokenApp(): { app: App; stack: Stack; method: apigw.CfnMethod } {
  const app = new App();
  const stack = new Stack(app, 'Test');
  const api = new apigw.CfnRestApi(stack, 'Api', { name: 'api', endpointConfiguration: { types: ['REGIONAL'] } });
  const method = new apigw.CfnMethod(stack, 'Method', {
    restApiId: api.ref,
    resourceId: api.attrRootResourceId,
    httpMethod: 'GET',
    authorizationType: 'NONE',
    integration: { type: 'HTTP_PROXY', integrationHttpMethod: 'GET', uri: 'https://example.com', connectionType: 'VPC_LINK', timeoutInMillis: 10 },
  });
  new apigwv2.CfnApi(stack, 'Orders', {
    body: {
      openapi: '3.0.1',
      info: { title: 'orders', version: '1' },
      paths: { '/orders': { get: { 'x-amazon-apigateway-integration': { type: 'http_proxy', httpMethod: 'GET', uri: 'https://example.com', payloadFormatVersion: '3.0' } } } },
    },
  });
  return { app, stack, method };
}

function ids(app: App): Array<[string, string, string[]]> {
  const report = new IntegrationChecksNagPack(app).validateScope(app);
  return report.violations.map(v => [v.ruleName, v.severity ?? '', v.violatingResources.map(r => (r as { constructPath?: string }).constructPath ?? '')]);
}

describe('IntegrationChecksNagPack', () => {
  test('rule ids are the pack name and our rule codes, at their level, on the resource', () => {
    const { app } = brokenApp();
    expect(ids(app)).toEqual([
      ['IntegrationChecks-TimeoutOutOfRange', 'error', ['Test/Method']],
      ['IntegrationChecks-VpcLinkWithoutConnectionId', 'error', ['Test/Method']],
      ['IntegrationChecks-PayloadFormatVersionNotSupported', 'error', ['Test/Orders']],
    ]);
  });

  test('the violation says what is wrong, with the OpenAPI operation', () => {
    const { app } = brokenApp();
    const report = new IntegrationChecksNagPack(app).validateScope(app);
    expect(report.success).toBe(false);
    expect(report.violations.find(v => v.ruleName.endsWith('PayloadFormatVersionNotSupported'))?.description)
      .toMatch(/^paths\.\/orders\.get: the payload format version must be/);
  });

  test('a finding acknowledged the cdk-nag way is not reported', () => {
    const { app, method } = brokenApp();
    Validations.of(method).acknowledge({ id: 'IntegrationChecks-TimeoutOutOfRange', reason: 'test: acknowledged on the method' });
    expect(ids(app).map(([id]) => id)).toEqual(['IntegrationChecks-VpcLinkWithoutConnectionId', 'IntegrationChecks-PayloadFormatVersionNotSupported']);
  });

  test('an app built with this library\'s constructs is clean', () => {
    const app = new App();
    const stack = new Stack(app, 'Test');
    new apigw.RestApi(stack, 'Api').root.addMethod('GET', new RestApiMockIntegration());
    app.synth(); // the integration completes its method's responses at synth, before the validation plugins run
    const report = new IntegrationChecksNagPack(app).validateScope(app);
    expect(report).toEqual({ success: true, violations: [] });
  });

  test('it runs from the CDK validation framework (Validations.of(app).addPlugins)', () => {
    const { app } = brokenApp();
    Validations.of(app).addPlugins(new IntegrationChecksNagPack(app));
    expect(() => app.synth()).toThrow(/IntegrationChecks-TimeoutOutOfRange/);
  });
});
