import * as https from 'node:https';
import * as fc from 'fast-check';
import { RequestValue, RestApiIntegrationChange } from '../../src';
import { HANDLER_CODE } from '../../src/patch/private/handler';
import { inverseRestChange, renderRestChange } from '../../src/patch/private/rest-render';

/**
 * The patch handler's logic, run as the code CloudFormation gets (the inline string), against a
 * recording double of API Gateway (a network service that cannot run here): update A -> B,
 * idempotent re-application, delete of a missing target, and what it logs.
 */

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
type Call = { action: string; input: Json };

interface Loaded {
  run(event: Json, api: (action: string, input: Json) => Promise<Json>): Promise<string>;
  handler(event: Json): Promise<void>;
}

function load(requireFn: (id: string) => unknown = require): Loaded {
  const mod = { exports: {} as Json };
  new Function('require', 'exports', 'module', HANDLER_CODE)(requireFn, mod.exports, mod); // eslint-disable-line @typescript-eslint/no-implied-eval
  return mod.exports;
}

/** A REST integration held in memory; records every call; `UpdateIntegration` applies the operations as the service would. */
class FakeRestApi {
  public readonly calls: Call[] = [];
  public integration: Json | undefined;
  constructor(integration: Json | undefined) { this.integration = integration; }
  public readonly api = async (action: string, input: Json): Promise<Json> => {
    this.calls.push({ action, input });
    if (this.integration === undefined) throw Object.assign(new Error('Invalid Integration identifier specified'), { name: 'NotFoundException' });
    if (action === 'GetIntegration') return JSON.parse(JSON.stringify(this.integration));
    if (action !== 'UpdateIntegration') return { id: 'dep1' };
    for (const o of input.patchOperations as Json[]) {
      const [, field, ...rest] = o.path.split('/');
      const name = rest.join('/').replace(/~1/g, '/').replace(/~0/g, '~');
      if (field === 'cacheKeyParameters') {
        const list: string[] = this.integration.cacheKeyParameters ?? [];
        if (o.op === 'add') { if (list.includes(name)) throw new Error('duplicate'); list.push(name); }
        if (o.op === 'remove') { if (!list.includes(name)) throw new Error('BadRequestException: missing'); list.splice(list.indexOf(name), 1); }
        this.integration.cacheKeyParameters = list;
      } else if (field === 'requestParameters' || field === 'requestTemplates') {
        const map = (this.integration[field] ??= {});
        if (o.op === 'remove') { if (!(name in map)) throw new Error('BadRequestException: missing'); delete map[name]; }
        if (o.op === 'replace' && !(name in map)) throw new Error('BadRequestException: missing');
        if (o.op === 'add' || o.op === 'replace') map[name] = o.value ?? '';
      } else {
        this.integration[o.path] = o.value; // a scalar, by its path
      }
    }
    return this.integration;
  };
}

const TARGET = { restApiId: 'a1b2c3d4e5', resourceId: 'res123', httpMethod: 'GET' };

function restProps(apply: Json[], restore?: Json[]): Json {
  return { Api: 'rest', Target: TARGET, Apply: JSON.stringify(apply), ...(restore ? { Restore: JSON.stringify(restore) } : {}) };
}

function event(type: 'Create' | 'Update' | 'Delete', props: Json, old?: Json): Json {
  return {
    RequestType: type,
    LogicalResourceId: 'PatchUpdate',
    PhysicalResourceId: type === 'Create' ? undefined : 'a1b2c3d4e5/res123/GET',
    ResourceProperties: props,
    OldResourceProperties: old,
    ResponseURL: 'https://cfn.example/response?sig=1',
    StackId: 's',
    RequestId: 'r',
  };
}

const addHeader = (n: string, v: string) => ({ op: 'add', path: `/requestParameters/integration.request.header.${n}`, value: v });
const removeHeader = (n: string) => ({ op: 'remove', path: `/requestParameters/integration.request.header.${n}` });

