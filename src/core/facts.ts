/**
 * The facts rules read: a small, kind-agnostic record of one integration (and, for REST, of the
 * method it belongs to). Both front doors build facts — the typed constructs from their props, the
 * `IntegrationChecks` aspect from L1 properties — and the one rule table judges them.
 *
 * A value that could not be resolved at synth time is an {@link Unknown}: rules judge only what
 * they can see. `undefined` means "absent".
 *
 * INTERNAL: nothing here is exported from the package root.
 */

/** The three kinds of API. */
export type ApiKind = 'REST' | 'HTTP' | 'WEBSOCKET';
export const API_KINDS: readonly ApiKind[] = ['REST', 'HTTP', 'WEBSOCKET'];

/**
 * What a rule is looking at: an integration (with its responses), one v2 integration response
 * alone, or a whole API (what its integrations add up to: quotas, deployability).
 */
export type Subject = 'integration' | 'integrationResponse' | 'api' | 'method';

/**
 * A value that is present but not known at synth time (a token, an intrinsic function).
 * `skeleton` keeps the literal parts of a partially known string, with every unknown part
 * replaced by {@link HOLE}; rules may test literal substrings of it, never its full shape.
 */
export class Unknown {
  constructor(public readonly skeleton?: string) {}
  toString(): string {
    return this.skeleton === undefined ? '<unresolved>' : this.skeleton.split(HOLE).join('${Token}');
  }
}

/** Marks an unknown part inside a skeleton. Never appears in real values. */
export const HOLE = '\u0000';

/** A fact: known, unknown (present but unresolved) or absent. */
export type Fact<T> = T | Unknown | undefined;

/** A map whose keys are known but whose values may each be unknown. */
export type FactMap<T> = Record<string, Fact<T>>;

export interface MethodResponseFacts {
  readonly statusCode: Fact<string>;
  /** `method.response.header.X` -> required flag. */
  readonly responseParameters?: Fact<FactMap<boolean>>;
}

/** A REST method as the integration sees it. */
export interface MethodFacts {
  /** The method's own verb (GET, POST, ANY…). */
  readonly httpMethod?: Fact<string>;
  /** The resource path, e.g. `/pets/{id}`, when known. */
  readonly resourcePath?: Fact<string>;
  /** Declared method request parameters: `method.request.path.id` -> required flag. */
  readonly requestParameters?: Fact<FactMap<boolean>>;
  readonly methodResponses?: Fact<Fact<MethodResponseFacts>[]>;
}

/** A REST integration response, or a WebSocket `AWS::ApiGatewayV2::IntegrationResponse`. */
export interface IntegrationResponseFacts {
  /** REST: the method response status code. */
  readonly statusCode?: Fact<string>;
  /** REST: the selection pattern (a regular expression). */
  readonly selectionPattern?: Fact<string>;
  /** WebSocket: the integration response key (`$default` or `/regex/`). */
  readonly responseKey?: Fact<string>;
  readonly responseParameters?: Fact<FactMap<string>>;
  readonly responseTemplates?: Fact<FactMap<string>>;
  readonly templateSelectionExpression?: Fact<string>;
  readonly contentHandling?: Fact<string>;
}

/** One HTTP API response-parameter mapping: destination <- source. */
export interface ResponseMappingFacts {
  readonly destination: Fact<string>;
  readonly source: Fact<string>;
}

/**
 * Everything the rules can know about one integration. Field names follow the service API
 * (PutIntegration / CreateIntegration), not CloudFormation.
 */
export interface IntegrationFacts {
  /** The API kind, or the kinds it may be when it cannot be resolved (a v2 integration of an imported API). */
  readonly kinds: readonly ApiKind[];
  readonly subject: Subject;

  readonly type?: Fact<string>;
  /** REST `integrationHttpMethod`, v2 `IntegrationMethod`. */
  readonly integrationMethod?: Fact<string>;
  readonly uri?: Fact<string>;
  readonly connectionType?: Fact<string>;
  readonly connectionId?: Fact<string>;
  /** REST `credentials`, v2 `CredentialsArn`. */
  readonly credentials?: Fact<string>;
  readonly timeoutMs?: Fact<number>;
  readonly requestParameters?: Fact<FactMap<string>>;
  readonly requestTemplates?: Fact<FactMap<string>>;
  readonly passthroughBehavior?: Fact<string>;
  /** REST `contentHandling`, WebSocket `ContentHandlingStrategy`. */
  readonly contentHandling?: Fact<string>;
  readonly integrationResponses?: Fact<Fact<IntegrationResponseFacts>[]>;

  // REST only
  /** The REST API's endpoint types (EDGE, REGIONAL, PRIVATE), when they can be resolved. */
  readonly endpointTypes?: Fact<Fact<string>[]>;
  readonly responseTransferMode?: Fact<string>;
  readonly integrationTarget?: Fact<string>;
  /** REST: which VPC link the connection id names (`V1` = AWS::ApiGateway::VpcLink, `V2` = AWS::ApiGatewayV2::VpcLink), when known. */
  readonly vpcLinkVersion?: 'V1' | 'V2';
  readonly cacheNamespace?: Fact<string>;
  readonly cacheKeyParameters?: Fact<Fact<string>[]>;
  readonly insecureSkipVerification?: Fact<boolean>;
  readonly method?: MethodFacts;

