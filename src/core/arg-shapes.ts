import * as iam from 'aws-cdk-lib/aws-iam';
import { instance, resource, resourceWithOneOf, Shape } from './shape';
import { AwsServiceUri } from '../mapping/aws-service-uri';
import { BackendCredentials } from '../mapping/credentials';
import { RequestValue } from '../mapping/request-value';
import { ResponseValue } from '../mapping/response-value';

/**
 * Runtime shapes of the values every kind's entry points share: the mapping vocabulary and the
 * resources given by interface (recognised by the members the library reads).
 */
export const requestValue: Shape = instance(RequestValue, 'RequestValue');
export const responseValue: Shape = instance(ResponseValue, 'ResponseValue');
export const credentials: Shape = instance(BackendCredentials, 'BackendCredentials');
export const awsServiceUri: Shape = instance(AwsServiceUri, 'AwsServiceUri');
export const policyStatement: Shape = instance(iam.PolicyStatement, 'iam.PolicyStatement');

export const R = {
  construct: resource('Construct', 'node'),
  function: resource('IFunction', 'node', 'functionArn', 'grantInvoke'),
  table: resource('ITable', 'node', 'tableName', 'tableArn'),
  eventBus: resource('IEventBus', 'node', 'eventBusArn', 'grantPutEventsTo'),
  stream: resource('IStream', 'node', 'streamName', 'streamArn'),
  bucket: resource('IBucket', 'node', 'bucketName', 'bucketArn'),
  topic: resource('ITopic', 'node', 'topicArn'),
  queue: resource('IQueue', 'node', 'queueArn', 'queueUrl'),
  stateMachine: resource('IStateMachine', 'node', 'stateMachineArn'),
  appConfigEnvironment: resource('appconfig.IEnvironment', 'node', 'environmentId'),
  appConfigConfiguration: resource('appconfig.IConfiguration', 'node', 'configurationProfileId', 'application'),
  listener: resource('listener (IApplicationListener or INetworkListener)', 'node', 'listenerArn'),
  cloudMapService: resource('servicediscovery.IService', 'node', 'serviceArn'),
  vpcLink: resource('IVpcLink', 'node', 'vpcLinkId'),
  vpc: resource('ec2.IVpc', 'node', 'vpcId'),
  // older aws-cdk-lib load balancers have no loadBalancerRef; newer references may have only it
  loadBalancer: resourceWithOneOf('ILoadBalancerV2', 'loadBalancerArn', 'loadBalancerRef'),
  webSocketApi: resource('IWebSocketApi', 'node', 'apiId'),
};
