import { Duration, Fn, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigatewayv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { masked, newStack, resourcesOf, sdkCall, statementsOf, synth } from './support';
import {
  BackendCredentials, RequestValue, RestApiIntegrationChange, RestApiIntegrationPatch,
  RestApiIntegrationPatchConnection, RestApiIntegrationPatchProps, RestApiIntegrationPatchTarget,
} from '../../src';
import { errorOf, warningOf } from '../support/common';

const TYPE = 'Custom::ApiGatewayIntegrationPatch';
const TARGET = RestApiIntegrationPatchTarget.fromIds('a1b2c3d4e5', 'res123', apigatewayv2.HttpMethod.GET);

type Extra = Partial<RestApiIntegrationPatchProps>;

function patch(stack: Stack, change: RestApiIntegrationChange, extra: Extra = {}): RestApiIntegrationPatch {
  return new RestApiIntegrationPatch(stack, 'Patch', { target: TARGET, change, ...extra });
}

function ops(change: RestApiIntegrationChange): unknown[] {
  const stack = newStack();
  patch(stack, change);
  return sdkCall(synth(stack), TYPE, 'Create').parameters.patchOperations;
}

test('snapshot: the custom resource and its least-privilege policy', () => {
  const stack = newStack();
  patch(stack, { timeout: Duration.seconds(10) });
  const template = synth(stack);
  expect(masked(template)).toMatchSnapshot();
});

describe('the handler call', () => {
  test('calls the REST UpdateIntegration on create and update, on the target', () => {
    const stack = newStack();
    patch(stack, { timeout: Duration.seconds(10) });
    const t = synth(stack);
    const create = sdkCall(t, TYPE, 'Create');
    expect(create).toMatchObject({ parameters: { restApiId: 'a1b2c3d4e5', resourceId: 'res123', httpMethod: 'GET' } });
    expect(sdkCall(t, TYPE, 'Update')).toEqual(create);
    Template.fromStack(stack).hasResourceProperties(TYPE, { Api: 'rest' });
  });

  test('one handler function per stack, inline (no asset, no npm download at deploy time)', () => {
    const stack = newStack();
    patch(stack, { timeout: Duration.seconds(10) });
    new RestApiIntegrationPatch(stack, 'Other', { target: TARGET, change: { timeout: Duration.seconds(11) } });
    const t = Template.fromStack(stack);
    t.resourceCountIs('AWS::Lambda::Function', 1);
    t.hasResourceProperties('AWS::Lambda::Function', { Code: { ZipFile: Match.stringLikeRegexp('exports.handler') } });
  });
});

describe('least privilege', () => {
  test('allows only apigateway:GET and apigateway:PATCH on this one integration, never on "*"', () => {
    const stack = newStack();
    patch(stack, { timeout: Duration.seconds(10) });
    const statements = statementsOf(synth(stack));
    expect(statements).toEqual([{
      Action: ['apigateway:GET', 'apigateway:PATCH'],
      Effect: 'Allow',
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':apigateway:eu-west-1::/restapis/a1b2c3d4e5/resources/res123/methods/GET/integration']] },
    }]);
    expect(JSON.stringify(statements)).not.toMatch(/"\*"/);
  });

  test('passes only the credentials role', () => {
    const stack = newStack();
    const role = iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/api');
    patch(stack, { credentials: BackendCredentials.fromRole(role) });
    expect(statementsOf(synth(stack))).toContainEqual({ Action: 'iam:PassRole', Effect: 'Allow', Resource: 'arn:aws:iam::123456789012:role/api' });
  });
});

