import { ApiKind, IntegrationFacts, Unknown, isKnown, textOf } from '../facts';
import { q } from '../format';
import { LIMITS } from '../limits';
import { checkHttpUrl, httpUrlPort, isCloudMapServiceArn, isListenerArn, isLoadBalancerArn, skeletonCannotBeHttpUrl } from '../uris';
import { isVpcLink, knownType } from './shared';
import { API, DG, GH, LS_INTEGRATION_VALIDATION, PUT_INTEGRATION } from './sources';
import { Rule, one } from './types';

/** The integration URI as a URL: given, well formed, on a supported port, its placeholders filled (C04, C05, C17, C33, C53, C61, C83). */

/** Types whose URI is an http(s) URL: HTTP and HTTP_PROXY, except HTTP API private integrations (listener ARNs). */
function uriIsUrl(f: IntegrationFacts, kind: ApiKind): boolean {
  const t = knownType(f);
  if (t !== 'HTTP' && t !== 'HTTP_PROXY') return false;
  return !(kind === 'HTTP' && isVpcLink(f));
}

function uriRequired(f: IntegrationFacts, kind: ApiKind): boolean {
  const t = knownType(f);
  if (t === undefined || t === 'MOCK') return false;
  if (kind === 'HTTP' && t === 'AWS_PROXY') return false; // a subtype instead of a URI is judged by the HTTP rules (C55)
  return true;
}

const uriMissing: Rule = {
  code: 'IntegrationUriRequired',
  catalogue: ['C04', 'C06', 'C17', 'C83'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'error',
  docs: PUT_INTEGRATION,
  evidence: {
    says: 'CloudFormation (REST VPC_LINK integration without a URI): "Invalid integration URI specified"; the API reference documents a URI for every '
      + 'integration type but MOCK (HTTP URL, or service ARN)',
    source: `${PUT_INTEGRATION}; ${GH}/aws/aws-cdk/pull/10730`,
  },
  summary: 'every integration but MOCK has a URI (private integrations too)',
  check(f, kind) {
    if (f.uri !== undefined && f.uri !== '' || !uriRequired(f, kind)) return [];
    return one(`${q(knownType(f))} integrations need a URI`, 'nothing', uriIsUrl(f, kind) ? 'give the back end\'s http(s) URL' : 'give the back end\'s ARN');
  },
};

const uriNotUrl: Rule = {
  code: 'IntegrationUriNotHttpUrl',
  catalogue: ['C04', 'C05', 'C17', 'C53', 'C83'],
  appliesTo: ['REST', 'HTTP', 'WEBSOCKET'],
  severity: 'error',
  onlyWhen: ['uri'],
  docs: `${API}/API_Integration.html`,
  evidence: {
    says: 'PutIntegration (HTTP, HTTP_PROXY with a URI that is not a URL): "Invalid HTTP endpoint specified for URI"; HTTP API HTTP_PROXY URIs are '
      + 'documented as fully qualified URLs',
    source: `${LS_INTEGRATION_VALIDATION}; ${API}/API_Integration.html`,
  },
  summary: 'HTTP and HTTP_PROXY URIs are absolute, encoded http(s) URLs',
  check(f, kind) {
    if (!uriIsUrl(f, kind) || f.uri === undefined || f.uri === '') return [];
    if (f.uri instanceof Unknown) {
      const sk = f.uri.skeleton;
      return sk !== undefined && skeletonCannotBeHttpUrl(sk) ? one('the URI must be an absolute http:// or https:// URL', q(f.uri.toString()), 'give the full URL') : [];
    }
    const p = checkHttpUrl(f.uri);
    return p ? one(p.what, q(f.uri), p.fix) : [];
  },
};

const uriPort: Rule = {
  code: 'IntegrationPortNotSupported',
  catalogue: ['C05'],
  appliesTo: ['REST'],
  severity: 'warning',
  onlyWhen: ['uri'],
  docs: `${API}/API_Integration.html`,
  evidence: {
    says: 'Documented only: HTTP endpoints are supported on ports 80, 443 and above 1024; no rejection of another port is recorded, so requests may fail',
    source: `${API}/API_Integration.html`,
  },
  summary: `HTTP endpoints of REST APIs listen on port 80, 443 or a port above ${LIMITS.REST.httpPortReservedMax.value} (the ports API Gateway supports)`,
  check(f) {
    if (!uriIsUrl(f, 'REST') || !isKnown(f.uri)) return [];
    const port = httpUrlPort(f.uri);
    const reserved = LIMITS.REST.httpPortReservedMax.value;
    if (port === undefined || port === 80 || port === 443 || port > reserved) return [];
    return one(`API Gateway supports back-end ports 80, 443 and ${reserved + 1}–65535 only: requests to other ports may fail`, `port ${port}`, 'move the back end to a supported port');
  },
};

const privateUri: Rule = {
  code: 'PrivateUriNotListenerArn',
  catalogue: ['C61'],
  appliesTo: ['HTTP'],
  severity: 'error',
  onlyWhen: ['connectionType'],
  docs: `${DG}/http-api-develop-integrations-private.html`,
  evidence: {
    says: 'CreateIntegration: "For VpcLink VPC_LINK, integration uri should be a valid ELB listener ARN or a valid Cloud Map service ARN."',
    source: `${DG}/http-api-develop-integrations-private.html; ${GH}/klothoplatform/klotho/pull/347; ${GH}/anomalyco/sst/issues/5510`,
  },
  summary: 'HTTP API private integrations point at an ALB or NLB listener ARN or a Cloud Map service ARN, not a load balancer',
  check(f) {
    if (!isVpcLink(f) || !isKnown(f.uri) || f.uri === '') return [];
    if (isListenerArn(f.uri) || isCloudMapServiceArn(f.uri)) return [];
    const fix = isLoadBalancerArn(f.uri) ? 'use one of the load balancer\'s listener ARNs instead' : 'give an ELB listener ARN or a Cloud Map service ARN';
    return one('private integrations of HTTP APIs need a valid ELB listener ARN or Cloud Map service ARN as their URI', q(f.uri), fix);
  },
};

/** `{name}` placeholders of a URL, and whether the route provides them. */
const uriVariables: Rule = {
  code: 'UriVariableNotInRoute',
  catalogue: ['C53'],
  appliesTo: ['HTTP'],
  severity: 'warning',
  onlyWhen: ['routeKey'],
  docs: `${DG}/http-api-develop-integrations-http.html`,
  evidence: {
    says: 'Documented only: an HTTP_PROXY URL may use the route\'s path variables ({id}, or {proxy} from a {proxy+} route); no rejection of a variable '
      + 'the route lacks is recorded',
    source: `${DG}/http-api-develop-integrations-http.html`,
  },
  summary: 'path variables in an HTTP_PROXY URL ({id}, greedy {proxy}) exist on the route ({id}, {proxy+})',
  check(f) {
    if (f.type !== 'HTTP_PROXY' || f.connectionType === 'VPC_LINK' || !isKnown(f.uri) || !isKnown(f.routeKey)) return [];
    const routePath = f.routeKey.split(' ')[1] ?? '';
    const routeVars = new Set([...routePath.matchAll(/\{([^}]+)\}/g)].map(m => m[1].replace(/\+$/, '')));
    const url = f.uri.replace(/\$\{[^}]*\}/g, '');
    return [...url.matchAll(/\{([^}]+)\}/g)].map(m => m[1]).filter(v => !routeVars.has(v)).map(v => ({
      what: `the URL uses the path variable {${v}}, which the route does not have: the back end receives the literal text`,
      got: `route ${q(f.routeKey)}`,
      fix: v === 'proxy' ? 'use a greedy {proxy+} route, or remove {proxy} from the URL' : `add {${v}} to the route path, or remove it from the URL`,
    }));
  },
};

