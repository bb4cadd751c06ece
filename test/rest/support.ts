import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { testStack } from '../support/common';

export { errorOf, fn, synth, warningAnnotations, warningOf } from '../support/common';

/** A stack with a Regional REST API in it. */
export function restStack(): { stack: Stack; api: apigw.RestApi } {
  const stack = testStack();
  const api = new apigw.RestApi(stack, 'Api', { endpointTypes: [apigw.EndpointType.REGIONAL], deploy: false, cloudWatchRole: false });
  return { stack, api };
}

/**
 * The policy documents of the roles this library created, which carry their grants inline (one
 * `Invoke` policy each); fails when a separate `AWS::IAM::Policy` was written instead.
 */
export function invokePolicies(t: Template): any[] {
  expect(t.findResources('AWS::IAM::Policy')).toEqual({});
  return Object.values(t.findResources('AWS::IAM::Role'))
    .flatMap((r: any) => r.Properties.Policies ?? [])
    .map((p: any) => {
      expect(p.PolicyName).toBe('Invoke');
      return p.PolicyDocument;
    });
}
