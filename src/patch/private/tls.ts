import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import { RestApiIntegrationPatch } from '../rest-integration-patch';
import { RestApiIntegrationPatchTarget } from '../rest-integration-patch-target';

/** The id of the patch {@link applyTlsConfigPatch} creates under the method (API: changing it replaces the resource). */
export const TLS_CONFIG_PATCH_ID = 'TlsConfig';

/**
 * REST `tlsConfig` for integrations of this app, which CloudFormation cannot set
 * (`AWS::ApiGateway::Method` has no `TlsConfig`): call from an integration's `bind(method)`.
 *
 * Creates a {@link RestApiIntegrationPatch} with id `TlsConfig` under `method` that sets
 * `/tlsConfig/insecureSkipVerification` after CloudFormation creates the method (and again
 * whenever the method's integration changes), warns `TlsVerificationSkipped`, refuses types other
 * than HTTP and HTTP_PROXY (`TlsSkipVerificationNotHttp`, C23), and turns verification back on
 * when removed. When the API deploys itself (`RestApi` with `deploy: true`), its deployment waits
 * for the patch and is replaced when the setting changes, so the stage serves the patched integration.
 *
 * Nothing is created when `insecureSkipVerification` is false (the service default). Idempotent:
 * a second call for the same method returns the first patch.
 *
 * @param method the method being bound
 * @param integrationType the integration's type (`HTTP` or `HTTP_PROXY`), judged by C23
 * @param insecureSkipVerification whether to skip verification of the back end's certificate issuer
 * @returns the patch, or undefined when nothing needs patching
 */
export function applyTlsConfigPatch(
  method: apigateway.Method,
  integrationType: string,
  insecureSkipVerification: boolean,
): RestApiIntegrationPatch | undefined {
  const existing = method.node.tryFindChild(TLS_CONFIG_PATCH_ID);
  if (existing instanceof RestApiIntegrationPatch) return existing;
  if (!insecureSkipVerification) return undefined;
  const patch = new RestApiIntegrationPatch(method, TLS_CONFIG_PATCH_ID, {
    target: RestApiIntegrationPatchTarget._fromBindingMethod(method, integrationType),
    change: { insecureSkipVerification },
  });
  const deployment = method.api instanceof apigateway.RestApiBase ? method.api.latestDeployment : undefined;
  if (deployment) {
    deployment.node.addDependency(patch);
    deployment.addToLogicalId({ tlsConfig: { method: method.node.path, insecureSkipVerification } });
  }
  return patch;
}
