import { AccountEntity } from './account.entity';
import { ApiKeyEntity } from './api-key.entity';
import { AuditEventEntity } from './audit-event.entity';
import { MembershipEntity } from './membership.entity';
import { ObservationEntity } from './observation.entity';
import { OrganizationEntity } from './organization.entity';
import { SubmissionEntity } from './submission.entity';
import { ReleaseEntity } from './release.entity';
import { ReleaseCellEntity } from './release-cell.entity';
import { ReleaseStatisticEntity } from './release-statistic.entity';
import { AnnotationEntity } from './annotation.entity';
import { ReportEntity } from './report.entity';

export * from './account.entity';
export * from './api-key.entity';
export * from './audit-event.entity';
export * from './membership.entity';
export * from './observation.entity';
export * from './organization.entity';
export * from './submission.entity';
export * from './release.entity';
export * from './release-cell.entity';
export * from './release-statistic.entity';
export * from './annotation.entity';
export * from './report.entity';

export const ENTITIES = [
  OrganizationEntity,
  AccountEntity,
  MembershipEntity,
  ApiKeyEntity,
  SubmissionEntity,
  ObservationEntity,
  AuditEventEntity,
  ReleaseEntity,
  ReleaseCellEntity,
  ReleaseStatisticEntity,
  AnnotationEntity,
  ReportEntity,
];
