import { isKnown } from '../facts';
import { oneOf, q } from '../format';
import { Rule } from './types';

/** Integration types whose TLS verification can be turned off (C23). */
const TLS_TYPES = ['HTTP', 'HTTP_PROXY'];

const tlsSkipNotHttp: Rule = {
  code: 'TlsSkipVerificationNotHttp',
  catalogue: ['C23'],
  appliesTo: ['REST'],
  severity: 'error',
  summary: 'TLS verification (`tlsConfig.insecureSkipVerification`) can be skipped only for HTTP and HTTP_PROXY integrations',
  check(f) {
    if (f.insecureSkipVerification !== true || !isKnown(f.type) || TLS_TYPES.includes(f.type)) return [];
    return [{
      what: `TLS verification can be skipped only for ${oneOf(TLS_TYPES)} integrations`,
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

/** Rules that only REST APIs have. */
export const REST_RULES: readonly Rule[] = [tlsSkipNotHttp, tlsSkipped];
