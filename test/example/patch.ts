import { Duration } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { Construct } from 'constructs';
import type { ExampleBackends } from './stack';
import { HttpApiIntegrationPatch, RequestValue, RestApiIntegrationPatch, RestApiIntegrationPatchTarget } from '../../src';

/** UpdateIntegration examples: integrations of APIs outside the app (imported by id). */
export function addPatchExamples(scope: Construct, _backends: ExampleBackends): void {
  // A REST API made outside CDK (console, SAM, an OpenAPI import), known by its ids.
  const legacy = apigw.RestApi.fromRestApiId(scope, 'LegacyApi', 'a1b2c3d4e5');
  new RestApiIntegrationPatch(scope, 'LegacyOrders', {
    target: RestApiIntegrationPatchTarget.fromIds(legacy.restApiId, 'x9y8z7', apigwv2.HttpMethod.GET),
    change: {
      timeout: Duration.seconds(10),
      requestParameters: { add: { headers: { 'x-request-id': RequestValue.context('requestId') } } },
      requestTemplates: { add: { 'application/json': '{ "id": "$input.params(\'id\')" }' } },
    },
    redeployStage: 'prod',
  });

  // An HTTP API integration made outside CDK: v2 UpdateIntegration takes plain fields.
  new HttpApiIntegrationPatch(scope, 'LegacyHttpOrders', {
    apiId: 'f6g7h8i9j0',
    integrationId: 'abc1234',
    change: { timeout: Duration.seconds(15) },
  });
}