describe('update from change A to change B', () => {
  test('removes what A added and B does not, keeps what both add, adds what only B adds', async () => {
    const api = new FakeRestApi({ requestParameters: { 'integration.request.header.keep': 'method.request.header.keep' } });
    const { run } = load();
    const a = restProps([addHeader('a', '\'a\''), addHeader('both', '\'a\'')], [removeHeader('a'), removeHeader('both')]);
    await run(event('Create', a), api.api);
    expect(api.integration.requestParameters).toEqual({
      'integration.request.header.keep': 'method.request.header.keep',
      'integration.request.header.a': '\'a\'',
      'integration.request.header.both': '\'a\'',
    });
    const b = restProps([addHeader('both', '\'b\''), addHeader('b', '\'b\'')], [removeHeader('both'), removeHeader('b')]);
    await run(event('Update', b, a), api.api);
    expect(api.integration.requestParameters).toEqual({
      'integration.request.header.keep': 'method.request.header.keep',
      'integration.request.header.both': '\'b\'',
      'integration.request.header.b': '\'b\'',
    });
  });

  test('turns TLS verification back on when B no longer skips it', async () => {
    const api = new FakeRestApi({ tlsConfig: {} });
    const { run } = load();
    const a = restProps([{ op: 'replace', path: '/tlsConfig/insecureSkipVerification', value: 'true' }], [{ op: 'replace', path: '/tlsConfig/insecureSkipVerification', value: 'false' }]);
    await run(event('Create', a), api.api);
    await run(event('Update', restProps([{ op: 'replace', path: '/timeoutInMillis', value: '5000' }]), a), api.api);
    const updates = api.calls.filter(c => c.action === 'UpdateIntegration').map(c => c.input.patchOperations);
    expect(updates[1]).toEqual([{ op: 'replace', path: '/tlsConfig/insecureSkipVerification', value: 'false' }]);
    expect(updates[2]).toEqual([{ op: 'replace', path: '/timeoutInMillis', value: '5000' }]);
  });

  test('restores the old integration when the target moved, and keeps the physical id', async () => {
    const api = new FakeRestApi({ requestParameters: {} });
    const { run } = load();
    const a = { ...restProps([addHeader('a', '\'a\'')], [removeHeader('a')]), Target: { ...TARGET, httpMethod: 'POST' } };
    await run(event('Create', a), api.api);
    const id = await run(event('Update', restProps([addHeader('a', '\'a\'')], [removeHeader('a')]), a), api.api);
    expect(id).toBe('a1b2c3d4e5/res123/GET');
    expect(api.calls.filter(c => c.action === 'UpdateIntegration').map(c => [c.input.httpMethod, c.input.patchOperations[0].op]))
      .toEqual([['POST', 'add'], ['POST', 'remove'], ['GET', 'add']]);
  });

  test('v2: fields the old restore names and the new change leaves alone are restored first', async () => {
    const calls: Call[] = [];
    const { run } = load();
    const target = { ApiId: 'a1b2c3d4e5', IntegrationId: 'abc1234' };
    const v2 = (apply: Json, restore?: Json) => ({ Api: 'v2', Target: target, Apply: JSON.stringify(apply), ...(restore ? { Restore: JSON.stringify(restore) } : {}) });
    const a = v2({ TimeoutInMillis: 5000, Description: 'a' }, { TimeoutInMillis: 30000, Description: 'old' });
    await run(event('Update', v2({ Description: 'b' }), a), async (action, input) => { calls.push({ action, input }); return {}; });
    expect(calls).toEqual([
      { action: 'UpdateIntegration', input: { ...target, TimeoutInMillis: 30000 } },
      { action: 'UpdateIntegration', input: { ...target, Description: 'b' } },
    ]);
  });
});