describe('one test per change type', () => {
  test('timeout', () => {
    expect(ops({ timeout: Duration.millis(12_000) })).toEqual([{ op: 'replace', path: '/timeoutInMillis', value: '12000' }]);
  });
  test('URI', () => {
    expect(ops({ uri: 'https://example.com/orders' })).toEqual([{ op: 'replace', path: '/uri', value: 'https://example.com/orders' }]);
  });
  test('integration method', () => {
    expect(ops({ integrationHttpMethod: apigatewayv2.HttpMethod.POST })).toEqual([{ op: 'replace', path: '/httpMethod', value: 'POST' }]);
  });
  test('integration method: a string verb from a JavaScript, Python or Go caller is judged by the rule table', () => {
    expect(ops({ integrationHttpMethod: 'PUT' as apigatewayv2.HttpMethod })).toEqual([{ op: 'replace', path: '/httpMethod', value: 'PUT' }]);
    expect(errorOf(() => patch(newStack(), { integrationHttpMethod: 'FETCH' as apigatewayv2.HttpMethod }))).toMatch(/- IntegrationMethodNotSupported: .*"FETCH"/);
    expect(errorOf(() => patch(newStack(), { integrationHttpMethod: 7 as unknown as apigatewayv2.HttpMethod }))).toMatch(/- WrongType: change.integrationHttpMethod: expected/);
  });
  test('connection: a VPC link construct, by id only through fromVpcLinkId', () => {
    const stack = newStack();
    const link = apigateway.VpcLink.fromVpcLinkId(stack, 'Link', 'vl1234');
    const expected = [
      { op: 'replace', path: '/connectionType', value: 'VPC_LINK' },
      { op: 'replace', path: '/connectionId', value: 'vl1234' },
    ];
    expect(ops({ connection: RestApiIntegrationPatchConnection.vpcLink(link) })).toEqual(expected);
    expect(ops({ connection: RestApiIntegrationPatchConnection.fromVpcLinkId('vl1234') })).toEqual(expected);
  });
  test('connection: a VPC link v2 sends the load balancer as the integration target, as RestApiConnection.vpcLinkV2', () => {
    const stack = newStack();
    const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', { vpcId: 'vpc-1', availabilityZones: ['eu-west-1a'] });
    const link = apigatewayv2.VpcLink.fromVpcLinkAttributes(stack, 'Link', { vpcLinkId: 'vl2v2v2', vpc });
    const alb = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/web/50dc6c495c0c9188';
    const target = elbv2.NetworkLoadBalancer.fromNetworkLoadBalancerAttributes(stack, 'Nlb', { loadBalancerArn: alb });
    expect(ops({ connection: RestApiIntegrationPatchConnection.vpcLinkV2(link, target) })).toEqual([
      { op: 'replace', path: '/connectionType', value: 'VPC_LINK' },
      { op: 'replace', path: '/connectionId', value: 'vl2v2v2' },
      { op: 'replace', path: '/integrationTarget', value: alb },
    ]);
    expect(ops({ connection: RestApiIntegrationPatchConnection.stageVariable('link', target) })).toContainEqual({ op: 'replace', path: '/integrationTarget', value: alb });
    // a v1 link and the internet send no target
    expect(JSON.stringify(ops({ connection: RestApiIntegrationPatchConnection.fromVpcLinkId('vl1') }))).not.toContain('integrationTarget');
    expect(errorOf(() => RestApiIntegrationPatchConnection.vpcLinkV2(link, 'arn:alb' as unknown as elbv2.ILoadBalancerV2)))
      .toMatch(/- WrongType: target: expected/);
  });
  test('connection: a VPC link of this app is referenced, not copied', () => {
    const stack = newStack();
    const link = apigateway.VpcLink.fromVpcLinkId(stack, 'Link', Fn.importValue('LinkId'));
    patch(stack, { connection: RestApiIntegrationPatchConnection.vpcLink(link) });
    const apply = JSON.stringify(resourcesOf(Template.fromStack(stack).toJSON(), TYPE)[0].Properties.Apply);
    expect(apply).toContain('{"Fn::ImportValue":"LinkId"}');
  });
  test('connection: anything but a VPC link is our error, not a TypeError', () => {
    expect(errorOf(() => RestApiIntegrationPatchConnection.vpcLink('vl1234' as unknown as apigateway.IVpcLink)))
      .toMatch(/^\[RestApiIntegrationPatchConnection\.vpcLink\] RestApiIntegrationPatchConnection: 1 problem\n- WrongType: vpcLink: expected an IVpcLink/);
    expect(errorOf(() => patch(newStack(), { connection: { connectionType: 'VPC_LINK', connectionId: 'x' } as unknown as RestApiIntegrationPatchConnection })))
      .toMatch(/- WrongType: change.connection: expected a RestApiIntegrationPatchConnection/);
  });
  test('credentials: the caller\'s own', () => {
    const stack = newStack();
    patch(stack, { credentials: BackendCredentials.callerIdentity() });
    const raw = resourcesOf(Template.fromStack(stack).toJSON(), TYPE)[0].Properties.Apply;
    expect(JSON.stringify(raw)).toContain('{\\"op\\":\\"replace\\",\\"path\\":\\"/credentials\\",\\"value\\":\\"arn:');
    expect(JSON.stringify(raw)).toContain(':iam::*:user/*');
  });
  test('request parameters: headers, query strings and paths of RequestValue, as the REST integrations take them', () => {
    expect(ops({
      requestParameters: {
        add: { headers: { 'x-id': RequestValue.header('x-id') }, querystrings: { page: RequestValue.querystring('p') } },
        replace: { paths: { id: RequestValue.path('orderId') } },
        remove: { headers: ['x-debug'], querystrings: ['trace'] },
      },
    })).toEqual([
      { op: 'remove', path: '/requestParameters/integration.request.header.x-debug' },
      { op: 'remove', path: '/requestParameters/integration.request.querystring.trace' },
      { op: 'replace', path: '/requestParameters/integration.request.path.id', value: 'method.request.path.orderId' },
      { op: 'add', path: '/requestParameters/integration.request.header.x-id', value: 'method.request.header.x-id' },
      { op: 'add', path: '/requestParameters/integration.request.querystring.page', value: 'method.request.querystring.p' },
    ]);
  });
  test('request parameters: a raw destination key is our error (the old vocabulary), not a silent wrong patch', () => {
    const raw = { add: { 'integration.request.header.x-id': RequestValue.header('x-id') } } as unknown as RestApiIntegrationChange['requestParameters'];
    expect(errorOf(() => patch(newStack(), { requestParameters: raw }))).toMatch(/^\[Test\/Patch\] RestApiIntegrationPatch: 1 problem\n- WrongType: change.requestParameters.add takes headers, querystrings, paths, got "integration.request.header.x-id"/);
  });
  test('request templates', () => {
    expect(ops({ requestTemplates: { replace: { 'application/json': '{"id":"$input.params(\'id\')"}' } } })).toEqual([
      { op: 'replace', path: '/requestTemplates/application~1json', value: '{"id":"$input.params(\'id\')"}' },
    ]);
  });
  test('passthrough behavior', () => {
    expect(ops({ passthroughBehavior: apigateway.PassthroughBehavior.WHEN_NO_TEMPLATES })).toEqual([{ op: 'replace', path: '/passthroughBehavior', value: 'WHEN_NO_TEMPLATES' }]);
  });
  test('content handling', () => {
    expect(ops({ contentHandling: apigateway.ContentHandling.CONVERT_TO_BINARY })).toEqual([{ op: 'replace', path: '/contentHandling', value: 'CONVERT_TO_BINARY' }]);
  });
  test('cache namespace', () => {
    expect(ops({ cacheNamespace: 'orders' })).toEqual([{ op: 'replace', path: '/cacheNamespace', value: 'orders' }]);
  });
  test('cache key parameters', () => {
    expect(ops({ cacheKeyParameters: { add: [RequestValue.path('id')], remove: [RequestValue.header('x')] } })).toEqual([
      { op: 'remove', path: '/cacheKeyParameters/method.request.header.x' },
      { op: 'add', path: '/cacheKeyParameters/method.request.path.id', value: '' },
    ]);
  });
  test('cache key parameters: a raw name is our error, not a TypeError', () => {
    expect(errorOf(() => patch(newStack(), { cacheKeyParameters: { add: ['method.request.path.id' as unknown as RequestValue] } })))
      .toMatch(/- WrongType: change.cacheKeyParameters.add\[0\]: expected a RequestValue/);
  });
  test('TLS verification skipped, with the insecure warning', () => {
    const stack = newStack();
    patch(stack, { insecureSkipVerification: true });
    expect(sdkCall(synth(stack), TYPE, 'Create').parameters.patchOperations).toEqual([{ op: 'replace', path: '/tlsConfig/insecureSkipVerification', value: 'true' }]);
    Annotations.fromStack(stack).hasWarning('/Test/Patch', Match.stringLikeRegexp('^\\[TlsVerificationSkipped\\]'));
  });
});

