import { Duration, Lazy, Stack } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigatewayv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as fc from 'fast-check';
import { newStack, resourcesOf, sdkCall, statementsOf, synth } from './support';
import {
  HttpApiIntegrationPatch, BackendCredentials, RequestValue, RestApiIntegrationPatch, RestApiIntegrationPatchTarget,
  RestApiLambdaIntegration, RestApiMockIntegration, RestApiSqsIntegration, WebSocketApiIntegrationPatch,
} from '../../src';
import { VALIDATION_ERROR_NAME } from '../../src/core/errors';
import { errorAnnotations } from '../support/common';

/**
 * The patch constructs against hostile and tricky input: ids that would widen the policy,
 * token names in JSON-pointer paths, the order of a method's patch and its API's deployment,
 * and patches of this library's own non-proxy integrations.
 */

const TYPE = 'Custom::ApiGatewayIntegrationPatch';
const { GET, POST } = apigatewayv2.HttpMethod;
/** A verb as a JavaScript, Python or Go caller may pass it: any string. */
const verb = (m: string) => m as apigatewayv2.HttpMethod;
const SEED = Number(process.env.FC_SEED ?? 20261203);
const RUNS = Number(process.env.FC_RUNS ?? 100);

function errorOf(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('did not throw');
}

describe('target ids (no "*" reachable in a policy)', () => {
  test('fromIds("*", "*", "*") is refused with our error', () => {
    const e = errorOf(() => RestApiIntegrationPatchTarget.fromIds('*', '*', verb('*')));
    expect(e.name).toBe(VALIDATION_ERROR_NAME);
    expect(e.message).toMatch(/^\[RestApiIntegrationPatchTarget\.fromIds\] RestApiIntegrationPatchTarget: 1 problem\n- PatchTargetIdInvalid: the REST API id must be an API Gateway id/);
  });

  test.each([
    ['a1b2c3d4e5', 'res123', 'GET/../../*'],
    ['a1b2c3d4e5', 'res123', '*'],
    ['a1b2c3d4e5', '../..', 'GET'],
    ['a1b2c3d4e5', 'res123/methods', 'GET'],
    ['A1B2C3D4E5', 'res123', 'GET'],
    ['', 'res123', 'GET'],
    ['a1b2c3d4e5x', 'res123', 'GET'],
  ])('fromIds(%j, %j, %j) is refused', (api, resource, method) => {
    expect(errorOf(() => RestApiIntegrationPatchTarget.fromIds(api, resource, verb(method))).message).toMatch(/- PatchTargetIdInvalid: /);
  });

  test('a wrong runtime type is our error, not a TypeError', () => {
    const e = errorOf(() => RestApiIntegrationPatchTarget.fromIds(null as unknown as string, 'res123', 7 as unknown as apigatewayv2.HttpMethod));
    expect(e.name).toBe(VALIDATION_ERROR_NAME);
    expect(e.message).toContain('got a null');
  });

  test('real ids pass, in any case for the verb', () => {
    const t = RestApiIntegrationPatchTarget.fromIds('a1b2c3d4e5', 'avl5sg8fw8', verb('any'));
    expect(t.httpMethod).toBe('ANY');
  });

  test.each([
    [{ apiId: '*', integrationId: '*' }],
    [{ apiId: 'a1b2c3d4e5', integrationId: '*' }],
    [{ apiId: 'a1b2c3d4e5/..', integrationId: 'abc1234' }],
  ])('HttpApiIntegrationPatch and WebSocketApiIntegrationPatch refuse %j', ids => {
    expect(errorOf(() => new HttpApiIntegrationPatch(newStack(), 'P', { ...ids, change: { description: 'x' }, redeployStage: 'live' })).message)
      .toMatch(/^\[Test\/P\] HttpApiIntegrationPatch: 1 problem\n- PatchTargetIdInvalid: /);
    expect(errorOf(() => new WebSocketApiIntegrationPatch(newStack(), 'P', { ...ids, change: { description: 'x' } })).message)
      .toMatch(/- PatchTargetIdInvalid: /);
  });

  test('tokens pass unjudged (an API of this app)', () => {
    const stack = newStack();
    const api = new apigateway.RestApi(stack, 'Api');
    api.root.addMethod('GET');
    new RestApiIntegrationPatch(stack, 'P', {
      target: RestApiIntegrationPatchTarget.fromIds(api.restApiId, api.root.resourceId, GET),
      change: { timeout: Duration.seconds(3) },
    });
    expect(sdkCall(synth(stack), TYPE, 'Create').parameters.restApiId).toEqual({ Ref: stack.getLogicalId(api.node.defaultChild as apigateway.CfnRestApi) });
  });

  test('property: no generated IAM statement has a Resource with "*" unless it comes from a token', () => {
    const id = fc.oneof(fc.stringMatching(/^[a-z0-9]{1,10}$/), fc.string({ maxLength: 12 }), fc.constantFrom('*', '..', 'a/b', 'a*', '?'));
    const method = fc.oneof(fc.constantFrom('GET', 'post', 'ANY', '*', 'GET/../*'), fc.string({ maxLength: 6 }));
    fc.assert(fc.property(id, id, method, fc.boolean(), fc.boolean(), (a, b, m, v2, redeploy) => {
      const stack = newStack();
      try {
        if (v2) {
          new HttpApiIntegrationPatch(stack, 'P', { apiId: a, integrationId: b, change: { description: 'x' }, redeployStage: redeploy ? 'live' : undefined });
        } else {
          new RestApiIntegrationPatch(stack, 'P', {
            target: RestApiIntegrationPatchTarget.fromIds(a, b, verb(m)),
            change: { timeout: Duration.seconds(3) },
            redeployStage: redeploy ? 'prod' : undefined,
          });
        }
      } catch (e) {
        if ((e as Error).name !== VALIDATION_ERROR_NAME) throw e;
        return;
      }
      const resources = statementsOf(synth(stack)).flatMap(s => [s.Resource].flat());
      for (const r of resources) expect(JSON.stringify(Stack.of(stack).resolve(r))).not.toMatch(/\*|\.\./);
    }), { seed: SEED, numRuns: RUNS });
  });

  test('the caller-credentials ARN is the one "*" a patch passes, and it is a value, never a policy resource', () => {
    const stack = newStack();
    new RestApiIntegrationPatch(stack, 'P', {
      target: RestApiIntegrationPatchTarget.fromIds('a1b2c3d4e5', 'res123', GET),
      change: { credentials: BackendCredentials.callerIdentity() },
    });
    expect(JSON.stringify(statementsOf(synth(stack)))).not.toContain('*');
  });
});

