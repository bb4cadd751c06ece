import { Duration } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigatewayv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { RequestValue, RestApiIntegrationPatchConnection } from '../../src';
import { assertPatchable, escapePointer, pointer, unescapePointer } from '../../src/patch/private/operations';
import { inverseRestChange, patchedFacts, renderRestChange, restChangeFacts } from '../../src/patch/private/rest-render';

const render = (c: Parameters<typeof renderRestChange>[2]) => renderRestChange('Stack/Patch', 'RestApiIntegrationPatch', c);
const check = (ops: Parameters<typeof assertPatchable>[2]) => () => assertPatchable('Stack/Patch', 'RestApiIntegrationPatch', ops);

describe('JSON pointer escaping (RFC 6901)', () => {
  test('escapes "/" as ~1 and "~" as ~0, "~" first', () => {
    expect(escapePointer('application/json')).toBe('application~1json');
    expect(escapePointer('a~b')).toBe('a~0b');
    expect(escapePointer('~1')).toBe('~01');
    expect(unescapePointer(escapePointer('x~/~1/y'))).toBe('x~/~1/y');
  });

  test('keeps dots and dashes of parameter names as they are', () => {
    expect(pointer('requestParameters', 'integration.request.header.x-id')).toBe('/requestParameters/integration.request.header.x-id');
  });

  test('any key round-trips through escaping and renders to one path the service patches', () => {
    const keys = ['a', 'a/b', 'a~b', '~', '/', '~1', '~0/~1', 'application/vnd.api+json', 'x//y', 'multipart/form-data; boundary=x'];
    for (const key of keys) {
      const segment = escapePointer(key);
      expect(segment).not.toContain('/');
      expect(unescapePointer(segment)).toBe(key);
      expect(check(render({ requestTemplates: { add: { [key]: 't' } } }))).not.toThrow();
    }
  });

  test('renders a template content type as one escaped segment', () => {
    expect(render({ requestTemplates: { add: { 'application/json': '{}' } } })).toEqual([
      { op: 'add', path: '/requestTemplates/application~1json', value: '{}' },
    ]);
  });

  test('escapes "~" in a content type', () => {
    expect(render({ requestTemplates: { remove: ['application/x~y'] } })).toEqual([
      { op: 'remove', path: '/requestTemplates/application~1x~0y' },
    ]);
  });
});

describe('add, replace and remove', () => {
  test('scalars are replaced', () => {
    expect(render({
      timeout: Duration.seconds(10),
      uri: 'https://example.com/{id}',
      integrationHttpMethod: apigatewayv2.HttpMethod.POST,
      passthroughBehavior: apigateway.PassthroughBehavior.NEVER,
      contentHandling: apigateway.ContentHandling.CONVERT_TO_TEXT,
      cacheNamespace: 'ns',
      insecureSkipVerification: true,
    })).toEqual([
      { op: 'replace', path: '/timeoutInMillis', value: '10000' },
      { op: 'replace', path: '/uri', value: 'https://example.com/{id}' },
      { op: 'replace', path: '/httpMethod', value: 'POST' },
      { op: 'replace', path: '/passthroughBehavior', value: 'NEVER' },
      { op: 'replace', path: '/contentHandling', value: 'CONVERT_TO_TEXT' },
      { op: 'replace', path: '/cacheNamespace', value: 'ns' },
      { op: 'replace', path: '/tlsConfig/insecureSkipVerification', value: 'true' },
    ]);
  });

  test('map entries are removed, replaced and added by name, with their rendered source', () => {
    expect(render({
      requestParameters: {
        add: { headers: { 'x-id': RequestValue.context('requestId') } },
        replace: { paths: { id: RequestValue.path('id') } },
        remove: { querystrings: ['debug'] },
      },
    })).toEqual([
      { op: 'remove', path: '/requestParameters/integration.request.querystring.debug' },
      { op: 'replace', path: '/requestParameters/integration.request.path.id', value: 'method.request.path.id' },
      { op: 'add', path: '/requestParameters/integration.request.header.x-id', value: 'context.requestId' },
    ]);
  });

  test('cache key parameters are added and removed by their method request parameter', () => {
    expect(render({ cacheKeyParameters: { add: [RequestValue.path('id')], remove: [RequestValue.header('x')] } })).toEqual([
      { op: 'remove', path: '/cacheKeyParameters/method.request.header.x' },
      { op: 'add', path: '/cacheKeyParameters/method.request.path.id', value: '' },
    ]);
  });

  test('a connection changes type and id together; internet clears the id', () => {
    expect(render({ connection: RestApiIntegrationPatchConnection.fromVpcLinkId('abc123') })).toEqual([
      { op: 'replace', path: '/connectionType', value: 'VPC_LINK' },
      { op: 'replace', path: '/connectionId', value: 'abc123' },
    ]);
    expect(render({ connection: RestApiIntegrationPatchConnection.stageVariable('link') })[1]).toEqual({ op: 'replace', path: '/connectionId', value: '${stageVariables.link}' });
    expect(render({ connection: RestApiIntegrationPatchConnection.internet() })).toEqual([
      { op: 'replace', path: '/connectionType', value: 'INTERNET' },
      { op: 'replace', path: '/connectionId', value: '' },
    ]);
  });

  test('a request parameter under two operations is refused, by its destination', () => {
    expect(() => render({ requestParameters: { add: { headers: { 'x-id': RequestValue.header('a') } }, remove: { headers: ['x-id'] } } }))
      .toThrow(/- PatchChangeConflict: .*"integration.request.header.x-id" under both add and remove/);
    expect(() => render({ cacheKeyParameters: { add: [RequestValue.path('id')], remove: [RequestValue.path('id')] } }))
      .toThrow(/- PatchChangeConflict: .*"method.request.path.id" under both add and remove/);
  });

  test('a name under two operations is refused', () => {
    expect(() => render({ requestTemplates: { add: { 'text/plain': 'x' }, remove: ['text/plain'] } }))
      .toThrow(/\[Stack\/Patch\] RestApiIntegrationPatch: 1 problem\n- PatchChangeConflict: .*"text\/plain" under both add and remove/);
  });
});

