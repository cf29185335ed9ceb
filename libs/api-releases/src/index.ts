export * from './lib/releases.module';
export * from './lib/releases.service';
export * from './lib/public-releases.service';
export * from './lib/release-builder';
export { JOB_QUEUE_CONNECTIONS } from './lib/release-queue';
export * from './lib/demo-release';
export { ReleaseCacheGeneration } from './lib/public-http/release-cache-generation';
export { ReleaseDownloadsService } from './lib/public-http/release-downloads.service';