describe('names in JSON-pointer paths', () => {
  test('a token content type is refused (it could not be RFC 6901-escaped at synth)', () => {
    const name = Lazy.string({ produce: () => 'application/json' });
    const e = errorOf(() => new RestApiIntegrationPatch(newStack(), 'P', {
      target: RestApiIntegrationPatchTarget.fromIds('a1b2c3d4e5', 'res123', GET),
      change: { requestTemplates: { add: { [name]: '{}' } } },
    }));
    expect(e.message).toMatch(/- MapKeyIsToken: /);
  });

  test.each([
    [{ requestParameters: { remove: { headers: [Lazy.string({ produce: () => 'x' })] } } }],
    [{ requestParameters: { add: { querystrings: { [Lazy.string({ produce: () => 'x' })]: RequestValue.context('requestId') } } } }],
    [{ cacheKeyParameters: { add: [RequestValue.header(Lazy.string({ produce: () => 'x' }))] } }],
    [{ requestTemplates: { addPassthrough: [Lazy.string({ produce: () => 'x' })] } }],
  ])('token names are refused everywhere: %#', change => {
    expect(errorOf(() => new RestApiIntegrationPatch(newStack(), 'P', {
      target: RestApiIntegrationPatchTarget.fromIds('a1b2c3d4e5', 'res123', GET), change,
    })).message).toMatch(/- MapKeyIsToken: /);
  });
});

describe('request templates with no body (input passthrough)', () => {
  test('add and replace without a value, escaped; added ones removed on delete', () => {
    const stack = newStack();
    new RestApiIntegrationPatch(stack, 'P', {
      target: RestApiIntegrationPatchTarget.fromIds('a1b2c3d4e5', 'res123', POST),
      change: { requestTemplates: { addPassthrough: ['application/json'], replaceWithPassthrough: ['text/plain'] } },
    });
    const t = synth(stack);
    expect(sdkCall(t, TYPE, 'Create').parameters.patchOperations).toEqual([
      { op: 'replace', path: '/requestTemplates/text~1plain' },
      { op: 'add', path: '/requestTemplates/application~1json' },
    ]);
    expect(sdkCall(t, TYPE, 'Delete').parameters.patchOperations).toEqual([{ op: 'remove', path: '/requestTemplates/application~1json' }]);
  });

  test('a content type under both add and addPassthrough is refused', () => {
    expect(errorOf(() => new RestApiIntegrationPatch(newStack(), 'P', {
      target: RestApiIntegrationPatchTarget.fromIds('a1b2c3d4e5', 'res123', POST),
      change: { requestTemplates: { add: { 'application/json': '{}' }, addPassthrough: ['application/json'] } },
    })).message).toMatch(/- PatchChangeConflict: .*"application\/json" under both add and addPassthrough/);
  });
});

