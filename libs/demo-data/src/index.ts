export type { DemoNetwork, DemoOptions, DemoOrganization, DemoSubmission } from './lib/types';
export { DEMO_DEFAULTS, demoSpikeMonth, generateDemoNetwork } from './lib/network';
