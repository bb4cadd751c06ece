import { RuleCase } from './types';

/** Cases for src/core/rules/quotas.ts. */
export const QUOTAS_CASES: RuleCase[] = [
  // ResourcesPerApiAboveDefaultQuota — C105 (warning; subject api)
  { code: 'ResourcesPerApiAboveDefaultQuota', name: '301 resources', kind: 'REST', facts: { subject: 'api', resourceCount: 301 }, fails: true, mentions: '301 resources' },
  { code: 'ResourcesPerApiAboveDefaultQuota', name: '300 resources', kind: 'REST', facts: { subject: 'api', resourceCount: 300 }, fails: false },
  // IntegrationsPerApiExceeded — C81 (subject api)
  { code: 'IntegrationsPerApiExceeded', name: '301 integrations', kind: 'HTTP', facts: { subject: 'api', integrationCount: 301, routeCount: 301 }, fails: true, mentions: 'cannot be raised' },
  { code: 'IntegrationsPerApiExceeded', name: '300 integrations', kind: 'HTTP', facts: { subject: 'api', integrationCount: 300, routeCount: 600 }, fails: false },
  { code: 'IntegrationsPerApiExceeded', name: '301 integrations of a WebSocket API (a warning there)', kind: 'WEBSOCKET', facts: { subject: 'api', integrationCount: 301 }, fails: false },
  // RoutesPerApiAboveDefaultQuota — C81, C98 (warning, subject api)
  { code: 'RoutesPerApiAboveDefaultQuota', name: '301 routes', kind: 'HTTP', facts: { subject: 'api', integrationCount: 1, routeCount: 301 }, fails: true, mentions: '301 routes' },
  { code: 'RoutesPerApiAboveDefaultQuota', name: '301 WebSocket routes', kind: 'WEBSOCKET', facts: { subject: 'api', integrationCount: 1, routeCount: 301 }, fails: true, mentions: 'WebSocket APIs' },
  { code: 'RoutesPerApiAboveDefaultQuota', name: '300 routes', kind: 'HTTP', facts: { subject: 'api', integrationCount: 300, routeCount: 300 }, fails: false },
  // IntegrationsPerApiAboveDefaultQuota — C98 (warning; subject api)
  { code: 'IntegrationsPerApiAboveDefaultQuota', name: '301 integrations', kind: 'WEBSOCKET', facts: { subject: 'api', integrationCount: 301, routeCount: 301 }, fails: true, mentions: 'AWS Support' },
  { code: 'IntegrationsPerApiAboveDefaultQuota', name: '300 integrations', kind: 'WEBSOCKET', facts: { subject: 'api', integrationCount: 300, routeCount: 300 }, fails: false },
];
