import { Token } from 'aws-cdk-lib';
import { throwUsageError } from '../../core/errors';
import { q } from '../../core/format';
import { HTTP_METHODS } from '../../core/verbs';

/**
 * The id grammar of API Gateway, applied to every id a patch puts into an ARN or a call, so no
 * policy this library writes holds a `*`, a `/` or a `..` it did not mean. INTERNAL.
 *
 * API Gateway generates every id it hands out as lowercase letters and digits: REST API ids
 * and root resource ids of 10 characters, child resource ids of 6, v2 integration ids of 7
 * (the AWS CLI reference shows `--rest-api-id 1234123412 --resource-id avl5sg8fw8` for a root
 * resource and `3gapai` for a child one:
 * https://docs.aws.amazon.com/cli/latest/reference/apigateway/test-invoke-method.html). Lengths
 * are not judged beyond 1 to 10, so no real id is refused. Tokens pass unjudged: their value is
 * the service's own.
 */

/** The rule code of an id outside the service's grammar. */
export const PATCH_ID_RULE = 'PatchTargetIdInvalid';

const ID = /^[a-z0-9]{1,10}$/;

/** Refuses an id outside the grammar (tokens pass). */
export function assertId(scopePath: string, subject: string, what: string, id: unknown): void {
  if (typeof id === 'string' && (Token.isUnresolved(id) || ID.test(id))) return;
  throwUsageError(scopePath, subject, {
    code: PATCH_ID_RULE,
    what: `${what} must be an API Gateway id: 1 to 10 lowercase letters and digits`,
    got: typeof id === 'string' ? q(id) : `a ${id === null ? 'null' : typeof id}`,
    fix: 'give the id API Gateway assigned (the console, `aws apigateway get-resources`, or `.restApiId` / `.resourceId` / `.apiId` of a construct)',
  });
}

/** The method's verb, upper case; refuses anything but a REST verb (tokens pass). */
export function httpMethodOf(scopePath: string, subject: string, method: unknown): string {
  if (typeof method === 'string' && Token.isUnresolved(method)) return method;
  const upper = typeof method === 'string' ? method.toUpperCase() : '';
  if ((HTTP_METHODS as readonly string[]).includes(upper)) return upper;
  return throwUsageError(scopePath, subject, {
    code: PATCH_ID_RULE,
    what: `the HTTP method must be one of ${HTTP_METHODS.join(', ')}`,
    got: typeof method === 'string' ? q(method) : `a ${method === null ? 'null' : typeof method}`,
    fix: 'give the method\'s verb',
  });
}
