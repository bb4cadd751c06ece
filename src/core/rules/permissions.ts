import { IntegrationFacts } from '../facts';
import { one, Rule } from './types';

/** Rules about who may call the back end (CONSTRAINTS.md C11). */

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

export const PERMISSION_RULES: readonly Rule[] = [lambdaPermission];
