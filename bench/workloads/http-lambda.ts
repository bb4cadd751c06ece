/**
 * http-lambda: one HTTP API, N routes `GET /r{i}`, all on ONE shared `HttpLambdaIntegration` object
 * (so aws-cdk-lib creates a single AWS::ApiGatewayV2::Integration) and one shared Lambda function.
 *
 * - `aws-cdk-lib`: defaults: one `AWS::Lambda::Permission` per route, scoped to the route's path.
 * - `aws-cdk-lib-best`: `scopePermissionToRoute: false` (exists in aws-cdk-lib 2.276.0): one API-scoped permission.
 * - `library`: `HttpApiLambdaIntegration` defaults: one API-scoped permission.
 * - `l1`: `CfnApi` (HTTP), one `CfnIntegration` (AWS_PROXY, payload 2.0), N `CfnRoute`,
 *   `CfnStage` `$default` with auto-deploy (what HttpApi creates by default), ONE `CfnPermission`.
 */
import type { Stack } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration, type HttpLambdaIntegrationProps } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { HttpApiLambdaIntegration } from '../../src';
import { apiScopedPermission, benchFunction, routeName, type Workload } from '../support';

/**
 * Hand-written HTTP API shell: `CfnApi` + `CfnStage` `$default` (auto-deploy), plus N `CfnRoute`
 * `GET /r{i}`, route i targeting `integrationIdOf(i)`.
 */
export function httpApiL1(stack: Stack, n: number, integrationIdOf: (api: apigwv2.CfnApi, i: number) => string): apigwv2.CfnApi {
  const api = new apigwv2.CfnApi(stack, 'Api', { name: 'Api', protocolType: 'HTTP' });
  new apigwv2.CfnStage(stack, 'DefaultStage', { apiId: api.ref, stageName: '$default', autoDeploy: true });
  for (let i = 0; i < n; i++) {
    new apigwv2.CfnRoute(stack, `Route${i}`, {
      apiId: api.ref,
      routeKey: `GET /${routeName(i)}`,
      authorizationType: 'NONE',
      target: `integrations/${integrationIdOf(api, i)}`,
    });
  }
  return api;
}

function withCdkIntegration(stack: Stack, n: number, props: HttpLambdaIntegrationProps): void {
  const fn = benchFunction(stack);
  const api = new apigwv2.HttpApi(stack, 'Api');
  const integration = new HttpLambdaIntegration('Integration', fn, props);
  for (let i = 0; i < n; i++) {
    api.addRoutes({ path: `/${routeName(i)}`, methods: [apigwv2.HttpMethod.GET], integration });
  }
}

export const httpLambda: Workload = {
  name: 'http-lambda',
  description: 'HTTP API, N routes GET /r{i} -> one shared HttpLambdaIntegration / Lambda function',
  baseline: 'l1',
  variants: {
    'aws-cdk-lib': (stack, n) => withCdkIntegration(stack, n, {}),
    'aws-cdk-lib-best': (stack, n) => withCdkIntegration(stack, n, { scopePermissionToRoute: false }),
    'library': (stack, n) => {
      const fn = benchFunction(stack);
      const api = new apigwv2.HttpApi(stack, 'Api');
      const integration = new HttpApiLambdaIntegration('Integration', fn);
      for (let i = 0; i < n; i++) {
        api.addRoutes({ path: `/${routeName(i)}`, methods: [apigwv2.HttpMethod.GET], integration });
      }
    },
    'l1': (stack, n) => {
      const fn = benchFunction(stack);
      let integration: apigwv2.CfnIntegration | undefined;
      const api = httpApiL1(stack, n, (httpApi) => {
        integration ??= new apigwv2.CfnIntegration(stack, 'Integration', {
          apiId: httpApi.ref,
          integrationType: 'AWS_PROXY',
          integrationUri: fn.functionArn,
          payloadFormatVersion: '2.0',
        });
        return integration.ref;
      });
      apiScopedPermission(stack, 'Permission', fn, api.ref, '*/*/*');
    },
  },
};