describe('on delete', () => {
  test('restores what can be known: removes what was added, turns TLS verification back on', () => {
    const stack = newStack();
    patch(stack, { requestTemplates: { add: { 'application/json': '{}' } }, insecureSkipVerification: true, timeout: Duration.seconds(5) });
    expect(sdkCall(synth(stack), TYPE, 'Delete').parameters.patchOperations).toEqual([
      { op: 'replace', path: '/tlsConfig/insecureSkipVerification', value: 'false' },
      { op: 'remove', path: '/requestTemplates/application~1json' },
    ]);
  });

  test('makes no call when nothing can be restored', () => {
    const stack = newStack();
    patch(stack, { timeout: Duration.seconds(5) });
    expect(sdkCall(synth(stack), TYPE, 'Delete')).toBeUndefined();
  });

  test('applies the given restore change instead', () => {
    const stack = newStack();
    patch(stack, { timeout: Duration.seconds(5) }, { restoreOnDelete: { timeout: Duration.seconds(29) } });
    expect(sdkCall(synth(stack), TYPE, 'Delete').parameters.patchOperations).toEqual([{ op: 'replace', path: '/timeoutInMillis', value: '29000' }]);
  });
});

describe('redeploying a stage', () => {
  test('creates a deployment of that stage after the patch, allowed only apigateway:POST on the API\'s deployments', () => {
    const stack = newStack();
    patch(stack, { timeout: Duration.seconds(5) }, { redeployStage: 'prod' });
    const t = synth(stack);
    expect(sdkCall(t, 'Custom::ApiGatewayIntegrationPatchDeployment', 'Create')).toMatchObject({
      parameters: { restApiId: 'a1b2c3d4e5', stageName: 'prod' },
    });
    expect(statementsOf(t)).toContainEqual({
      Action: 'apigateway:POST',
      Effect: 'Allow',
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':apigateway:eu-west-1::/restapis/a1b2c3d4e5/deployments']] },
    });
    const [deployment] = resourcesOf(t, 'Custom::ApiGatewayIntegrationPatchDeployment');
    const [update] = Object.entries(t.Resources as Record<string, { Type: string }>).filter(([, r]) => r.Type === TYPE);
    expect(deployment.DependsOn).toContain(update[0]);
  });

  test('deploys again when the patch changes', () => {
    const version = (seconds: number) => {
      const stack = newStack();
      patch(stack, { timeout: Duration.seconds(seconds) }, { redeployStage: 'prod' });
      return resourcesOf(synth(stack), 'Custom::ApiGatewayIntegrationPatchDeployment')[0].Properties.UpdateVersion;
    };
    expect(version(5)).toEqual(version(5));
    expect(version(5)).not.toEqual(version(6));
  });
});

