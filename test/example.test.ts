import { App, Aspects } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { IntegrationChecks } from '../src';
import { ExampleStack } from './example/stack';
import { expectSchemaValid } from './support/schema';

function example(): ExampleStack {
  const app = new App();
  const stack = new ExampleStack(app, 'Example');
  Aspects.of(app).add(new IntegrationChecks());
  return stack;
}

test('the example app synthesizes a schema-valid template under the 500-resource limit', () => {
  const template = Template.fromStack(example()).toJSON();
  expectSchemaValid(template);
  expect(Object.keys(template.Resources).length).toBeLessThan(500);
});

test('the example app has no error or rule warning', () => {
  const a = Annotations.fromStack(example());
  expect(a.findError('*', Match.anyValue())).toEqual([]);
  expect(a.findWarning('*', Match.stringLikeRegexp('^\\['))).toEqual([]);
});
