export * from './integration-checks-validation-plugin';
