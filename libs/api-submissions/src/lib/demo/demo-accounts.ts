import type { Role } from '@candor/db';

/**
 * Sign-ins of the demo network, for local use only (they are in the README). They are created
 * with the demo data, so a server seeded from real figures never has them.
 */
export interface DemoAccount {
  email: string;
  password: string;
  displayName: string;
  role: Role;
  /**
   * Which organization: the network, the first hotline, or the first company that publishes its
   * figures under its own name (so its admin can publish the company's own report).
   */
  organization: 'network' | 'first-hotline' | 'attributed-company';
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'submitter@hotline.demo',
    password: 'demo-submitter-2026',
    displayName: 'Hotline analyst (demo)',
    role: 'submitter',
    organization: 'first-hotline',
  },
  {
    email: 'admin@hotline.demo',
    password: 'demo-hotline-admin-2026',
    displayName: 'Hotline admin (demo)',
    role: 'admin',
    organization: 'first-hotline',
  },
  {
    email: 'admin@company.demo',
    password: 'demo-company-admin-2026',
    displayName: 'Trust & safety lead (demo)',
    role: 'admin',
    organization: 'attributed-company',
  },
  {
    email: 'reviewer@network.demo',
    password: 'demo-reviewer-2026',
    displayName: 'Network statistician (demo)',
    role: 'reviewer',
    organization: 'network',
  },
  {
    email: 'admin@network.demo',
    password: 'demo-network-admin-2026',
    displayName: 'Network admin (demo)',
    role: 'admin',
    organization: 'network',
  },
];

/** How many hotlines keep their last period waiting for review, so the review queue has work. */
export const DEMO_PENDING_REVIEWS = 3;
