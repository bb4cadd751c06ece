// The example app: `npx cdk synth` (cdk.json) synthesizes this and prints its template.
// It shows every integration kind the library has, and runs the IntegrationChecks aspect on all of it.
import { App, Aspects } from 'aws-cdk-lib';
import { IntegrationChecks } from '../src';
import { ExampleStack } from './example/stack';

const app = new App();
new ExampleStack(app, 'CdkApigatewayIntegrationsExample');
Aspects.of(app).add(new IntegrationChecks());
app.synth();
