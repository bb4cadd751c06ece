import { actionNamed, actionOfSubtype } from './index';
import { ActionRequirements } from './types';
import { HOLE, IntegrationFacts, isKnown, knownEntries, textOf, Unknown } from '../facts';

/**
 * Which row of the service-action table an integration calls, from its facts alone, so that the
 * service rules judge typed classes, L1 and templates alike: the HTTP API subtype, or the
 * service URI of an `AWS` integration (`…:states:action/StartSyncExecution`,
 * `…:sqs:path/123456789012/q` with `Action=SendMessage` in its request template). INTERNAL.
 */

const SERVICE_URI = /^arn:[^:]*:apigateway:[^:]*:([a-z0-9.-]+):(action|path)\/([^]*)$/;
const QUERY_ACTION = /(?:^|[?&])Action=([A-Za-z]+)/;
const AMZ_TARGET = /^'?[A-Za-z0-9_]+\.([A-Za-z]+)'?$/;

/** The request templates' literal text: each template's known text or skeleton; an unknown map or value is left out. */
function templateTexts(f: IntegrationFacts): string[] {
  if (!isKnown(f.requestTemplates)) return [];
  return Object.values(f.requestTemplates).map(t => textOf(t)).filter((t): t is string => t !== undefined);
}

/** The action an `AWS` integration's URI, `X-Amz-Target` header or request template names. */
function awsAction(f: IntegrationFacts): ActionRequirements | undefined {
  const uri = textOf(f.uri);
  const m = uri === undefined ? null : SERVICE_URI.exec(uri);
  if (!m || m[1].includes(HOLE)) return undefined;
  const [, service, form, rest] = m;
  if (form === 'action') return actionNamed(service, rest.split(/[?&]/)[0]);
  const inUri = QUERY_ACTION.exec(rest);
  if (inUri) return actionNamed(service, inUri[1]);
  const target = knownEntries(f.requestParameters).find(([k]) => /\.header\.x-amz-target$/i.test(k));
  const byHeader = target ? AMZ_TARGET.exec(target[1]) : null;
  if (byHeader) return actionNamed(service, byHeader[1]);
  for (const t of templateTexts(f)) {
    const inTemplate = QUERY_ACTION.exec(t);
    if (inTemplate) return actionNamed(service, inTemplate[1]);
  }
  return undefined;
}

/** The table row the integration calls, when its facts say. */
export function serviceActionOf(f: IntegrationFacts): ActionRequirements | undefined {
  if (f.subtype !== undefined) return isKnown(f.subtype) ? actionOfSubtype(f.subtype) : undefined;
  if (f.type !== 'AWS') return undefined;
  return awsAction(f);
}

/**
 * Whether the integration sends the parameter `name`: an HTTP API subtype parameter; for `AWS`
 * integrations, a request parameter, the URI's query or every request template (of the action).
 * Returns the content types of the templates that do not send it (`[]` when all do), or
 * `undefined` when it cannot be known (unknown parameters or templates, a template with a token
 * in it, or none at all: the request body then passes through, and may carry it).
 */
export function templatesWithout(f: IntegrationFacts, name: string, row: ActionRequirements): string[] | undefined {
  if (f.subtype !== undefined) {
    if (!isKnown(f.requestParameters)) return undefined;
    return name in f.requestParameters ? [] : ['(request parameters)'];
  }
  if (f.requestParameters instanceof Unknown) return undefined;
  if (Object.keys(f.requestParameters ?? {}).some(k => k.endsWith(`.${name}`))) return [];
  if ((textOf(f.uri) ?? '').includes(`${name}=`)) return [];
  if (!isKnown(f.requestTemplates) || Object.keys(f.requestTemplates).length === 0) return undefined;
  const missing: string[] = [];
  for (const [contentType, t] of Object.entries(f.requestTemplates)) {
    const text = textOf(t);
    if (text === undefined) return undefined;
    const names = QUERY_ACTION.exec(text);
    if (names && names[1] !== row.action) continue; // a template of another action
    if (text.includes(name)) continue;
    if (text.includes(HOLE)) return undefined; // a token may write it
    missing.push(contentType);
  }
  return missing;
}
