import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { Construct } from 'constructs';
import type { ExampleBackends } from './stack';

/** REST API examples. */
export function addRestExamples(scope: Construct, backends: ExampleBackends): void {
  const api = new apigw.RestApi(scope, 'Api', { restApiName: 'example-rest', endpointTypes: [apigw.EndpointType.REGIONAL] });
  api.root.addResource('lambda').addMethod('GET', new apigw.LambdaIntegration(backends.handler, { scopePermissionToMethod: false }));
}
