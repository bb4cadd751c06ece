import { httpProxy, LISTENER, url } from './fixtures';
import { RuleCase } from './types';
import { Unknown } from '../../../src/core/facts';

/** Cases for src/core/rules/tls.ts. */
export const TLS_CASES: RuleCase[] = [
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
  // ServerNameOnPublicIntegration — C64 (warning)
  { code: 'ServerNameOnPublicIntegration', name: 'a server name on a public URL', kind: 'HTTP', facts: { ...url, serverNameToVerify: 'example.com' }, fails: true },
  { code: 'ServerNameOnPublicIntegration', name: 'a server name on a private integration', kind: 'HTTP', facts: { ...url, uri: LISTENER, connectionType: 'VPC_LINK', connectionId: 'abc', serverNameToVerify: 'example.com' }, fails: false },
  // ServerNameInvalid
  { code: 'ServerNameInvalid', name: 'a name with a space', kind: 'HTTP', facts: { ...httpProxy, connectionType: 'VPC_LINK', connectionId: 'abc', serverNameToVerify: 'not a host' }, fails: true },
  { code: 'ServerNameInvalid', name: 'a URL', kind: 'HTTP', facts: { ...httpProxy, serverNameToVerify: 'https://example.com/' }, fails: true },
  { code: 'ServerNameInvalid', name: 'host names', kind: 'HTTP', facts: { ...httpProxy, connectionType: 'VPC_LINK', connectionId: 'abc', serverNameToVerify: '*.internal.example.com' }, fails: false },
];