describe('operation order', () => {
  test('does not depend on the order keys were written in', () => {
    const a = render({ requestTemplates: { add: { 'text/plain': 'p', 'application/json': 'j' } }, timeout: Duration.seconds(1) });
    const b = render({ timeout: Duration.seconds(1), requestTemplates: { add: { 'application/json': 'j', 'text/plain': 'p' } } });
    expect(a).toEqual(b);
    expect(a.map(o => o.path)).toEqual(['/timeoutInMillis', '/requestTemplates/application~1json', '/requestTemplates/text~1plain']);
  });

  test('scalars come first, then each map: removals, replacements, additions', () => {
    const ops = render({
      cacheKeyParameters: { add: [RequestValue.path('id')] },
      requestTemplates: { add: { 'a/b': '1' }, remove: ['c/d'] },
      requestParameters: { add: { headers: { a: RequestValue.header('a') } } },
      cacheNamespace: 'ns',
    });
    expect(ops.map(o => `${o.op} ${o.path}`)).toEqual([
      'replace /cacheNamespace',
      'add /requestParameters/integration.request.header.a',
      'remove /requestTemplates/c~1d',
      'add /requestTemplates/a~1b',
      'add /cacheKeyParameters/method.request.path.id',
    ]);
  });
});

describe('restoring on delete', () => {
  test('removes what was added and turns TLS verification back on', () => {
    expect(inverseRestChange({
      requestParameters: { add: { headers: { a: RequestValue.header('a') }, paths: { id: RequestValue.path('id') } }, remove: { headers: ['b'] } },
      requestTemplates: { add: { 'application/json': '{}' }, replace: { 'text/plain': 'x' } },
      cacheKeyParameters: { add: [RequestValue.path('id')] },
      insecureSkipVerification: true,
      timeout: Duration.seconds(5),
    })).toEqual({
      requestParameters: { remove: { headers: ['a'], paths: ['id'] } },
      requestTemplates: { remove: ['application/json'] },
      cacheKeyParameters: { remove: [RequestValue.path('id')] },
      insecureSkipVerification: false,
    });
  });

  test('has nothing to restore for replaced values', () => {
    expect(inverseRestChange({ timeout: Duration.seconds(5), uri: 'https://example.com', insecureSkipVerification: false })).toBeUndefined();
  });
});