const uriPlaceholders: Rule = {
  code: 'UriPlaceholderNotMapped',
  catalogue: ['C33'],
  appliesTo: ['REST'],
  severity: 'warning',
  onlyWhen: ['uri'],
  docs: `${DG}/rest-api-parameter-mapping.html`,
  evidence: {
    says: 'Not refused at deploy (the console only warns that the endpoint lacks the path parameters): a {placeholder} is filled only from '
      + 'integration.request.path.{name}, so unmapped the back end is called with the placeholder text in the URL',
    source: `${DG}/rest-api-parameter-mapping.html; ${GH}/awsdocs/amazon-api-gateway-developer-guide/issues/24`,
  },
  summary: 'every {placeholder} of an HTTP URI or AWS service path is mapped from integration.request.path.{placeholder}',
  check(f) {
    const t = knownType(f);
    const uri = textOf(f.uri);
    if (uri === undefined || f.requestParameters !== undefined && !isKnown(f.requestParameters)) return [];
    // HTTP URLs, and AWS service paths (`…:s3:path/{bucket}/{key}`) are filled the same way.
    if (!uri.includes('{')) return [];
    if (t !== 'HTTP' && t !== 'HTTP_PROXY' && !(t === 'AWS' && /:apigateway:[^:]*:[^:]+:path\//.test(uri))) return [];
    const mapped = new Set(Object.keys(f.requestParameters ?? {}));
    const text = t === 'AWS' ? uri.replace(/^.*?:path\//s, '') : uri;
    const names = [...text.matchAll(/(?<!\$)\{([^{}]+?)\+?\}/g)].map(m => m[1]);
    const missing = [...new Set(names)].filter(n => !mapped.has(`integration.request.path.${n}`));
    if (missing.length === 0) return [];
    return [{
      what: 'URI placeholders are filled only from integration.request.path.{name} mappings: otherwise every request calls the back end with the literal "{name}"',
      got: `unmapped ${missing.map(n => q(`{${n}}`)).join(', ')}`,
      fix: `map ${missing.map(n => q(`integration.request.path.${n}`)).join(', ')} (for example from method.request.path.${missing[0]})`,
    }];
  },
};

export const URI_RULES: readonly Rule[] = [
  uriMissing, uriNotUrl, uriPort, privateUri, uriVariables, uriPlaceholders,
];
