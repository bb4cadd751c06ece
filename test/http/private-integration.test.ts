import { Stack } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as servicediscovery from 'aws-cdk-lib/aws-servicediscovery';
import { errorOf, integrationProps, route, setup, synth } from './support';
import { HttpApiPrivateIntegration, HttpApiRequestParameter, RequestValue } from '../../src';

function network(stack: Stack) {
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const alb = new elbv2.ApplicationLoadBalancer(stack, 'Alb', { vpc });
  const listener = alb.addListener('Listener', { port: 80, defaultAction: elbv2.ListenerAction.fixedResponse(200) });
  return { vpc, listener };
}

describe('HttpApiPrivateIntegration', () => {
  test('snapshot', () => {
    const { stack, api } = setup();
    const listener = elbv2.ApplicationListener.fromApplicationListenerAttributes(stack, 'Listener', {
      listenerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/1234567890abcdef/1234567890abcdef',
      securityGroup: ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-12345678'),
    });
    const vpcLink = apigwv2.VpcLink.fromVpcLinkAttributes(stack, 'Link', { vpcLinkId: 'abc123', vpc: ec2.Vpc.fromVpcAttributes(stack, 'Vpc', { vpcId: 'vpc-1', availabilityZones: ['us-east-1a'] }) });
    route(api, '/internal', HttpApiPrivateIntegration.albListener('Internal', listener, { vpcLink }));
    expect(synth(stack).toJSON()).toMatchSnapshot();
  });

  test('an ALB listener: HTTP_PROXY over a VPC link created once per API and VPC, method ANY, payload 1.0', () => {
    const { stack, api } = setup();
    const { listener } = network(stack);
    route(api, '/a', HttpApiPrivateIntegration.albListener('A', listener));
    route(api, '/b', HttpApiPrivateIntegration.albListener('B', listener));
    const t = synth(stack);
    t.resourceCountIs('AWS::ApiGatewayV2::VpcLink', 1);
    t.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'HTTP_PROXY', ConnectionType: 'VPC_LINK', IntegrationMethod: 'ANY', PayloadFormatVersion: '1.0', IntegrationUri: stack.resolve(listener.listenerArn),
    });
  });

  test('an NLB listener with a given VPC link and a TLS server name', () => {
    const { stack, api } = setup();
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 1 });
    const nlb = new elbv2.NetworkLoadBalancer(stack, 'Nlb', { vpc });
    const listener = nlb.addListener('Listener', { port: 443, defaultTargetGroups: [new elbv2.NetworkTargetGroup(stack, 'Tg', { vpc, port: 443 })] });
    const vpcLink = new apigwv2.VpcLink(stack, 'Link', { vpc });
    route(api, '/n', HttpApiPrivateIntegration.nlbListener('N', listener, { vpcLink, serverNameToVerify: 'backend.example.com' }));
    const t = synth(stack);
    t.resourceCountIs('AWS::ApiGatewayV2::VpcLink', 1);
    expect(integrationProps(t)).toMatchObject({ ConnectionId: stack.resolve(vpcLink.vpcLinkId), TlsConfig: { ServerNameToVerify: 'backend.example.com' } });
  });

  test('a Cloud Map service with attribute filters', () => {
    const { stack, api } = setup();
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 1 });
    const ns = new servicediscovery.PrivateDnsNamespace(stack, 'Ns', { name: 'local', vpc });
    const service = ns.createService('Svc', { dnsRecordType: servicediscovery.DnsRecordType.SRV });
    route(api, '/svc', HttpApiPrivateIntegration.cloudMapService('Svc', service, { vpc, attributeFilters: { stage: 'prod' } }));
    const uri = integrationProps(synth(stack)).IntegrationUri;
    expect(uri).toEqual({ 'Fn::Join': ['', [stack.resolve(service.serviceArn), '?stage=prod']] });
  });

  test('stripStagePrefix overwrites the path with $request.path', () => {
    const { stack, api } = setup();
    route(api, '/a', HttpApiPrivateIntegration.albListener('A', network(stack).listener, { stripStagePrefix: true }));
    expect(integrationProps(synth(stack)).RequestParameters).toEqual({ 'overwrite:path': '$request.path' });
  });

  test('fails when no VPC link can be found or made (an imported listener, no vpc)', () => {
    const { stack, api } = setup();
    const listener = elbv2.ApplicationListener.fromApplicationListenerAttributes(stack, 'Imported', {
      listenerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/1234567890abcdef/1234567890abcdef',
      securityGroup: ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-12345678'),
    });
    expect(errorOf(() => route(api, '/a', HttpApiPrivateIntegration.albListener('A', listener)))).toMatch(/^\[Test\/Api\/POST--a\] HttpApiPrivateIntegration: 1 problem\n- VpcLinkRequired: /);
  });

  test('fails when stripStagePrefix and an overwritten path are both given', () => {
    const { stack, api } = setup();
    const { listener } = network(stack);
    expect(errorOf(() => route(api, '/a', HttpApiPrivateIntegration.albListener('A', listener, {
      stripStagePrefix: true, requestParameters: [HttpApiRequestParameter.overwritePath(RequestValue.literal('/x'))],
    })))).toMatch(/- RequestParameterDuplicated: .*stripStagePrefix/);
  });
});
