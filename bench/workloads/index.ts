/**
 * The benchmark's workload registry, in report order.
 *
 * To add a variant (e.g. this library's `library` variant), add an entry to the workload's `variants`
 * in its own file; to add a workload, create `bench/workloads/<name>.ts` exporting a `Workload` and list it here.
 */
import { aspectOverhead } from './aspect-overhead';
import { httpLambda } from './http-lambda';
import { httpUrl } from './http-url';
import { restHttp } from './rest-http';
import { restLambda } from './rest-lambda';
import { restSqs } from './rest-sqs';
import { templateRender } from './template-render';
import { wsLambda } from './ws-lambda';
import type { Workload } from '../support';

export const WORKLOADS: readonly Workload[] = [restLambda, restHttp, restSqs, httpLambda, httpUrl, wsLambda, aspectOverhead, templateRender];

export function findWorkload(name: string): Workload | undefined {
  return WORKLOADS.find((w) => w.name === name);
}
