export * from './integration-checks-nag-pack';
