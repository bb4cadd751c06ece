// IntegrationChecksValidationPlugin: the template checker in the CDK validation report.
import { App, Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { IntegrationChecksValidationPlugin, RestApiMockIntegration } from '../../src';
import { RULES } from '../../src/core/rules';

function app(broken: boolean, plugin = true): App {
  const a = new App({ policyValidationBeta1: plugin ? [new IntegrationChecksValidationPlugin()] : [] });
  const stack = new Stack(a, 'Test');
  if (broken) {
    new apigw.SpecRestApi(stack, 'Api', {
      apiDefinition: apigw.ApiDefinition.fromInline({
        openapi: '3.0.1',
        info: { title: 'a', version: '1' },
        paths: { '/a': { get: { 'x-amazon-apigateway-integration': { type: 'mock', timeoutInMillis: 10 } } } },
      }),
    });
  } else {
    new apigw.RestApi(stack, 'Api').root.addMethod('GET', new RestApiMockIntegration());
  }
  return a;
}

describe('IntegrationChecksValidationPlugin', () => {
  test('an error in a synthesized template fails the synth with the report naming the rule, resource and operation', () => {
    const a = app(true);
    let message = '';
    try {
      a.synth();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/ERROR .*\(cdk-apigateway-integrations\)/);
    expect(message).toMatch(/Test\/Api\/Resource/);
    expect(message).toMatch(/Suggested fix: paths\.\/a\.get: the integration timeout must be at least 50 ms, got 10 ms/);
    expect(message).toMatch(/Acknowledge with 'cdk-apigateway-integrations::TimeoutOutOfRange'/);
  });

  test('the report lists the rule code, the logical id and the OpenAPI path', () => {
    const plugin = new IntegrationChecksValidationPlugin();
    const a = app(true, false);
    const assembly = a.synth();
    const result = plugin.validate({ appConstruct: a, templatePaths: assembly.stacks.map(s => `${assembly.directory}/${s.templateFile}`) });
    expect(result.success).toBe(false);
    expect(result.violations).toEqual([expect.objectContaining({
      ruleName: 'TimeoutOutOfRange',
      severity: 'error',
      violatingResources: [expect.objectContaining({ resourceLogicalId: expect.stringMatching(/^Api/), locations: ['Properties.Body.paths./a.get'] })],
    })]);
  });

  test('a valid app synthesizes; the plugin names every rule code it reports', () => {
    expect(() => app(false).synth()).not.toThrow();
    expect(new IntegrationChecksValidationPlugin().ruleIds).toEqual(RULES.map(r => r.code));
  });
});
