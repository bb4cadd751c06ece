import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { testStack } from '../support/common';

export { errorOf, fn, synth, warningOf } from '../support/common';

/** A stack with an HTTP API, for one test. */
export function setup(): { stack: Stack; api: apigwv2.HttpApi } {
  const stack = testStack();
  return { stack, api: new apigwv2.HttpApi(stack, 'Api') };
}

/** Adds one route. */
export function route(api: apigwv2.HttpApi, path: string, integration: apigwv2.HttpRouteIntegration, method = apigwv2.HttpMethod.POST): void {
  api.addRoutes({ path, methods: [method], integration });
}

/** The one AWS::ApiGatewayV2::Integration's properties. */
export function integrationProps(template: Template): Record<string, any> {
  const all = Object.values(template.findResources('AWS::ApiGatewayV2::Integration'));
  expect(all).toHaveLength(1);
  return (all[0] as { Properties: Record<string, any> }).Properties;
}
