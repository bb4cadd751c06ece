import { Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { MappingTemplate, MappingTemplateInput } from './mapping-template';
import { throwUsageError } from '../core/errors';
import {
  chooseRequestTemplate, chooseResponseTemplate, flatten, mapParameters, MappingSources, ResolvedIntegration, selectResponse,
} from './private/request-flow';

/**
 * What the back end would receive for a sample request.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-data-transformations.html
 */
export interface RestIntegrationPreviewBackendRequest {
  /** True when API Gateway refuses the request with 415 Unsupported Media Type (passthrough behaviour). */
  readonly rejected: boolean;
  /** True when the body goes to the back end as the client sent it (no template applied). */
  readonly passedThrough: boolean;
  /**
   * The content type of the request template applied.
   * @default - no template applied
   */
  readonly templateContentType?: string;
  /** The body the back end receives. */
  readonly body: string;
  /** Headers mapped by `requestParameters` and set by `$context.requestOverride.header`. */
  readonly headers: { [name: string]: string };
  /** Query strings mapped by `requestParameters` and set by `$context.requestOverride.querystring`. */
  readonly querystring: { [name: string]: string };
  /** Path parameters mapped by `requestParameters` and set by `$context.requestOverride.path`. */
  readonly path: { [name: string]: string };
}

/**
 * A sample answer of the back end.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-data-transformations.html
 */
export interface RestIntegrationPreviewBackendResponse {
  /**
   * The back end's HTTP status code (HTTP and AWS service integrations). For MOCK integrations
   * the request template's `statusCode` is used instead.
   * @default 200
   */
  readonly statusCode?: number;
  /**
   * A Lambda function's error message (Lambda non-proxy integrations select responses by it).
   * @default - the function succeeded
   */
  readonly errorMessage?: string;
  /**
   * The response body.
   * @default '' - empty
   */
  readonly body?: string;
  /**
   * Response headers.
   * @default - none
   */
  readonly headers?: { [name: string]: string };
}

/**
 * What the client would receive.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-data-transformations.html
 */
export interface RestIntegrationPreviewResponse {
  /**
   * The selection pattern of the integration response selected.
   * @default - the default response (no pattern) was selected, or none matched
   */
  readonly selectionPattern?: string;
  /** The status code the client receives (the integration response's, or `$context.responseOverride.status`). */
  readonly statusCode: number;
  /**
   * The content type of the response template applied.
   * @default - no template: the back end's body is passed through
   */
  readonly templateContentType?: string;
  /** The body the client receives. */
  readonly body: string;
  /** Headers mapped by `responseParameters` and set by `$context.responseOverride.header`. */
  readonly headers: { [name: string]: string };
}

/**
 * A preview of a REST method's integration for unit tests: what the back end receives for a
 * sample request, and what the client receives for a sample back-end answer, computed from
 * the method's synthesized `AWS::ApiGateway::Method` (any method: this library's integrations,
 * aws-cdk-lib's own, or a hand-written `CfnMethod`), without deploying.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-data-transformations.html
 */
export class RestIntegrationPreview {
  /** Previews the integration of an aws-cdk-lib `Method` (`resource.addMethod(...)`). */
  public static of(method: apigw.Method): RestIntegrationPreview {
    return RestIntegrationPreview.fromCfnMethod(method.node.defaultChild as apigw.CfnMethod);
  }

  /** Previews the integration of a `CfnMethod`. */
  public static fromCfnMethod(method: apigw.CfnMethod): RestIntegrationPreview {
    const integration = flatten(Stack.of(method).resolve(method.integration)) as ResolvedIntegration | undefined;
    if (!integration) {
      throwUsageError(method.node.path, 'RestIntegrationPreview', { code: 'MethodWithoutIntegration', what: 'the method has no integration to preview', got: 'none', fix: 'give the method an integration' });
    }
    return new RestIntegrationPreview(integration);
  }

  private constructor(private readonly integration: ResolvedIntegration) {}

  /**
   * What the back end receives for `request`, a sample client request (the same input a template
   * renders with): its `Content-Type` header selects the request template (absent:
   * `application/json`), its `Accept` header the response template.
   */
  public request(request: MappingTemplateInput = {}): RestIntegrationPreviewBackendRequest {
    const i = this.integration;
    const headers = request.headers ?? {};
    const sources = this.sources(request);
    const mapped = mapParameters(i.requestParameters, 'integration.request', sources);
    const type = (i.type ?? '').toUpperCase();
    if (type.endsWith('_PROXY')) {
      return { rejected: false, passedThrough: true, body: request.body ?? '', headers: { ...headers, ...mapped.header }, querystring: { ...request.querystring, ...mapped.querystring }, path: mapped.path };
    }
    const contentType = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
    const choice = chooseRequestTemplate(i.requestTemplates ?? {}, contentType, i.passthroughBehavior);
    if (choice.rejected) return { rejected: true, passedThrough: false, body: '', headers: {}, querystring: {}, path: {} };
    if (choice.key === undefined) return { rejected: false, passedThrough: true, body: request.body ?? '', headers: mapped.header, querystring: mapped.querystring, path: mapped.path };
    const out = MappingTemplate.renderWithOverrides(i.requestTemplates![choice.key], this.templateInput(request, request.body));
    return {
      rejected: false,
      passedThrough: false,
      templateContentType: choice.key,
      body: out.body,
      headers: { ...mapped.header, ...out.requestOverrideHeaders },
      querystring: { ...mapped.querystring, ...out.requestOverrideQuerystring },
      path: { ...mapped.path, ...out.requestOverridePath },
    };
  }

  /**
   * What the client receives when the back end answers `response` to `request`: the integration
   * response selected (by status code, a Lambda error message, or a MOCK template's `statusCode`)
   * and its rendered template. With no match and no default response, API Gateway answers 500.
   */
  public response(response: RestIntegrationPreviewBackendResponse = {}, request: MappingTemplateInput = {}): RestIntegrationPreviewResponse {
    const i = this.integration;
    const type = (i.type ?? '').toUpperCase();
    if (type.endsWith('_PROXY')) return { statusCode: response.statusCode ?? 200, body: response.body ?? '', headers: { ...response.headers } };
    const selected = selectResponse(i.integrationResponses ?? [], this.selector(type, response, request));
    if (!selected) return { statusCode: 500, body: '{"message": "Internal server error"}', headers: {} };
    const integration = { header: response.headers ?? {}, body: response.body ?? '' };
    const mapped = mapParameters(selected.responseParameters, 'method.response', { ...this.sources(request), integration });
    const accept = Object.entries(request.headers ?? {}).find(([k]) => k.toLowerCase() === 'accept')?.[1];
    const key = chooseResponseTemplate(selected.responseTemplates ?? {}, accept);
    if (key === undefined) return { selectionPattern: selected.selectionPattern || undefined, statusCode: Number(selected.statusCode), body: response.body ?? '', headers: mapped.header };
    const out = MappingTemplate.renderWithOverrides(selected.responseTemplates![key], this.templateInput(request, response.body));
    return {
      selectionPattern: selected.selectionPattern || undefined,
      statusCode: out.responseOverrideStatus ?? Number(selected.statusCode),
      templateContentType: key,
      body: out.body,
      headers: { ...mapped.header, ...out.responseOverrideHeaders },
    };
  }

  /** What selection patterns are matched against. */
  private selector(type: string, response: RestIntegrationPreviewBackendResponse, request: MappingTemplateInput): string | undefined {
    if (type === 'MOCK') {
      const sent = this.request(request);
      const code = /"statusCode"\s*:\s*"?(\d{3})/.exec(sent.body)?.[1];
      return code ?? '200';
    }
    if (type === 'AWS' && /:lambda:path\//.test(this.integration.uri ?? '')) return response.errorMessage;
    return String(response.statusCode ?? 200);
  }

  private sources(request: MappingTemplateInput): MappingSources {
    return {
      method: { header: request.headers ?? {}, querystring: request.querystring ?? {}, path: request.path ?? {}, body: request.body ?? '' },
      context: request.context ?? {},
      stageVariables: request.stageVariables ?? {},
    };
  }

  private templateInput(request: MappingTemplateInput, body: string | undefined) {
    const { headers, querystring, path, stageVariables, context } = request;
    return { body, headers, querystring, path, stageVariables, context };
  }
}
