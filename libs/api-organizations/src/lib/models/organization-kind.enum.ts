import { registerEnumType } from '@nestjs/graphql';

export const OrganizationKind = {
  hotline: 'hotline',
  company: 'company',
  network: 'network',
} as const;
export type OrganizationKind = (typeof OrganizationKind)[keyof typeof OrganizationKind];

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'A national hotline, a company (online service), or the hotline network itself.',
});
