/**
 * rest-http: one REST API, N methods `GET /r{i}`, each an HTTP proxy integration to `https://example.com/r{i}`.
 * No Lambda function in this workload.
 */
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { restApiL1 } from './rest-lambda';
import { RestApiHttpIntegration } from '../../src';
import { routeName, routeUrl, type Workload } from '../support';

export const restHttp: Workload = {
  name: 'rest-http',
  description: 'REST API, N methods GET /r{i} -> HTTP_PROXY https://example.com/r{i}',
  baseline: 'l1',
  variants: {
    'aws-cdk-lib': (stack, n) => {
      const api = new apigw.RestApi(stack, 'Api', { cloudWatchRole: false }); // the account-wide CloudWatch role is not the integrations' cost
      for (let i = 0; i < n; i++) {
        api.root.addResource(routeName(i)).addMethod('GET', new apigw.HttpIntegration(routeUrl(i)));
      }
    },
    'library': (stack, n) => {
      const api = new apigw.RestApi(stack, 'Api', { cloudWatchRole: false }); // the account-wide CloudWatch role is not the integrations' cost
      for (let i = 0; i < n; i++) {
        api.root.addResource(routeName(i)).addMethod('GET', new RestApiHttpIntegration(routeUrl(i)));
      }
    },
    // The same integration as HttpIntegration's defaults (proxy: true, httpMethod: GET).
    'l1': (stack, n) => {
      restApiL1(stack, n, (i) => ({ type: 'HTTP_PROXY', integrationHttpMethod: 'GET', uri: routeUrl(i) }));
    },
  },
};