describe('idempotence', () => {
  test('re-applying a change with remove, add and cache keys makes no failing call', async () => {
    const api = new FakeRestApi({ requestParameters: { 'integration.request.header.old': 'x' }, cacheKeyParameters: [] });
    const { run } = load();
    const change = restProps([
      removeHeader('old'), addHeader('new', '\'n\''),
      { op: 'add', path: '/cacheKeyParameters/method.request.path.id', value: '' },
      { op: 'replace', path: '/requestTemplates/application~1json' },
    ]);
    await run(event('Create', change), api.api);
    await run(event('Update', change, change), api.api);
    await run(event('Update', change, change), api.api);
    expect(api.integration).toEqual({
      requestParameters: { 'integration.request.header.new': '\'n\'' },
      cacheKeyParameters: ['method.request.path.id'],
      requestTemplates: { 'application/json': '' },
    });
    // the second and third runs only replace the header: nothing is removed or added twice
    const last = api.calls.filter(c => c.action === 'UpdateIntegration').pop()!;
    expect(last.input.patchOperations).toEqual([
      { op: 'replace', path: '/requestParameters/integration.request.header.new', value: '\'n\'' },
      { op: 'replace', path: '/requestTemplates/application~1json' },
    ]);
  });
});

describe('delete', () => {
  test('applies the restore operations', async () => {
    const api = new FakeRestApi({ requestParameters: { 'integration.request.header.a': 'x' } });
    const { run } = load();
    await run(event('Delete', restProps([addHeader('a', 'x')], [removeHeader('a')])), api.api);
    expect(api.integration.requestParameters).toEqual({});
  });

  test('a REST API or integration that is gone is success', async () => {
    const api = new FakeRestApi(undefined);
    const { run } = load();
    await expect(run(event('Delete', restProps([addHeader('a', 'x')], [removeHeader('a')])), api.api)).resolves.toBe('a1b2c3d4e5/res123/GET');
  });

  test('an entry that is gone is skipped', async () => {
    const api = new FakeRestApi({ requestParameters: {} });
    const { run } = load();
    await run(event('Delete', restProps([addHeader('a', 'x')], [removeHeader('a')])), api.api);
    expect(api.calls.map(c => c.action)).toEqual(['GetIntegration']);
  });

  test('a v2 API or integration that is gone is success; other errors still fail', async () => {
    const { run } = load();
    const props = { Api: 'v2', Target: { ApiId: 'a1b2c3d4e5', IntegrationId: 'abc1234' }, Apply: '{"Description":"x"}', Restore: '{"Description":"y"}' };
    const notFound = async () => { throw Object.assign(new Error('Unable to find Integration'), { name: 'NotFoundException', $metadata: { httpStatusCode: 404 } }); };
    await expect(run(event('Delete', props), notFound)).resolves.toBeDefined();
    const denied = async () => { throw Object.assign(new Error('denied'), { name: 'AccessDeniedException' }); };
    await expect(run(event('Delete', props), denied)).rejects.toThrow('denied');
  });

  test('a missing target on create still fails', async () => {
    const api = new FakeRestApi(undefined);
    const { run } = load();
    await expect(run(event('Create', restProps([addHeader('a', 'x')])), api.api)).rejects.toThrow(/Invalid Integration identifier/);
  });
});

describe('redeployment', () => {
  test('creates a deployment on create and update, none on delete', async () => {
    const calls: Call[] = [];
    const { run } = load();
    const props = { Api: 'rest', Deploy: JSON.stringify({ restApiId: 'a1b2c3d4e5', stageName: 'prod' }) };
    const api = async (action: string, input: Json) => { calls.push({ action, input }); return { id: 'dep1' }; };
    expect(await run(event('Create', props), api)).toBe('dep1');
    await run(event('Delete', props), api);
    expect(calls).toEqual([{ action: 'CreateDeployment', input: { restApiId: 'a1b2c3d4e5', stageName: 'prod' } }]);
  });
});

