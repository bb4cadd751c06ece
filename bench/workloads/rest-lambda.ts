/**
 * rest-lambda: one REST API, N methods `GET /r{i}`, all integrated with ONE shared Lambda function.
 *
 * - `aws-cdk-lib`: `new LambdaIntegration(fn)` with its defaults: TWO `AWS::Lambda::Permission` per method
 *   (the stage and the console's test-invoke-stage), each scoped to the method.
 * - `aws-cdk-lib-best`: `scopePermissionToMethod: false` (exists in aws-cdk-lib 2.276.0): one API-scoped
 *   permission for the whole API.
 * - `l1`: the hand-written floor, see `restApiL1`.
 * - `library`: this library's `RestApiLambdaIntegration` (one permission per function and API by default).
 */
import type { Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { RestApiLambdaIntegration } from '../../src';
import { apiScopedPermission, benchFunction, lambdaInvocationUri, routeName, type Workload } from '../support';

/**
 * Hand-written REST API: `CfnRestApi`, one `CfnResource` + `CfnMethod` per path, one `CfnDeployment`
 * that depends on every method, one `CfnStage` (`prod`, like aws-cdk-lib's default `deployOptions`).
 *
 * Deliberately NOT written: the `AWS::ApiGateway::Account` + CloudWatch `AWS::IAM::Role` pair that
 * aws-cdk-lib's RestApi adds under the default (unconfigured) feature flags. It is an account-wide
 * singleton, unrelated to the API's routes (new projects turn it off with
 * `@aws-cdk/aws-apigateway:disableCloudWatchRole`), and a careful template would not repeat it per API.
 * The RestApi of every non-L1 variant is built with `cloudWatchRole: false` too, so resource counts
 * compare one to one with this floor.
 *
 * @param methodIntegration the integration of method i (AWS_PROXY to Lambda, HTTP_PROXY to a URL...)
 * @returns the RestApi, so the caller can add its permission
 */
export function restApiL1(stack: Stack, n: number, methodIntegration: (i: number) => apigw.CfnMethod.IntegrationProperty): apigw.CfnRestApi {
  const api = new apigw.CfnRestApi(stack, 'Api', { name: 'Api' });
  const methods: apigw.CfnMethod[] = [];
  for (let i = 0; i < n; i++) {
    const resource = new apigw.CfnResource(stack, `Resource${i}`, {
      restApiId: api.ref,
      parentId: api.attrRootResourceId,
      pathPart: routeName(i),
    });
    methods.push(new apigw.CfnMethod(stack, `Method${i}`, {
      restApiId: api.ref,
      resourceId: resource.ref,
      httpMethod: 'GET',
      authorizationType: 'NONE',
      integration: methodIntegration(i),
    }));
  }
  const deployment = new apigw.CfnDeployment(stack, 'Deployment', { restApiId: api.ref });
  for (const method of methods) {
    deployment.addDependency(method);
  }
  new apigw.CfnStage(stack, 'Stage', { restApiId: api.ref, deploymentId: deployment.ref, stageName: 'prod' });
  return api;
}

function withCdkIntegration(stack: Stack, n: number, options: apigw.LambdaIntegrationOptions): void {
  const fn = benchFunction(stack);
  const api = new apigw.RestApi(stack, 'Api', { cloudWatchRole: false }); // the account-wide CloudWatch role is not the integrations' cost
  const integration = new apigw.LambdaIntegration(fn, options);
  for (let i = 0; i < n; i++) {
    api.root.addResource(routeName(i)).addMethod('GET', integration);
  }
}

export const restLambda: Workload = {
  name: 'rest-lambda',
  description: 'REST API, N methods GET /r{i} -> one shared Lambda function (proxy)',
  baseline: 'l1',
  variants: {
    'aws-cdk-lib': (stack, n) => withCdkIntegration(stack, n, {}),
    'aws-cdk-lib-best': (stack, n) => withCdkIntegration(stack, n, { scopePermissionToMethod: false }),
    'library': (stack, n) => {
      const fn = benchFunction(stack);
      const api = new apigw.RestApi(stack, 'Api', { cloudWatchRole: false }); // the account-wide CloudWatch role is not the integrations' cost
      const integration = new RestApiLambdaIntegration(fn);
      for (let i = 0; i < n; i++) {
        api.root.addResource(routeName(i)).addMethod('GET', integration);
      }
    },
    'l1': (stack, n) => {
      const fn = benchFunction(stack);
      const uri = lambdaInvocationUri(fn.functionArn);
      const api = restApiL1(stack, n, () => ({ type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri }));
      apiScopedPermission(stack, 'Permission', fn, api.ref, '*/*/*');
    },
  },
};
