/**
 * aspect-overhead: the synth-time cost of this library's `IntegrationChecks` aspect on a large app.
 *
 * N = 1,000 aws-cdk-lib REST integrations: 5 stacks of 200 methods `GET /r{i}` (one RestApi per stack),
 * alternating `LambdaIntegration(fn, { scopePermissionToMethod: false })` (one shared function per stack)
 * and `HttpIntegration('https://example.com/r{i}')`. About 406 resources per stack, under the 500 limit.
 * `cloudWatchRole: false` so the 5 APIs do not each create the account-wide CloudWatch role.
 *
 * Variants: `without-aspect` vs `with-aspect` (`Aspects.of(app).add(new IntegrationChecks())`).
 * Both load `src/` in `prepare` (outside the timer), so the only difference is the aspect itself.
 * Until `IntegrationChecks` is exported from src/, `with-aspect` reports n/a.
 */
import { Aspects, type IAspect, type Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { benchFunction, NotApplicable, routeName, routeUrl, siblingStack, type Workload } from '../support';

const METHODS_PER_STACK = 200;

type AspectClass = new () => IAspect;
let integrationChecks: AspectClass | undefined;
let unavailableReason = 'src/ not loaded (prepare did not run)';

/**
 * Loads `src/` the way a user would (`import { IntegrationChecks } from '../src'`), but lazily and guarded:
 * only this workload's child processes pay for loading src/, and a src/ that is mid-edit or does not
 * export IntegrationChecks yet turns `with-aspect` into n/a instead of failing the whole bench.
 */
function loadIntegrationChecks(): void {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const lib = require('../../src') as Record<string, unknown>;
    if (typeof lib.IntegrationChecks === 'function') {
      integrationChecks = lib.IntegrationChecks as AspectClass;
    } else {
      unavailableReason = 'IntegrationChecks is not exported from src/ yet';
    }
  } catch (err) {
    unavailableReason = `src/ failed to load: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
  }
}

/** 1,000 integrations (n), METHODS_PER_STACK per stack; the first shard goes into the given stack. */
function buildIntegrations(stack: Stack, n: number): void {
  for (let shard = 0, first = 0; first < n; shard++, first += METHODS_PER_STACK) {
    const target = shard === 0 ? stack : siblingStack(stack, `Bench${shard}`);
    const fn = benchFunction(target);
    const api = new apigw.RestApi(target, 'Api', { cloudWatchRole: false });
    const lambdaIntegration = new apigw.LambdaIntegration(fn, { scopePermissionToMethod: false });
    for (let i = first; i < Math.min(n, first + METHODS_PER_STACK); i++) {
      const integration = i % 2 === 0 ? lambdaIntegration : new apigw.HttpIntegration(routeUrl(i));
      api.root.addResource(routeName(i)).addMethod('GET', integration);
    }
  }
}

export const aspectOverhead: Workload = {
  name: 'aspect-overhead',
  description: '1,000 aws-cdk-lib REST integrations in 5 stacks (Lambda, scopePermissionToMethod: false + HttpIntegration), with/without IntegrationChecks',
  baseline: 'without-aspect',
  sizes: [1000],
  minRepeat: 7, // the difference is small and the machine is shared: more samples than the default 3
  reportOverhead: true,
  prepare: loadIntegrationChecks,
  variants: {
    'without-aspect': (stack, n) => buildIntegrations(stack, n),
    'with-aspect': (stack, n) => {
      if (!integrationChecks) {
        throw new NotApplicable(unavailableReason);
      }
      Aspects.of(stack.node.root).add(new integrationChecks());
      buildIntegrations(stack, n);
    },
  },
};
