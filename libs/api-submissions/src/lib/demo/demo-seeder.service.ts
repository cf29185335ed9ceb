import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { generateDemoNetwork, type DemoNetwork, type DemoOptions } from '@candor/demo-data';
import { hasEnded, nextPeriod } from '@candor/catalogue';
import { OrganizationsService } from '@candor/api-organizations';
import { OrganizationEntity } from '@candor/db';
import type { Actor } from '@candor/api-audit';
import { AccountsService } from '@candor/api-auth';
import { DEMO_ACCOUNTS, DEMO_PENDING_REVIEWS } from './demo-accounts';
import { SubmissionsService } from '../submissions.service';

export interface SeedReport {
  seeded: boolean;
  organizations: number;
  submissions: number;
  observations: number;
  durationMs: number;
}

const DEMO_ACTOR: Actor = { label: 'demo-seed' };

/**
 * Seeds the demo network into an empty database through the same validation and write path as
 * real submissions, then accepts every version as a reviewer would.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly submissions: SubmissionsService,
    private readonly accounts: AccountsService,
  ) {}

  async seedIfEmpty(options?: DemoOptions): Promise<SeedReport> {
    const started = performance.now();
    if ((await this.organizations.count()) > 0) {
      return { seeded: false, organizations: 0, submissions: 0, observations: 0, durationMs: 0 };
    }
    const network = generateDemoNetwork(options);
    const ids = new Map<string, string>();
    await this.dataSource.transaction(async (manager) => {
      for (const org of network.organizations) {
        const created: OrganizationEntity = await this.organizations.create(
          {
            slug: org.slug,
            name: org.name,
            kind: org.kind,
            country: org.country,
            cadence: org.cadence,
          },
          manager,
        );
        ids.set(org.slug, created.id);
      }
    });
    const attributed = new Set(
      network.submissions.filter((s) => s.attributed).map((s) => s.organizationSlug),
    );
    await this.createDemoAccounts(network.organizations, ids, attributed);

    this.logger.log(
      `Seeding demo data: ${network.organizations.length} organizations, ${network.submissions.length} submissions`,
    );
    let observations = 0;
    let nextReport = 0.25;
    for (const [index, demo] of network.submissions.entries()) {
      const organizationId = ids.get(demo.organizationSlug);
      if (!organizationId)
        throw new Error(`Demo submission for unknown organization ${demo.organizationSlug}`);
      const outcome = await this.submissions.submit({
        organizationId,
        document: {
          period: demo.document.period,
          figures: demo.document.figures.map((f) => ({ ...f, dimensions: { ...f.dimensions } })),
        },
        source: 'demo',
        attributed: demo.attributed,
        idempotencyKey: `demo:${demo.organizationSlug}:${demo.document.period}`,
        actor: DEMO_ACTOR,
      });
      if (!outcome.ok || !outcome.submission) {
        const first = outcome.errors[0];
        throw new Error(
          `Demo submission ${demo.organizationSlug} ${demo.document.period} failed validation: ${first?.code} ${first?.message}`,
        );
      }
      await this.submissions.review(outcome.submission.id, 'accepted', 'Demo data', DEMO_ACTOR);
      observations += outcome.submission.figureCount;
      const done = (index + 1) / network.submissions.length;
      if (done >= nextReport) {
        this.logger.log(
          `Seeding demo data: ${Math.round(done * 100)} % (${index + 1} of ${network.submissions.length})`,
        );
        nextReport += 0.25;
      }
    }
    const pending = await this.leaveWaitingForReview(network, ids);
    const durationMs = Math.round(performance.now() - started);
    return {
      seeded: true,
      organizations: network.organizations.length,
      submissions: network.submissions.length + pending,
      observations,
      durationMs,
    };
  }

  private async createDemoAccounts(
    organizations: readonly { slug: string; kind: string }[],
    ids: Map<string, string>,
    attributed: ReadonlySet<string>,
  ): Promise<void> {
    const pick = {
      network: (o: { kind: string }) => o.kind === 'network',
      'first-hotline': (o: { kind: string }) => o.kind === 'hotline',
      'attributed-company': (o: { kind: string; slug: string }) =>
        o.kind === 'company' && attributed.has(o.slug),
    } as const;
    for (const account of DEMO_ACCOUNTS) {
      const organization = organizations.find(pick[account.organization]);
      const organizationId = organization && ids.get(organization.slug);
      if (!organizationId) continue;
      await this.accounts.create(
        {
          email: account.email,
          password: account.password,
          displayName: account.displayName,
          role: account.role,
          organizationId,
        },
        null,
      );
    }
  }

  /**
   * The first few hotlines also send the month after the demo's last one, and it waits for a
   * reviewer: the review queue has work, and the accepted series stay complete (a pending month
   * would otherwise show as a drop in the network totals).
   */
  private async leaveWaitingForReview(
    network: DemoNetwork,
    ids: Map<string, string>,
  ): Promise<number> {
    const hotlines = network.organizations
      .filter((o) => o.kind === 'hotline')
      .slice(0, DEMO_PENDING_REVIEWS);
    let sent = 0;
    for (const hotline of hotlines) {
      const last = network.submissions.filter((s) => s.organizationSlug === hotline.slug).at(-1);
      const organizationId = ids.get(hotline.slug);
      if (!last || !organizationId) continue;
      const period = nextPeriod(last.document.period);
      if (!hasEnded(period, new Date())) continue;
      const outcome = await this.submissions.submit({
        organizationId,
        document: {
          period,
          figures: last.document.figures.map((f) => ({ ...f, dimensions: { ...f.dimensions } })),
        },
        source: 'demo',
        actor: DEMO_ACTOR,
      });
      if (outcome.ok) sent += 1;
    }
    return sent;
  }
}
