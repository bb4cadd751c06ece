import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as integrations from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Construct } from 'constructs';
import type { ExampleBackends } from './stack';

/** HTTP API examples. */
export function addHttpExamples(scope: Construct, backends: ExampleBackends): void {
  const api = new apigwv2.HttpApi(scope, 'Api', { apiName: 'example-http' });
  api.addRoutes({ path: '/lambda', methods: [apigwv2.HttpMethod.GET], integration: new integrations.HttpLambdaIntegration('Lambda', backends.handler, { scopePermissionToRoute: false }) });
}
