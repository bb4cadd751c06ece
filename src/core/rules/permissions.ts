import { IntegrationFacts, isKnown } from '../facts';
import { one, Rule } from './types';

/** Rules about how API Gateway reaches the back end: permission to invoke it (C11), the VPC link to it (C16), the path it sends (C63). */

const lambdaPermission: Rule = {
  code: 'LambdaPermissionMissing',
  catalogue: ['C11'],
  appliesTo: ['REST'],
  severity: 'warning',
  onlyWhen: ['lambdaPermissionFound'],
  summary: 'a Lambda integration without credentials invokes a function that has a resource-based permission for API Gateway',
  evidence: {
    says: 'Not checked at deploy: without a lambda:InvokeFunction permission for apigateway.amazonaws.com (or credentials), every request fails '
      + 'with 500 "Execution failed due to configuration error: Invalid permissions on Lambda function"',
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html; '
      + 'https://github.com/hashicorp/terraform-provider-aws/issues/14965',
  },
  check(f: IntegrationFacts) {
    if (f.lambdaPermissionFound !== false) return [];
    return one(
      'API Gateway may invoke the function only with a resource-based permission (or credentials): every request fails with 500 "Invalid permissions on Lambda function"',
      'no AWS::Lambda::Permission for the function in the app',
      'add a permission for apigateway.amazonaws.com scoped to this API (fn.addPermission, or grantInvoke to the API\'s principal), or give the integration credentials',
    );
  },
};

const vpcLinkV1Alb: Rule = {
  code: 'VpcLinkV1TargetNotNlb',
  catalogue: ['C16'],
  appliesTo: ['REST'],
  severity: 'error',
  onlyWhen: ['vpcLinkV1NonNlbTargets'],
  summary: 'a VPC link v1 (AWS::ApiGateway::VpcLink) targets Network Load Balancers only (VPC links v2 also reach Application Load Balancers)',
  evidence: {
    says: 'CreateVpcLink accepts the ARN, then the link goes to status FAILED with "NLB ARN is malformed", so the VpcLink resource (and the '
      + 'deploy) fails: VPC links v1 support Network Load Balancers only',
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-nlb-for-vpclink-using-console.html; '
      + 'https://github.com/hashicorp/terraform-provider-aws/issues/30910',
  },
  check(f: IntegrationFacts) {
    const bad = f.vpcLinkV1NonNlbTargets ?? [];
    if (bad.length === 0) return [];
    return one(
      'a VPC link v1 reaches Network Load Balancers only ("NLB ARN is malformed")',
      `the Application Load Balancer ${bad.map(b => JSON.stringify(b)).join(', ')}`,
      'put a Network Load Balancer in front of it, or connect through a VPC link v2 (RestApiConnection.vpcLinkV2), which reaches Application Load Balancers',
    );
  },
};

const stagePrefix: Rule = {
  code: 'PrivateIntegrationStagePrefix',
  catalogue: ['C63'],
  appliesTo: ['HTTP'],
  severity: 'warning',
  onlyWhen: ['namedStages'],
  summary: 'a private (VPC_LINK) HTTP API integration served on a named stage strips the stage from the path (overwrite:path $request.path)',
  evidence: {
    says: 'Deploys: a private integration forwards the stage name as the first path segment, so on a named stage the back end receives '
      + '/{stage}/route instead of /route unless the path is overwritten with $request.path',
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-private.html',
  },
  check(f: IntegrationFacts) {
    const stages = f.namedStages ?? [];
    if (stages.length === 0 || f.connectionType !== 'VPC_LINK' || !isKnown(f.requestParameters) && f.requestParameters !== undefined) return [];
    if (Object.keys(f.requestParameters ?? {}).includes('overwrite:path')) return [];
    return one(
      'private integrations forward the stage name as the first path segment: on a named stage the back end receives /{stage}/… paths',
      `stage ${stages.map(s => JSON.stringify(s)).join(', ')} and no overwrite:path`,
      'map "overwrite:path" to "$request.path" (HttpApiPrivateIntegration: stripStagePrefix), or serve the API on the $default stage',
    );
  },
};

export const PERMISSION_RULES: readonly Rule[] = [lambdaPermission, vpcLinkV1Alb, stagePrefix];
