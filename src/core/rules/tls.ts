import { isKnown, textOf } from '../facts';
import { oneOf, q } from '../format';
import { literal } from './shared';
import { API, GH, V2, V2_INTEGRATIONS } from './sources';
import { Rule, one } from './types';

/** TLS to the back end: skipped verification, the server name to verify (C23, C64). */

/** Integration types whose TLS verification can be turned off (C23). */
const TLS_TYPES = ['HTTP', 'HTTP_PROXY'];

const tlsSkipNotHttp: Rule = {
  code: 'TlsSkipVerificationNotHttp',
  catalogue: ['C23'],
  appliesTo: ['REST'],
  severity: 'warning',
  onlyWhen: ['insecureSkipVerification'],
  docs: `${API}/API_TlsConfig.html`,
  evidence: {
    says: 'Documented only: insecureSkipVerification is supported for HTTP and HTTP_PROXY integrations; no rejection on another type is recorded',
    source: `${API}/API_TlsConfig.html`,
  },
  summary: 'TLS verification (`tlsConfig.insecureSkipVerification`) can be skipped only for HTTP and HTTP_PROXY integrations',
  check(f) {
    if (f.insecureSkipVerification !== true || !isKnown(f.type) || TLS_TYPES.includes(f.type)) return [];
    return [{
      what: `TLS verification settings apply only to ${oneOf(TLS_TYPES)} integrations: on others the setting has no effect`,
      got: `type ${q(f.type)} with insecureSkipVerification true`,
      fix: 'remove insecureSkipVerification; it only applies to calls to an HTTP back end',
    }];
  },
};

const tlsSkipped: Rule = {
  code: 'TlsVerificationSkipped',
  catalogue: ['C23'],
  appliesTo: ['REST'],
  severity: 'warning',
  onlyWhen: ['insecureSkipVerification'],
  docs: `${API}/API_TlsConfig.html`,
  evidence: {
    says: 'Deploys; API Gateway then accepts a back-end certificate from any issuer (it still checks expiry, host name and the root CA list), so the '
      + 'back-end call can be intercepted',
    source: `${API}/API_TlsConfig.html`,
  },
  summary: 'skipping TLS verification of the back end\'s certificate is legal but insecure (expiry, host name and root CA are still checked)',
  check(f) {
    if (f.insecureSkipVerification !== true) return [];
    return [{
      what: 'API Gateway will accept a back-end certificate from any issuer (it still checks expiry, host name and the root CA list), so a man in the middle can read and change traffic',
      got: 'insecureSkipVerification true',
      fix: 'give the back end a certificate from a CA API Gateway trusts, then drop the option; or acknowledge this warning',
    }];
  },
};

const tlsPrivateOnly: Rule = {
  code: 'ServerNameOnPublicIntegration',
  catalogue: ['C64'],
  appliesTo: ['HTTP'],
  severity: 'warning',
  onlyWhen: ['serverNameToVerify'],
  docs: V2_INTEGRATIONS,
  evidence: {
    says: 'Deploys, but the TLS server name applies to private integrations only: on an INTERNET integration the service accepts it and does not keep it',
    source: `${V2_INTEGRATIONS}; ${GH}/hashicorp/terraform-provider-aws/issues/41326`,
  },
  summary: 'a TLS server name to verify is set on private (VPC_LINK) integrations only; elsewhere the service silently drops it',
  check(f) {
    if (f.serverNameToVerify === undefined || f.connectionType === 'VPC_LINK' || f.connectionType !== undefined && !isKnown(f.connectionType)) return [];
    return one('the TLS server name to verify applies to private integrations only (the service accepts it on others and does not keep it)', q(textOf(f.serverNameToVerify)), 'remove it, or use a private integration over a VPC link');
  },
};

/** RFC 1123 host name labels; a leading `*.` label for wildcard certificates. */
const HOST = /^(\*\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

const serverName: Rule = {
  code: 'ServerNameInvalid',
  catalogue: ['C64'],
  appliesTo: ['HTTP'],
  severity: 'warning',
  onlyWhen: ['serverNameToVerify'],
  evidence: {
    says: 'API Gateway verifies the back end\'s certificate against this name (SNI); a value that is not a host name matches no certificate, so every request fails the TLS handshake',
    source: 'https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/apis-apiid-integrations.html#apis-apiid-integrations-model-tlsconfiginput',
  },
  docs: `${V2}/apis-apiid-integrations.html#apis-apiid-integrations-model-tlsconfiginput`,
  summary: 'the TLS server name to verify is a host name',
  check(f) {
    const n = literal(f.serverNameToVerify);
    if (n === undefined || (n.length <= 253 && HOST.test(n))) return [];
    return one('the TLS server name to verify is a host name (RFC 1123, optionally *.)', q(n), 'give the host name on the back end\'s certificate');
  },
};

export const TLS_RULES: readonly Rule[] = [
  tlsSkipNotHttp, tlsSkipped, tlsPrivateOnly, serverName,
];
