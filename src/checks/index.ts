export * from './integration-checks';
