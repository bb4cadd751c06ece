import { HOLE } from './facts';

/** Parsing the URIs integrations point at: http(s) URLs and the ARNs API Gateway accepts. */

/** `${stageVariables.name}` — accepted by the service inside URIs and connection ids (C38). */
const STAGE_VARIABLE_REF = /\$\{stageVariables\.[A-Za-z0-9_]+\}/g;

/** True when the whole string is one stage-variable reference. */
export function isStageVariableRef(s: string): boolean {
  return /^\$\{stageVariables\.[A-Za-z0-9_]+\}$/.test(s);
}

export interface UrlProblem {
  readonly what: string;
  readonly fix: string;
}

/**
 * Checks an integration endpoint URL (C04, C05, C53): absolute, http or https, a host, a port
 * of 80, 443 or above 1024, and encoded (RFC 3986). Stage-variable references and `{path}`
 * placeholders are accepted wherever the service accepts them.
 */
export function checkHttpUrl(url: string): UrlProblem | undefined {
  // Stage variables may stand for the whole host, a sub-domain, a path or a query part.
  const s = url.replace(STAGE_VARIABLE_REF, 'stagevar');
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)(.*)$/.exec(s);
  if (!m) {
    return { what: 'the URI must be an absolute http:// or https:// URL', fix: 'give the full URL, for example "https://example.com/path"' };
  }
  const scheme = m[1].toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') {
    return { what: `the URI scheme must be http or https, not ${scheme}`, fix: 'use an http:// or https:// URL' };
  }
  const authority = m[2].replace(/^[^@]*@/, '');
  const hm = /^(\[[0-9A-Fa-f:.]+\]|[^:]*)(?::(\d*))?$/.exec(authority);
  if (!hm || hm[1] === '') {
    return { what: 'the URI must name a host', fix: 'give the full URL, for example "https://example.com/path"' };
  }
  if (hm[2] !== undefined && hm[2] !== '' && Number(hm[2]) > 65535) {
    return { what: 'the endpoint port must be at most 65535', fix: 'give a valid port' };
  }
  // RFC 3986 characters, plus `{` `}` for path placeholders the service fills in.
  const bad = /[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%{}]/.exec(s);
  if (bad) {
    return { what: `the URI must be encoded (RFC 3986): ${JSON.stringify(bad[0])} is not allowed`, fix: 'percent-encode it, for example with encodeURI()' };
  }
  if (/%(?![0-9A-Fa-f]{2})/.test(s)) {
    return { what: 'the URI has a "%" that does not start a percent-encoded byte', fix: 'encode "%" as "%25"' };
  }
  return undefined;
}

/**
 * For a partially known URL (a skeleton), whether its literal start already rules out http(s):
 * `ftp://${Token}` is wrong whatever the token is; `${Token}/path` cannot be judged.
 */
export function skeletonCannotBeHttpUrl(skeleton: string): boolean {
  const hole = skeleton.indexOf(HOLE);
  const prefix = (hole < 0 ? skeleton : skeleton.slice(0, hole)).toLowerCase();
  if (prefix.length === 0) return false;
  return !['http://', 'https://'].some(p => p.startsWith(prefix) || prefix.startsWith(p));
}

/** An API Gateway service-integration ARN: `arn:{partition}:apigateway:{region}:{subdomain.service|service}:{path|action}/{rest}` (C06). */
export interface ServiceArn {
  readonly partition: string;
  readonly region: string;
  /** `lambda`, `sqs`, `states`, or `subdomain.service`. */
  readonly service: string;
  readonly actionType: 'path' | 'action';
  readonly rest: string;
}

export function parseServiceArn(uri: string): ServiceArn | undefined {
  const m = /^arn:([^:]+):apigateway:([^:]*):([^:]+):(path|action)\/(.+)$/s.exec(uri);
  if (!m) return undefined;
  return { partition: m[1], region: m[2], service: m[3], actionType: m[4] as 'path' | 'action', rest: m[5] };
}

