import { awscdk, javascript } from 'projen';
const project = new awscdk.AwsCdkConstructLibrary({
  author: 'cdk-apigateway-integrations maintainers',
  authorAddress: 'maintainers@users.noreply.github.com',
  cdkVersion: '2.276.0',
  defaultReleaseBranch: 'main',
  jsiiVersion: '~6.0.0',
  name: 'cdk-apigateway-integrations',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,
  repositoryUrl: 'https://github.com/cdk-apigateway-integrations/cdk-apigateway-integrations.git',

  // deps: [],                /* Runtime dependencies of this module. */
  // description: undefined,  /* The description is just a string that helps people understand the purpose of the package. */
  // devDeps: [],             /* Build dependencies for this module. */
  // packageName: undefined,  /* The "name" in package.json. */
});
project.synth();