describe('a method of this app', () => {
  function methodStack(type: 'HTTP' | 'MOCK', uri = 'https://a.example'): { stack: Stack; method: apigateway.Method } {
    const stack = newStack();
    const api = new apigateway.RestApi(stack, 'Api');
    const integration = type === 'HTTP' ? new apigateway.HttpIntegration(uri) : new apigateway.MockIntegration();
    const method = api.root.addMethod('GET', integration);
    return { stack, method };
  }

  test('a VPC link v2 with its target passes the rule table on an HTTP method (IntegrationTargetInvalid)', () => {
    const { stack, method } = methodStack('HTTP');
    const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', { vpcId: 'vpc-1', availabilityZones: ['eu-west-1a'] });
    const link = apigatewayv2.VpcLink.fromVpcLinkAttributes(stack, 'Link', { vpcLinkId: 'vl2v2v2', vpc });
    const nlb = elbv2.NetworkLoadBalancer.fromNetworkLoadBalancerAttributes(stack, 'Nlb', {
      loadBalancerArn: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/web/50dc6c495c0c9188',
    });
    const target = RestApiIntegrationPatchTarget.fromMethod(method);
    new RestApiIntegrationPatch(stack, 'Patch', { target, change: { connection: RestApiIntegrationPatchConnection.vpcLinkV2(link, nlb) } });
    expect(Annotations.fromStack(stack).findError('*', Match.anyValue())).toEqual([]);
    synth(stack);
  });

  test('targets the method and runs after it', () => {
    const { stack, method } = methodStack('HTTP');
    new RestApiIntegrationPatch(stack, 'Patch', { target: RestApiIntegrationPatchTarget.fromMethod(method), change: { timeout: Duration.seconds(3) } });
    const t = synth(stack);
    const create = sdkCall(t, TYPE, 'Create');
    expect(create.parameters.httpMethod).toBe('GET');
    const [cr] = resourcesOf(t, TYPE);
    expect(cr.Properties.IntegrationVersion.Method).toEqual({ Ref: stack.getLogicalId(method.node.defaultChild as apigateway.CfnMethod) });
  });

  test('runs again when CloudFormation changes the method\'s integration (which drops the patch)', () => {
    const version = (uri: string) => {
      const { stack, method } = methodStack('HTTP', uri);
      new RestApiIntegrationPatch(stack, 'Patch', { target: RestApiIntegrationPatchTarget.fromMethod(method), change: { insecureSkipVerification: true } });
      return resourcesOf(synth(stack), TYPE)[0].Properties.IntegrationVersion;
    };
    expect(version('https://a.example')).toEqual(version('https://a.example'));
    expect(version('https://a.example')).not.toEqual(version('https://b.example'));
  });

  test('judges the integration as it will be after the patch: the method\'s type with the new URI', () => {
    const { stack, method } = methodStack('HTTP');
    expect(errorOf(() => new RestApiIntegrationPatch(stack, 'Patch', { target: RestApiIntegrationPatchTarget.fromMethod(method), change: { uri: 'ftp://files.example.com' } })))
      .toMatch(/^\[Test\/Patch\] RestApiIntegrationPatch: 1 problem\n- IntegrationUriNotHttpUrl: /);
  });

  test('judges maps and cache keys merged with the method\'s own', () => {
    const stack = newStack();
    const api = new apigateway.RestApi(stack, 'Api');
    const method = api.root.addMethod('GET', new apigateway.HttpIntegration('https://a.example', {
      options: {
        requestTemplates: { 'application/json': '{}', 'text/plain': 'x' },
        cacheKeyParameters: ['method.request.path.id', 'method.request.header.x'],
      },
    }), { requestParameters: { 'method.request.path.id': true, 'method.request.header.x': false, 'method.request.querystring.q': false } }); // cache keys must be declared (C34)
    const patched = new RestApiIntegrationPatch(stack, 'Patch', {
      target: RestApiIntegrationPatchTarget.fromMethod(method),
      change: {
        requestTemplates: { remove: ['text/plain'], add: { 'application/xml': '<a/>' } },
        cacheKeyParameters: { remove: [RequestValue.header('x')], add: [RequestValue.querystring('q')] },
        connection: RestApiIntegrationPatchConnection.internet(),
      },
    });
    expect(patched.node.path).toBe('Test/Patch');
    expect(sdkCall(synth(stack), TYPE, 'Create').parameters.patchOperations.map((o: { op: string; path: string }) => `${o.op} ${o.path}`)).toEqual([
      'replace /connectionType', 'replace /connectionId',
      'remove /requestTemplates/text~1plain', 'add /requestTemplates/application~1xml',
      'remove /cacheKeyParameters/method.request.header.x', 'add /cacheKeyParameters/method.request.querystring.q',
    ]);
  });

  test('warns when TLS verification is skipped on a non-HTTP integration, where it has no effect (C23)', () => {
    const { stack, method } = methodStack('MOCK');
    expect(warningOf(() => new RestApiIntegrationPatch(stack, 'Patch', { target: RestApiIntegrationPatchTarget.fromMethod(method), change: { insecureSkipVerification: true } })))
      .toMatch(/\/Test\/Patch: \[TlsSkipVerificationNotHttp\] .*"MOCK"/);
  });
});