  // v2 only
  readonly description?: Fact<string>;
  /** HTTP API `IntegrationSubtype`. */
  readonly subtype?: Fact<string>;
  readonly payloadFormatVersion?: Fact<string>;
  /** HTTP API `TlsConfig.ServerNameToVerify`. */
  readonly serverNameToVerify?: Fact<string>;
  /** HTTP API response parameters: back-end status code -> mappings. */
  readonly responseParameters?: Fact<Record<string, Fact<Fact<ResponseMappingFacts>[]>>>;
  /**
   * HTTP API response parameters that are not in CloudFormation's shape
   * (`{ "<status>": { ResponseParameters: [{ Destination, Source }] } }`): where, and what was found.
   * Only literal values are listed; tokens are never judged.
   */
  readonly responseParametersMalformed?: readonly string[];
  /**
   * C11: for a Lambda integration without credentials whose function is a resource of the same
   * app or template, whether any `AWS::Lambda::Permission` there names that function. Undefined
   * when it cannot be known (an imported function, credentials, a stage variable).
   */
  readonly lambdaPermissionFound?: boolean;
  /**
   * C16: the paths (or logical ids) of load balancers of the app that are not Network Load Balancers,
   * among the targets of the VPC link v1 the integration connects through.
   */
  readonly vpcLinkV1NonNlbTargets?: readonly string[];
  /** C63: the names of the HTTP API's stages in the app other than `$default` (literal names only). */
  readonly namedStages?: readonly string[];
  /** WebSocket `TemplateSelectionExpression`. */
  readonly templateSelectionExpression?: Fact<string>;
  /** The route key (`GET /pets/{id}`, `$connect`), when the integration is seen with its route. */
  readonly routeKey?: Fact<string>;
  /**
   * WebSocket: the keys of the routes the integration serves (`$connect`, `sendMessage`), when known:
   * the typed constructs give the route being bound, the aspect every `AWS::ApiGatewayV2::Route`
   * whose `Target` names the integration.
   */
  readonly routeKeys?: Fact<Fact<string>[]>;
  /**
   * WebSocket: whether every route serving the integration is two-way (route response selection
   * expression `$default`), when known.
   */
  readonly returnsResponse?: Fact<boolean>;
  /**
   * The number of policy statements in the credentials role this library created for the
   * integration, once the integration's grants are made (typed constructs only: a role seen in a
   * template is not judged).
   */
  readonly createdRoleStatements?: Fact<number>;
  /**
   * The type (`STANDARD`, `EXPRESS`) of the state machine a Step Functions integration calls (an
   * HTTP API subtype, or a REST/WebSocket `AWS` integration), when it is known.
   */
  readonly stateMachineType?: Fact<string>;
  /**
   * Whether the SQS queue the integration calls is a FIFO queue, when it is known (the typed
   * classes: `IQueue.fifo`; templates: the queue's `FifoQueue`, or a queue name, URL or ARN ending `.fifo`).
   */
  readonly queueFifo?: Fact<boolean>;
  /** Declared route request parameters (WebSocket `route.request.querystring.x` -> required), when known. */
  readonly routeRequestParameters?: Fact<FactMap<boolean>>;

  // --- subject 'api': one API and what the app puts in it (counts of resources that refer to it) ---

  /** REST: `AWS::ApiGateway::Resource`s of the API (the root resource not counted). */
  readonly resourceCount?: number;
  /** REST: `AWS::ApiGateway::Method`s of the API. */
  readonly methodCount?: number;
  /** REST: the construct paths of the API's methods that have no integration. */
  readonly methodsWithoutIntegration?: readonly string[];
  /** REST: whether an `AWS::ApiGateway::Deployment` of the API is in the app. */
  readonly deployed?: boolean;
  /** HTTP and WebSocket: `AWS::ApiGatewayV2::Integration`s of the API. */
  readonly integrationCount?: number;
  /** HTTP and WebSocket: `AWS::ApiGatewayV2::Route`s of the API. */
  readonly routeCount?: number;
}

/** True when the fact is present and known. */
export function isKnown<T>(v: Fact<T>): v is T {
  return v !== undefined && !(v instanceof Unknown);
}

/** True when the fact is present (known or not). */
export function isPresent<T>(v: Fact<T>): v is T | Unknown {
  return v !== undefined;
}

/** The literal text of a string fact: the value itself, or its skeleton (with holes) when partly known. */
export function textOf(v: Fact<string>): string | undefined {
  if (v === undefined) return undefined;
  if (v instanceof Unknown) return v.skeleton;
  return v;
}

/** The known entries of a fact map (entries with unknown values are skipped). */
export function knownEntries<T>(m: Fact<FactMap<T>>): Array<[string, T]> {
  if (!isKnown(m)) return [];
  return Object.entries(m).filter((e): e is [string, T] => isKnown(e[1]));
}

/** The known items of a fact list. */
export function knownItems<T>(l: Fact<Fact<T>[]>): T[] {
  if (!isKnown(l)) return [];
  return l.filter((x): x is T => isKnown(x));
}
