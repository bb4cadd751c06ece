import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { throwUsageError } from './errors';

/**
 * Readers and grants that work the same on every aws-cdk-lib in the peer range (the floor, 2.200.0,
 * up to the latest). INTERNAL. Each helper says which newer API it stands in for; when the floor
 * passes that release, call the newer API directly and delete the helper.
 */

/**
 * The ARN of a load balancer. Stands in for `loadBalancerRef.loadBalancerArn` (aws-cdk-lib ≥ 2.22x's
 * reference interfaces): on the floor `ILoadBalancerV2` carries no ARN. Reads `loadBalancerArn`
 * where the object has it (the load balancers aws-cdk-lib makes, new or imported, had it up to
 * 2.276 at least), else the reference's ARN.
 */
export function loadBalancerArnOf(lb: elbv2.ILoadBalancerV2): string {
  if ('loadBalancerArn' in lb && typeof lb.loadBalancerArn === 'string') return lb.loadBalancerArn;
  const ref: unknown = 'loadBalancerRef' in lb ? lb.loadBalancerRef : undefined;
  if (typeof ref === 'object' && ref !== null && 'loadBalancerArn' in ref && typeof ref.loadBalancerArn === 'string') {
    return ref.loadBalancerArn;
  }
  return throwUsageError(lb.node.path, 'RestApiConnection', {
    code: 'LoadBalancerWithoutArn',
    what: 'a VPC link v2 target must be a load balancer with an ARN (an Application or Network Load Balancer)',
    got: 'a load balancer without loadBalancerArn',
    fix: 'pass an elbv2.IApplicationLoadBalancer or elbv2.INetworkLoadBalancer',
  });
}

/**
 * Grants exactly `actions` on the bucket's objects (`arn:…:bucket/*`) and `keyActions` on its KMS key, if
 * it has one. Stands in for `s3.BucketGrants.fromBucket(bucket).actionsOnObjectKeys(grantee, '*', …)`
 * (newer than the floor), with the same policy: the principal's policy, or the bucket policy across
 * accounts.
 */
export function grantOnObjects(bucket: s3.IBucket, grantee: iam.IGrantable, actions: string[], keyActions: string[]): void {
  iam.Grant.addToPrincipalOrResource({ grantee, actions, resourceArns: [bucket.arnForObjects('*')], resource: bucket });
  if (keyActions.length > 0) bucket.encryptionKey?.grant(grantee, ...keyActions);
}
