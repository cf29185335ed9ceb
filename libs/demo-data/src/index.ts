export type { DemoNetwork, DemoOptions, DemoOrganization, DemoSubmission } from './lib/types';
export { DEMO_DEFAULTS, demoSpikeMonth, generateDemoNetwork } from './lib/network';
export type { ReferenceNetwork, ReferenceOptions } from './lib/reference/reference-network';
export {
  REFERENCE_DEFAULTS,
  REFERENCE_GENERATOR_VERSION,
  generateReferenceNetwork,
} from './lib/reference/reference-network';
