import { kindName } from '../format';
import { LIMITS } from '../limits';
import { HTTP_QUOTAS, REST_QUOTAS, WS_QUOTAS } from './sources';
import { Rule, one } from './types';

/** Quotas of the API as a whole: routes, integrations and resources per API (C81, C98, C105). */

/** The limit of HTTP and WebSocket APIs: one number when they agree, else both. */
function bothKinds(name: string): string {
  const http = LIMITS.HTTP[name].value;
  const ws = LIMITS.WEBSOCKET[name].value;
  return http === ws ? `${http}` : `${http} (WebSocket: ${ws})`;
}

const routesQuota: Rule = {
  code: 'RoutesPerApiAboveDefaultQuota',
  catalogue: ['C81', 'C98'],
  appliesTo: ['HTTP', 'WEBSOCKET'],
  subjects: ['api'],
  severity: 'warning',
  onlyWhen: ['routeCount'],
  docs: HTTP_QUOTAS,
  evidence: {
    says: 'Needs a quota increase: HTTP and WebSocket APIs have at most 300 routes unless "Routes per API" is raised; beyond it, creating the route '
      + 'fails and the deploy rolls back',
    source: `${HTTP_QUOTAS}; ${WS_QUOTAS}`,
  },
  summary: `an HTTP or WebSocket API has at most ${bothKinds('routesPerApi')} routes unless the account's "Routes per API" quota is raised`,
  check(f, kind) {
    const max = LIMITS[kind].routesPerApi.value;
    if (f.routeCount === undefined || f.routeCount <= max) return [];
    return one(
      `${kindName(kind)} have at most ${max} routes by default (Service Quotas: "Routes per API", increasable)`,
      `${f.routeCount} routes`,
      'request the increase before deploying, then acknowledge this warning; or use a greedy {proxy+} route',
    );
  },
};

const integrationsLimit: Rule = {
  code: 'IntegrationsPerApiExceeded',
  catalogue: ['C81'],
  appliesTo: ['HTTP'],
  subjects: ['api'],
  severity: 'error',
  onlyWhen: ['integrationCount'],
  docs: HTTP_QUOTAS,
  evidence: {
    says: 'Documented hard quota: an HTTP API has at most 300 integrations and the quota cannot be increased (no rejection text recorded)',
    source: HTTP_QUOTAS,
  },
  summary: `an HTTP API has at most ${LIMITS.HTTP.integrationsPerApi.value} integrations (a quota that cannot be raised)`,
  check(f) {
    const max = LIMITS.HTTP.integrationsPerApi.value;
    if (f.integrationCount === undefined || f.integrationCount <= max) return [];
    return one(`HTTP APIs have at most ${max} integrations, and this quota cannot be raised`, `${f.integrationCount} integrations`, 'share integrations between routes (one integration object added to many routes is one integration), use a greedy {proxy+} route, or split the API');
  },
};

const integrationsQuota: Rule = {
  code: 'IntegrationsPerApiAboveDefaultQuota',
  catalogue: ['C98'],
  appliesTo: ['WEBSOCKET'],
  subjects: ['api'],
  severity: 'warning',
  onlyWhen: ['integrationCount'],
  docs: WS_QUOTAS,
  evidence: {
    says: 'Needs a quota increase: WebSocket APIs have at most 300 integrations unless AWS Support raises it for the API; beyond the quota, creating '
      + 'the integration fails and the deploy rolls back',
    source: WS_QUOTAS,
  },
  summary: `a WebSocket API has at most ${LIMITS.WEBSOCKET.integrationsPerApi.value} integrations unless AWS Support raises the quota`,
  check(f) {
    const max = LIMITS.WEBSOCKET.integrationsPerApi.value;
    if (f.integrationCount === undefined || f.integrationCount <= max) return [];
    return [{
      what: `WebSocket APIs have at most ${max} integrations by default (raised only through AWS Support)`,
      got: `${f.integrationCount} integrations`,
      fix: 'have the quota raised before deploying, then acknowledge this warning; or share integrations between routes',
    }];
  },
};

const resourcesQuota: Rule = {
  code: 'ResourcesPerApiAboveDefaultQuota',
  catalogue: ['C105'],
  appliesTo: ['REST'],
  subjects: ['api'],
  severity: 'warning',
  onlyWhen: ['resourceCount'],
  docs: REST_QUOTAS,
  evidence: {
    says: 'Needs a quota increase: REST APIs have at most 300 resources unless the account\'s "Resources per API" quota is raised; beyond it, '
      + 'creating the resource fails and the deploy rolls back',
    source: REST_QUOTAS,
  },
  summary: `a REST API has at most ${LIMITS.REST.resourcesPerApi.value} resources (one integration per resource and method) unless the account's `
    + '"Resources per API" quota is raised',
  check(f) {
    const max = LIMITS.REST.resourcesPerApi.value;
    if (f.resourceCount === undefined || f.resourceCount <= max) return [];
    return [{
      what: `REST APIs have at most ${max} resources by default (Service Quotas: "Resources per API", increasable)`,
      got: `${f.resourceCount} resources`,
      fix: 'request the increase before deploying, then acknowledge this warning; or split the API (a greedy {proxy+} resource serves many paths)',
    }];
  },
};

export const QUOTA_RULES: readonly Rule[] = [
  routesQuota, integrationsLimit, integrationsQuota, resourcesQuota,
];