describe('what the handler logs and answers', () => {
  const SECRET_TEMPLATE = '{"token":"$input.params(\'x-secret\')","value":"s3cr3t-value"}';
  const ROLE = 'arn:aws:iam::123456789012:role/very-private-role';

  /** Runs the real `handler` with a fake SDK module and a fake https, capturing console output and the response body. */
  async function runHandler(fail: boolean): Promise<{ logs: string; response: Json }> {
    const logs: string[] = [];
    let response: Json;
    const fakeHttps = {
      request: (_o: unknown, cb: (s: Json) => void) => ({
        on: () => undefined,
        end: (body: string) => {
          response = JSON.parse(body);
          cb({ resume: () => undefined, on: (_e: string, f: () => void) => f() });
        },
      }),
    };
    class APIGatewayClient {
      async send(cmd: { input: Json; name: string }) {
        if (fail) throw Object.assign(new Error(`bad template ${SECRET_TEMPLATE}`), { name: 'BadRequestException' });
        return cmd.name === 'GetIntegrationCommand' ? { requestTemplates: {} } : {};
      }
    }
    const command = (name: string) => class { public readonly name = name; constructor(public readonly input: Json) {} };
    const sdk = { APIGatewayClient, GetIntegrationCommand: command('GetIntegrationCommand'), UpdateIntegrationCommand: command('UpdateIntegrationCommand') };
    const fakeRequire = (id: string) => (id === 'https' ? fakeHttps : id === '@aws-sdk/client-api-gateway' ? sdk : (() => { throw new Error(id); })());
    const spy = jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => { logs.push(args.map(String).join(' ')); });
    try {
      const props = restProps([
        { op: 'add', path: '/requestTemplates/application~1json', value: SECRET_TEMPLATE },
        { op: 'replace', path: '/credentials', value: ROLE },
      ]);
      await load(fakeRequire).handler(event('Create', props));
    } finally {
      spy.mockRestore();
    }
    return { logs: logs.join('\n'), response };
  }

  test('logs no template, value or role ARN on success, and answers with NoEcho', async () => {
    const { logs, response } = await runHandler(false);
    expect(logs).toBe('Create PatchUpdate');
    expect(response).toMatchObject({ Status: 'SUCCESS', NoEcho: true, PhysicalResourceId: 'a1b2c3d4e5/res123/GET' });
    expect(JSON.stringify(response)).not.toContain('s3cr3t');
  });

  test('logs only the error\'s name on failure', async () => {
    const { logs, response } = await runHandler(true);
    expect(logs).toBe('Create PatchUpdate\nFAILED BadRequestException');
    expect(logs).not.toMatch(/s3cr3t|very-private-role|x-secret/);
    expect(response.Status).toBe('FAILED');
  });

  test('fits CloudFormation\'s 4096-character limit for inline code', () => {
    expect(HANDLER_CODE.length).toBeLessThanOrEqual(4096);
    expect(https).toBeDefined();
  });
});

describe('property: any change A then any change B', () => {
  test('leaves exactly the base integration plus what B adds; deleting B leaves the base', async () => {
    const name = fc.constantFrom('a', 'b', 'c', 'd', 'x/y', 'p~q');
    const change = fc.uniqueArray(name, { minLength: 1, maxLength: 4 }).map(names => {
      const headers: Record<string, RequestValue> = {};
      for (const n of names) headers[n] = RequestValue.literal(n);
      return { requestParameters: { add: { headers } }, requestTemplates: { addPassthrough: names.map(n => `application/${n}`) } };
    });
    const props = (c: RestApiIntegrationChange) => restProps(renderRestChange('P', 'RestApiIntegrationPatch', c), renderRestChange('P', 'RestApiIntegrationPatch', inverseRestChange(c)!));
    await fc.assert(fc.asyncProperty(change, change, async (a, b) => {
      const base = { requestParameters: { 'integration.request.header.base': 'method.request.header.base' }, requestTemplates: { 'text/plain': 'keep' } };
      const api = new FakeRestApi(JSON.parse(JSON.stringify(base)));
      const { run } = load();
      await run(event('Create', props(a)), api.api);
      await run(event('Update', props(b), props(a)), api.api);
      const expected = JSON.parse(JSON.stringify(base));
      for (const n of Object.keys(b.requestParameters.add.headers)) expected.requestParameters[`integration.request.header.${n}`] = `'${n}'`;
      for (const t of b.requestTemplates.addPassthrough) expected.requestTemplates[t] = '';
      expect(api.integration).toEqual(expected);
      await run(event('Delete', props(b)), api.api);
      expect(api.integration).toEqual(base);
    }), { seed: 20261203, numRuns: 100 });
  });
});