describe('paths the service does not patch (C39)', () => {
  test('accepts every path the typed change renders', () => {
    expect(check(render({
      timeout: Duration.seconds(1),
      uri: 'https://x.example',
      integrationHttpMethod: apigatewayv2.HttpMethod.GET,
      connection: RestApiIntegrationPatchConnection.fromVpcLinkId('v'),
      cacheNamespace: 'n',
      insecureSkipVerification: true,
      passthroughBehavior: apigateway.PassthroughBehavior.NEVER,
      contentHandling: apigateway.ContentHandling.CONVERT_TO_BINARY,
      requestParameters: { add: { headers: { a: RequestValue.header('a') } }, replace: {}, remove: { headers: ['b'] } },
      requestTemplates: { add: { 'a/b': 'x' }, replace: { 'c/d': 'y' }, remove: ['e/f'] },
      cacheKeyParameters: { add: [RequestValue.path('p')], remove: [RequestValue.path('q')] },
    }))).not.toThrow();
  });

  test('refuses the integration type, naming the path and the rule code', () => {
    expect(check([{ op: 'replace', path: '/type', value: 'HTTP' }]))
      .toThrow(/^\[Stack\/Patch\] RestApiIntegrationPatch: 1 problem\n- PatchPathNotSupported: UpdateIntegration does not patch "\/type"/);
  });

  test('refuses a whole map', () => {
    expect(check([{ op: 'remove', path: '/requestParameters' }])).toThrow(/PatchPathNotSupported: UpdateIntegration does not patch "\/requestParameters"/);
  });

  test('refuses a nested path under a map entry', () => {
    expect(check([{ op: 'add', path: '/requestTemplates/application/json', value: '{}' }])).toThrow(/does not patch "\/requestTemplates\/application\/json"/);
  });

  test('refuses an operation a path does not take', () => {
    expect(check([{ op: 'add', path: '/timeoutInMillis', value: '100' }])).toThrow(/PatchPathNotSupported: UpdateIntegration takes only "replace" on "\/timeoutInMillis", got "add" "\/timeoutInMillis"; use "replace"/);
    expect(check([{ op: 'replace', path: '/cacheKeyParameters/p', value: '' }])).toThrow(/takes only "add", "remove" on "\/cacheKeyParameters\/\{\}"/);
    expect(check([{ op: 'copy', path: '/uri', from: '/connectionId' }])).toThrow(/got "copy" "\/uri"/);
  });

  test('refuses an add or replace without a value', () => {
    expect(check([{ op: 'replace', path: '/uri' }])).toThrow(/PatchPathNotSupported: "replace" needs a value/);
  });
});

describe('the integration after the patch, as facts', () => {
  const base = {
    kinds: ['REST'] as const,
    subject: 'integration' as const,
    type: 'HTTP',
    uri: 'https://a.example',
    connectionType: 'VPC_LINK',
    connectionId: 'vl1',
    requestTemplates: { 'application/json': '{}', 'text/plain': 'x' },
    cacheKeyParameters: ['method.request.path.id', 'method.request.header.x'],
  };

  test('overrides changed fields, merges maps and cache keys, clears the id of an internet connection', () => {
    const change = {
      uri: 'https://b.example',
      requestTemplates: { remove: ['text/plain'], add: { 'application/xml': '<a/>' } },
      cacheKeyParameters: { remove: [RequestValue.header('x')], add: [RequestValue.querystring('q')] },
      connection: RestApiIntegrationPatchConnection.internet(),
    };
    const facts = patchedFacts({ ...base, kinds: ['REST'] }, restChangeFacts('P', 'S', change), change);
    expect(facts).toMatchObject({
      type: 'HTTP',
      uri: 'https://b.example',
      connectionType: 'INTERNET',
      requestTemplates: { 'application/json': '{}', 'application/xml': '<a/>' },
      cacheKeyParameters: ['method.request.path.id', 'method.request.querystring.q'],
    });
    expect(facts.connectionId).toBeUndefined();
    expect(facts.requestTemplates).not.toHaveProperty('text/plain');
  });

  test('keeps what the change leaves alone', () => {
    const change = { timeout: Duration.seconds(3) };
    const facts = patchedFacts({ ...base, kinds: ['REST'] }, restChangeFacts('P', 'S', change), change);
    expect(facts).toMatchObject({ uri: 'https://a.example', connectionId: 'vl1', timeoutMs: 3000, requestTemplates: base.requestTemplates });
  });
});