describe('a method of this app: the stage serves the patch', () => {
  function appMethod(deploy = true) {
    const stack = newStack();
    const api = new apigateway.RestApi(stack, 'Api', { deploy });
    const method = api.root.addMethod('GET', new apigateway.HttpIntegration('https://a.example'));
    return { stack, api, method };
  }

  test('the API\'s deployment depends on the patch and is replaced when the change changes', () => {
    const deploymentOf = (seconds: number) => {
      const { stack, method } = appMethod();
      const patch = new RestApiIntegrationPatch(stack, 'P', { target: RestApiIntegrationPatchTarget.fromMethod(method), change: { timeout: Duration.seconds(seconds) } });
      const t = synth(stack);
      const [id, deployment] = Object.entries(t.Resources as Record<string, { Type: string; DependsOn?: string[] }>).find(([, r]) => r.Type === 'AWS::ApiGateway::Deployment')!;
      expect(deployment.DependsOn).toContain(stack.getLogicalId(patch.node.findChild('Update').node.defaultChild as never));
      return id;
    };
    expect(deploymentOf(3)).toBe(deploymentOf(3));
    expect(deploymentOf(3)).not.toBe(deploymentOf(4));
  });

  test('redeployStage runs after the API\'s own stage, never racing it', () => {
    const { stack, api, method } = appMethod();
    new RestApiIntegrationPatch(stack, 'P', { target: RestApiIntegrationPatchTarget.fromMethod(method), change: { timeout: Duration.seconds(3) }, redeployStage: 'prod' });
    const [deploy] = resourcesOf(synth(stack), 'Custom::ApiGatewayIntegrationPatchDeployment');
    expect(deploy.DependsOn).toContain(stack.getLogicalId(api.deploymentStage.node.defaultChild as apigateway.CfnStage));
  });

  test('an API that does not deploy itself gets no dependency (nothing to order)', () => {
    const { stack, method } = appMethod(false);
    new RestApiIntegrationPatch(stack, 'P', { target: RestApiIntegrationPatchTarget.fromMethod(method), change: { timeout: Duration.seconds(3) } });
    expect(resourcesOf(synth(stack), 'AWS::ApiGateway::Deployment')).toHaveLength(0);
  });
});

describe('fromMethod on this library\'s own non-proxy integrations (judged at synth, with their method responses)', () => {
  function patchOf(integration: apigateway.Integration, stack: Stack) {
    const api = new apigateway.RestApi(stack, 'Api');
    const method = api.root.addResource('r').addMethod('POST', integration);
    new RestApiIntegrationPatch(stack, 'P', { target: RestApiIntegrationPatchTarget.fromMethod(method), change: { timeout: Duration.seconds(5) } });
    return sdkCall(synth(stack), TYPE, 'Create').parameters.patchOperations;
  }
  const timeout = [{ op: 'replace', path: '/timeoutInMillis', value: '5000' }];

  test('RestApiSqsIntegration.sendMessage', () => {
    const stack = newStack();
    expect(patchOf(RestApiSqsIntegration.sendMessage(new sqs.Queue(stack, 'Q')), stack)).toEqual(timeout);
  });

  test('RestApiLambdaIntegration({ proxy: false })', () => {
    const stack = newStack();
    const fn = new lambda.Function(stack, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler=async()=>({})') });
    expect(patchOf(new RestApiLambdaIntegration(fn, { proxy: false }), stack)).toEqual(timeout);
  });

  test('RestApiMockIntegration', () => {
    const stack = newStack();
    expect(patchOf(new RestApiMockIntegration(), stack)).toEqual(timeout);
  });

  test('a real finding is still reported, at synth, naming the patch', () => {
    const stack = newStack();
    expect(() => patchOf(new RestApiMockIntegration(), stack)).not.toThrow();
    const bad = newStack();
    const api = new apigateway.RestApi(bad, 'Api');
    const method = api.root.addMethod('POST', new RestApiMockIntegration());
    new RestApiIntegrationPatch(bad, 'P', { target: RestApiIntegrationPatchTarget.fromMethod(method), change: { timeout: Duration.millis(10) } });
    expect(errorAnnotations(bad).join('\n')).toMatch(/\[Test\/P\] RestApiIntegrationPatch: 1 problem\n- TimeoutOutOfRange: /);
  });
});

describe('the handler\'s role', () => {
  test('each patch adds its own policy (GET and PATCH on its integration) to the one handler role', () => {
    const stack = newStack();
    for (const [id, res] of [['A', 'resaaa'], ['B', 'resbbb']]) {
      new RestApiIntegrationPatch(stack, id, { target: RestApiIntegrationPatchTarget.fromIds('a1b2c3d4e5', res, GET), change: { timeout: Duration.seconds(3) } });
    }
    const t = synth(stack);
    expect(resourcesOf(t, 'AWS::IAM::Role')).toHaveLength(1);
    expect(resourcesOf(t, 'AWS::IAM::Policy')).toHaveLength(2);
    const arns = statementsOf(t).map(s => JSON.stringify(s.Resource));
    expect(arns.some(a => a.includes('/resources/resaaa/'))).toBe(true);
    expect(arns.some(a => a.includes('/resources/resbbb/'))).toBe(true);
  });

  test('passes only the credentials role it sets', () => {
    const stack = newStack();
    const role = iam.Role.fromRoleArn(stack, 'R', 'arn:aws:iam::123456789012:role/api');
    new HttpApiIntegrationPatch(stack, 'P', { apiId: 'a1b2c3d4e5', integrationId: 'abc1234', change: { credentials: BackendCredentials.fromRole(role) } });
    expect(statementsOf(synth(stack))).toContainEqual({ Action: 'iam:PassRole', Effect: 'Allow', Resource: 'arn:aws:iam::123456789012:role/api' });
  });
});
