export * from './lib/submissions.module';
export * from './lib/submissions.service';
export * from './lib/submission.errors';
export * from './lib/submission-checksum';
export * from './lib/demo/demo-seeder.service';
export * from './lib/demo/demo-accounts';
export { uploadTooLargeMessage } from './lib/submission-input';
export { toObservationRow } from './lib/observation-rows';
