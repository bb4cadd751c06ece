import { App, Stack } from 'aws-cdk-lib';
import * as fc from 'fast-check';
import { ENV, Realizer, requestValue, RequestValueSpec, responseValue, ResponseValueSpec, RUNS, SEED, toRequestValue, toResponseValue } from './support';
import { restMethodFacts, v2IntegrationFacts, v2IntegrationResponseFacts } from '../../src/core/cfn-facts';
import { ApiKind, IntegrationFacts } from '../../src/core/facts';
import { renderRequestValue, renderResponseValue } from '../../src/core/render/mapping';
import { judge } from '../../src/core/validate';

/**
 * Property of the renderers: any `RequestValue` / `ResponseValue`, rendered for any API kind and
 * mapped on an otherwise valid integration, either passes that kind's mapping rules or is reported
 * by a rule — never a crash; and a source the kind does not have is always reported.
 */

/** Request sources each kind lacks (RequestValue's documentation). */
const MISSING_REQUEST: Record<ApiKind, string[]> = {
  REST: ['wholePath'],
  HTTP: ['multiValueHeader', 'multiValueQuerystring'],
  WEBSOCKET: ['path', 'wholePath'],
};

/** The facts of a valid integration of `kind` that maps `request` and returns `response`. */
function facts(kind: ApiKind, request: string, response: string): IntegrationFacts[] {
  if (kind === 'REST') {
    const f = restMethodFacts({
      HttpMethod: 'GET',
      Integration: {
        Type: 'HTTP',
        IntegrationHttpMethod: 'GET',
        Uri: 'https://example.com',
        RequestParameters: { 'integration.request.header.x': request },
        IntegrationResponses: [{ StatusCode: '200', ResponseParameters: { 'method.response.header.x': response } }],
      },
    }, { resourcePath: '/{id}' });
    return f ? [f] : [];
  }
  if (kind === 'HTTP') {
    return [v2IntegrationFacts({
      IntegrationType: 'HTTP_PROXY',
      IntegrationMethod: 'GET',
      IntegrationUri: 'https://example.com',
      PayloadFormatVersion: '1.0',
      RequestParameters: { 'append:header.x': request },
      ResponseParameters: { 200: { ResponseParameters: [{ Destination: 'append:header.x', Source: response }] } },
    }, { kinds: ['HTTP'] })];
  }
  const integration = v2IntegrationFacts({
    IntegrationType: 'HTTP',
    IntegrationMethod: 'GET',
    IntegrationUri: 'https://example.com',
    RequestParameters: { 'integration.request.header.x': request },
  }, { kinds: ['WEBSOCKET'] });
  return [integration, v2IntegrationResponseFacts({
    IntegrationResponseKey: '$default', ResponseParameters: { 'method.response.header.x': response },
  }, integration, { kinds: ['WEBSOCKET'] })];
}

test(`rendered mapping values pass the kind's rules or are reported by one, never a crash (${RUNS} cases)`, () => {
  fc.assert(fc.property(
    fc.constantFrom<ApiKind>('REST', 'HTTP', 'WEBSOCKET'), requestValue, responseValue, fc.boolean(),
    (kind, req: RequestValueSpec, res: ResponseValueSpec, tokens) => {
      const r = new Realizer(new Stack(new App(), 'S', { env: ENV }), tokens);
      const request = renderRequestValue(kind, toRequestValue(r, req));
      const response = renderResponseValue(kind, toResponseValue(r, res));
      const errors = facts(kind, request, response).flatMap(f => judge(f).errors);
      if (MISSING_REQUEST[kind].includes(req[0]) && !(tokens && req[1]?.tok)) {
        expect(errors.map(e => e.code)).not.toEqual([]);
      }
    },
  ), { seed: SEED + 2, numRuns: RUNS });
});
