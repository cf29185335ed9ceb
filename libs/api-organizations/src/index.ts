export * from './lib/organizations.module';
export * from './lib/organizations.service';
export * from './lib/models/organization.model';
export * from './lib/models/organization-kind.enum';
