import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { generateDemoNetwork, type DemoOptions } from '@candor/demo-data';
import { OrganizationsService } from '@candor/api-organizations';
import { OrganizationEntity } from '@candor/db';
import type { Actor } from '@candor/api-audit';
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
    const durationMs = Math.round(performance.now() - started);
    return {
      seeded: true,
      organizations: network.organizations.length,
      submissions: network.submissions.length,
      observations,
      durationMs,
    };
  }
}
