import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { IntegrationChecks } from '../../../src';

/**
 * Helpers for the ported real-world apps: every app gets its own stack in a fresh App with
 * `IntegrationChecks` applied, as a user would add it.
 */

/** A stack in a new App that `IntegrationChecks` visits. */
export function checkedStack(id = 'Ported'): Stack {
  const app = new App();
  Aspects.of(app).add(new IntegrationChecks());
  return new Stack(app, id, { env: { account: '123456789012', region: 'us-east-1' } });
}

/** The rule code of a finding message: `[Code] …` (aspect) or `- Code: …` (typed constructs). */
function codeOf(message: string): string {
  const m = /^\[([A-Za-z0-9]+)\]/.exec(message) ?? /-\s+([A-Za-z0-9]+):/.exec(message);
  return m ? m[1] : message;
}

/** The sorted, de-duplicated rule codes of the error and warning findings of `stack`. */
export function findings(stack: Stack): { errors: string[]; warnings: string[] } {
  const a = Annotations.fromStack(stack);
  const codes = (entries: Array<{ entry: { data?: unknown } }>) => [...new Set(entries.map(e => codeOf(String(e.entry.data))))].sort();
  return {
    errors: codes(a.findError('*', Match.anyValue())),
    // only this library's warnings (acknowledgeable as cdk-apigateway-integrations:<Code>)
    warnings: [...new Set(a.findWarning('*', Match.anyValue())
      .map(e => /\[ack: cdk-apigateway-integrations:([A-Za-z0-9]+)\]/.exec(String(e.entry.data))?.[1])
      .filter((c): c is string => c !== undefined))].sort(),
  };
}

/** Every warning message of `stack` (to read why a warning is true when a test asserts one). */
export function warningMessages(stack: Stack): string[] {
  return Annotations.fromStack(stack).findWarning('*', Match.anyValue()).map(e => `${e.id}: ${String(e.entry.data)}`);
}

/** A Lambda function to integrate with (its code does not matter to the checks). */
export function handler(scope: Construct, id = 'Handler'): lambda.Function {
  return new lambda.Function(scope, id, {
    runtime: lambda.Runtime.NODEJS_20_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200, body: "ok" })'),
  });
}
