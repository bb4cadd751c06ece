/**
 * ws-lambda: one WebSocket API + stage, N routes `route{i}`, each with its own `WebSocketLambdaIntegration`
 * to one shared Lambda function.
 *
 * - `aws-cdk-lib`: `WebSocketApi` + `WebSocketStage` (`prod`, auto-deploy). A WebSocketLambdaIntegration
 *   object binds (and grants) only once per API, so it cannot be shared across routes without leaving
 *   routes 1..N-1 without permission: one integration object per route, i.e. N AWS::ApiGatewayV2::Integration
 *   and N permissions. There is no `scopePermission...` option for WebSocket integrations in 2.276.0.
 * - `l1`: `CfnApi` (WEBSOCKET, `$request.body.action`), ONE `CfnIntegration` (AWS_PROXY) shared by the
 *   N `CfnRoute`s (valid for WebSocket APIs), `CfnStage` `prod` with auto-deploy, ONE `CfnPermission`.
 * - `library`: the same `WebSocketApi` + `WebSocketStage` as `aws-cdk-lib`, with ONE
 *   `WebSocketApiLambdaIntegration` shared by the N routes (validated per route key): one
 *   AWS::ApiGatewayV2::Integration and one permission per (function, API), the L1 floor's resources.
 */
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { WebSocketLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { WebSocketApiLambdaIntegration } from '../../src';
import { apiScopedPermission, benchFunction, lambdaInvocationUri, type Workload } from '../support';

const wsRoute = (i: number): string => `route${i}`;

export const wsLambda: Workload = {
  name: 'ws-lambda',
  description: 'WebSocket API, N routes route{i} -> one shared Lambda function',
  baseline: 'l1',
  variants: {
    'aws-cdk-lib': (stack, n) => {
      const fn = benchFunction(stack);
      const api = new apigwv2.WebSocketApi(stack, 'Api');
      new apigwv2.WebSocketStage(stack, 'Stage', { webSocketApi: api, stageName: 'prod', autoDeploy: true });
      for (let i = 0; i < n; i++) {
        api.addRoute(wsRoute(i), { integration: new WebSocketLambdaIntegration(`Integration${i}`, fn) });
      }
    },
    'library': (stack, n) => {
      const fn = benchFunction(stack);
      const api = new apigwv2.WebSocketApi(stack, 'Api');
      new apigwv2.WebSocketStage(stack, 'Stage', { webSocketApi: api, stageName: 'prod', autoDeploy: true });
      const integration = new WebSocketApiLambdaIntegration('Integration', fn);
      for (let i = 0; i < n; i++) {
        api.addRoute(wsRoute(i), { integration });
      }
    },
    'l1': (stack, n) => {
      const fn = benchFunction(stack);
      const api = new apigwv2.CfnApi(stack, 'Api', {
        name: 'Api',
        protocolType: 'WEBSOCKET',
        routeSelectionExpression: '$request.body.action',
      });
      new apigwv2.CfnStage(stack, 'Stage', { apiId: api.ref, stageName: 'prod', autoDeploy: true });
      const integration = new apigwv2.CfnIntegration(stack, 'Integration', {
        apiId: api.ref,
        integrationType: 'AWS_PROXY',
        integrationUri: lambdaInvocationUri(fn.functionArn),
      });
      for (let i = 0; i < n; i++) {
        new apigwv2.CfnRoute(stack, `Route${i}`, {
          apiId: api.ref,
          routeKey: wsRoute(i),
          authorizationType: 'NONE',
          target: `integrations/${integration.ref}`,
        });
      }
      apiScopedPermission(stack, 'Permission', fn, api.ref, '*/*');
    },
  },
};
