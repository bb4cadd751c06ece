import { RuleCase } from './types';
import { Unknown } from '../../../src/core/facts';

/** Cases for src/core/rules/rest.ts. */
export const REST_CASES: RuleCase[] = [
  // TlsSkipVerificationNotHttp — C23
  { code: 'TlsSkipVerificationNotHttp', name: 'skipping TLS verification on an AWS integration', kind: 'REST', facts: { type: 'AWS', insecureSkipVerification: true }, fails: true, mentions: '"AWS"' },
  { code: 'TlsSkipVerificationNotHttp', name: 'skipping TLS verification on MOCK', kind: 'REST', facts: { type: 'MOCK', insecureSkipVerification: true }, fails: true },
  { code: 'TlsSkipVerificationNotHttp', name: 'skipping TLS verification on HTTP_PROXY', kind: 'REST', facts: { type: 'HTTP_PROXY', insecureSkipVerification: true }, fails: false },
  { code: 'TlsSkipVerificationNotHttp', name: 'skipping TLS verification on an integration of unknown type', kind: 'REST', facts: { type: new Unknown(), insecureSkipVerification: true }, fails: false },
  { code: 'TlsSkipVerificationNotHttp', name: 'verification kept on an AWS integration', kind: 'REST', facts: { type: 'AWS', insecureSkipVerification: false }, fails: false },

  // TlsVerificationSkipped — C23
  { code: 'TlsVerificationSkipped', name: 'skipping TLS verification', kind: 'REST', facts: { type: 'HTTP', insecureSkipVerification: true }, fails: true, mentions: 'insecureSkipVerification true' },
  { code: 'TlsVerificationSkipped', name: 'TLS verification kept', kind: 'REST', facts: { type: 'HTTP', insecureSkipVerification: false }, fails: false },
  { code: 'TlsVerificationSkipped', name: 'no TLS config', kind: 'REST', facts: { type: 'HTTP' }, fails: false },
];