describe('validation through the rule table', () => {
  test('fails when the timeout is out of range (C21)', () => {
    expect(errorOf(() => patch(newStack(), { timeout: Duration.millis(10) }))).toMatch(/^\[Test\/Patch\] RestApiIntegrationPatch: 1 problem\n- TimeoutOutOfRange: .*10 ms/);
  });

  test('fails when the credentials are not an ARN (C10)', () => {
    const stack = newStack();
    const role = iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:user/alice');
    expect(errorOf(() => patch(stack, { credentials: BackendCredentials.fromRole(role) }))).toMatch(/- CredentialsNotArn: /);
  });

  test('warns when the timeout needs a raised quota', () => {
    const stack = newStack();
    patch(stack, { timeout: Duration.seconds(60) });
    Annotations.fromStack(stack).hasWarning('/Test/Patch', Match.stringLikeRegexp('^\\[TimeoutAboveDefaultQuota\\]'));
  });

  test('fails when a patch changes nothing', () => {
    expect(errorOf(() => patch(newStack(), {}))).toMatch(/- PatchChangeEmpty: a patch must change something/);
  });

  test('fails when asked to create a credentials role', () => {
    expect(errorOf(() => patch(newStack(), { credentials: BackendCredentials.createRole() }))).toMatch(/- PatchChangeConflict: a patch cannot create a role/);
  });

  test('a wrong runtime type in the restore change is our error, naming restoreOnDelete', () => {
    const restoreOnDelete = { cacheKeyParameters: { remove: ['method.request.path.id'] } } as unknown as RestApiIntegrationChange;
    expect(errorOf(() => patch(newStack(), { timeout: Duration.seconds(5) }, { restoreOnDelete })))
      .toMatch(/- WrongType: restoreOnDelete.cacheKeyParameters.remove\[0\]: expected a RequestValue/);
  });

  test('fails when the restore change is invalid', () => {
    expect(errorOf(() => patch(newStack(), { timeout: Duration.seconds(5) }, { restoreOnDelete: { timeout: Duration.millis(1) } }))).toMatch(/TimeoutOutOfRange/);
  });
});
