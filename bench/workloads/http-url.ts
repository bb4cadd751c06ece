/**
 * http-url: one HTTP API, N routes `GET /r{i}`, each with its own `HttpUrlIntegration` to
 * `https://example.com/r{i}` (N integrations). No Lambda function in this workload.
 */
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUrlIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { httpApiL1 } from './http-lambda';
import { HttpApiUrlIntegration } from '../../src';
import { routeName, routeUrl, type Workload } from '../support';

export const httpUrl: Workload = {
  name: 'http-url',
  description: 'HTTP API, N routes GET /r{i} -> HttpUrlIntegration https://example.com/r{i}',
  baseline: 'l1',
  variants: {
    'aws-cdk-lib': (stack, n) => {
      const api = new apigwv2.HttpApi(stack, 'Api');
      for (let i = 0; i < n; i++) {
        api.addRoutes({
          path: `/${routeName(i)}`,
          methods: [apigwv2.HttpMethod.GET],
          integration: new HttpUrlIntegration(`Integration${i}`, routeUrl(i)),
        });
      }
    },
    'library': (stack, n) => {
      const api = new apigwv2.HttpApi(stack, 'Api');
      for (let i = 0; i < n; i++) {
        api.addRoutes({
          path: `/${routeName(i)}`,
          methods: [apigwv2.HttpMethod.GET],
          integration: new HttpApiUrlIntegration(`Integration${i}`, routeUrl(i), { method: apigwv2.HttpMethod.ANY }),
        });
      }
    },
    // The same integration as HttpUrlIntegration's defaults (HTTP_PROXY, method ANY, payload 1.0).
    'l1': (stack, n) => {
      httpApiL1(stack, n, (api, i) => new apigwv2.CfnIntegration(stack, `Integration${i}`, {
        apiId: api.ref,
        integrationType: 'HTTP_PROXY',
        integrationMethod: 'ANY',
        integrationUri: routeUrl(i),
        payloadFormatVersion: '1.0',
      }).ref);
    },
  },
};