/** The service an API Gateway service ARN calls, without subdomain: `lambda`, `sqs`. */
export function serviceOf(arn: ServiceArn): string {
  const parts = arn.service.split('.');
  return parts[parts.length - 1];
}

/** Lambda invocation ARNs (`…:lambda:path/2015-03-31/functions/{arn}/invocations`, or the streaming form). */
export function isLambdaInvocationText(text: string): boolean {
  return /:lambda:path\/\d{4}-\d{2}-\d{2}\/functions\/.+\/(response-streaming-)?invocations$/s.test(text);
}

/** A literal that visibly names a Lambda back end, even when parts of it are unknown. */
export function looksLikeLambdaUri(text: string): boolean {
  return text.includes(':lambda:path/') || /^arn:[^:]*:lambda:[^:]*:[^:]*:function:/.test(text);
}

/** A bare Lambda function ARN (`arn:aws:lambda:us-east-1:123456789012:function:name[:alias]`). */
export function isLambdaFunctionArn(s: string): boolean {
  return /^arn:[^:]+:lambda:[^:]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9$_-]+)?$/.test(s);
}

/** An ELB listener ARN (ALB or NLB), as HTTP API private integrations need (C61). */
export function isListenerArn(s: string): boolean {
  return /^arn:[^:]+:elasticloadbalancing:[^:]+:\d{12}:listener\/(app|net)\/[^/]+\/[0-9a-f]+\/[0-9a-f]+$/.test(s);
}

/** A load balancer (not listener) ARN. */
export function isLoadBalancerArn(s: string): boolean {
  return /^arn:[^:]+:elasticloadbalancing:[^:]+:\d{12}:loadbalancer\//.test(s);
}

/** A Cloud Map service ARN, optionally with `?key=value&…` filters (C61). */
export function isCloudMapServiceArn(s: string): boolean {
  return /^arn:[^:]+:servicediscovery:[^:]+:\d{12}:service\/srv-[A-Za-z0-9]+(\?.*)?$/.test(s);
}

/**
 * The pattern CloudFormation's `AWS::ApiGatewayV2::Integration` schema puts on `CredentialsArn`: a
 * role, user or group ARN with a numeric account. It refuses the caller pass-through `…:iam::*:user/*`.
 */
export function matchesV2CredentialsSchema(s: string): boolean {
  return /arn:(aws|aws-cn|aws-us-gov):iam::[0-9]*:(role|user|group)\/.*/.test(s);
}

/**
 * IAM role ARN, or the caller-credentials passthrough `arn:{partition}:iam::*:user/*` (C10, C101),
 * or a user/role ARN a stage variable completes (`arn:aws:iam::{account}:${stageVariables.x}`, documented for REST APIs).
 */
export function isCredentialsArn(s: string): boolean {
  return /^arn:[^:]+:iam::\d{12}:role\/[\w+=,.@\-/]+$/.test(s) || /^arn:[^:]+:iam::\*:user\/\*$/.test(s)
    || /^arn:[^:]+:iam::\d{12}:[\w+=,.@\-/]*\$\{stageVariables\.[A-Za-z0-9_]+\}/.test(s);
}

/** A service ARN whose action or path part is a stage variable (`arn:aws:apigateway:{region}:{service}:${stageVariables.x}`), documented for REST APIs. */
export function isStageVariableServiceArn(s: string): boolean {
  return /^arn:[^:]+:apigateway:[^:]*:[^:]+:\$\{stageVariables\.[A-Za-z0-9_]+\}/.test(s);
}

/** The explicit port of an absolute http(s) URL (`https://host:8080/` -> 8080), or undefined. */
export function httpUrlPort(url: string): number | undefined {
  const m = /^https?:\/\/(?:[^/?#@]*@)?(?:\[[0-9A-Fa-f:.]+\]|[^:/?#]*):(\d+)(?:[/?#]|$)/i.exec(url.replace(STAGE_VARIABLE_REF, 'stagevar'));
  return m ? Number(m[1]) : undefined;
}
