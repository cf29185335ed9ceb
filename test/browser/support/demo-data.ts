// What the browser tests need to know about the demo seed: its sign-ins, and the figures of a
// hotline, read over GraphQL as the hotline's submitter.
import type { RunningApi } from '../../../apps/api/src/app/start-api';
import { graphql, sessionCookie } from './web-stack';

export const SUBMITTER = { email: 'submitter@hotline.demo', password: 'demo-submitter-2026' };
export const HOTLINE_ADMIN = { email: 'admin@hotline.demo', password: 'demo-hotline-admin-2026' };
export const REVIEWER = { email: 'reviewer@network.demo', password: 'demo-reviewer-2026' };

export interface PeriodStatus {
  period: string;
  status: string;
  submissionId: string | null;
}

export interface Figure {
  metric: string;
  value: number;
  dimensions: { dimension: string; value: string }[];
}

export interface DemoHotline {
  id: string;
  name: string;
  statuses: PeriodStatus[];
  cookie: string;
  figuresOf(submissionId: string): Promise<Figure[]>;
  versionsOf(period: string): Promise<{ version: number; status: string }[]>;
}

/** The first hotline of the demo network, as its submitter sees it. */
export async function demoHotline(api: RunningApi): Promise<DemoHotline> {
  const cookie = await sessionCookie(api, SUBMITTER.email, SUBMITTER.password);
  const { data: me } = await graphql<{
    me: { account: { memberships: { organization: { id: string; name: string } }[] } };
  }>(api, '{ me { account { memberships { organization { id name } } } } }', {}, cookie);
  const organization = me.me.account.memberships[0]!.organization;
  const { data } = await graphql<{ periodStatuses: PeriodStatus[] }>(
    api,
    'query ($o: ID!) { periodStatuses(organizationId: $o) { period status submissionId } }',
    { o: organization.id },
    cookie,
  );
  return {
    ...organization,
    statuses: data.periodStatuses,
    cookie,
    async figuresOf(submissionId) {
      const { data: found } = await graphql<{ submission: { figures: Figure[] } }>(
        api,
        'query ($id: ID!) { submission(id: $id) { figures { metric value dimensions { dimension value } } } }',
        { id: submissionId },
        cookie,
      );
      return found.submission.figures;
    },
    async versionsOf(period) {
      const { data: found } = await graphql<{ submissions: { version: number; status: string }[] }>(
        api,
        'query ($o: ID!, $p: String) { submissions(organizationId: $o, period: $p) { version status } }',
        { o: organization.id, p: period },
        cookie,
      );
      return found.submissions;
    },
  };
}

/** The total of a metric among figures (the figure without dimensions). */
export function totalOf(figures: readonly Figure[], metric: string): number {
  const found = figures.find((f) => f.metric === metric && f.dimensions.length === 0);
  if (!found) throw new Error(`No total of ${metric} among the demo figures`);
  return found.value;
}

/** A month or quarter as the English pages write it: `October 2026`. */
export function periodLabel(period: string): string {
  const [year, month] = period.split('-');
  return new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(Number(year), Number(month) - 1, 1),
  );
}
