import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { WebSocketBinding, WebSocketRender } from './binding';

/**
 * Internal (not exported from the package; jsii hoists its members into the exported subclasses):
 * the base of this library's WebSocket route integrations.
 *
 * It holds the ONE reliance on an aws-cdk-lib internal. aws-cdk-lib's `WebSocketRoute` calls
 * `integration._bindToRoute({ route, scope })` (marked `@internal`) and targets the route at the
 * returned `integrationId`; its own implementation creates a `WebSocketIntegration`, which has
 * no slot for the VPC link, the description, a credentials ARN that is not a role, or the
 * integration responses. No public hook reaches those fields, so this class overrides
 * `_bindToRoute` to create the `CfnIntegration` itself (under the route, with the given
 * construct id). test/api/aws-cdk-lib-internals.test.ts pins what is relied on (the method's
 * name, its arguments, and the use of the returned id), so an aws-cdk-lib release that changes
 * it fails this library's tests instead of breaking users' synths silently.
 *
 * @internal
 */
export abstract class WebSocketApiRouteIntegration extends apigwv2.WebSocketRouteIntegration {
  private readonly binding: WebSocketBinding;

  protected constructor(id: string, className: string) {
    super(id);
    this.binding = new WebSocketBinding(id, className, o => this._describe(o));
  }

  /** Validates the integration for the route and returns aws-cdk-lib's configuration for it. */
  public bind(options: apigwv2.WebSocketRouteIntegrationBindOptions): apigwv2.WebSocketRouteIntegrationConfig {
    return this.binding.config(options);
  }

  /**
   * What aws-cdk-lib's `WebSocketRoute` calls (the one override of an aws-cdk-lib internal).
   * @internal
   */
  public _bindToRoute(options: apigwv2.WebSocketRouteIntegrationBindOptions): { readonly integrationId: string } {
    return this.binding.bindToRoute(options);
  }

  /**
   * What the integration says about itself when first bound.
   * @internal
   */
  protected abstract _describe(options: apigwv2.WebSocketRouteIntegrationBindOptions): WebSocketRender;
}
