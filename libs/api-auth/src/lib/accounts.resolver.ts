import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NetworkStaff, SignedIn } from '@candor/api-platform';
import { OrganizationModel } from '@candor/api-organizations';
import { AccountsService } from './accounts.service';
import { ApiKeysService } from './api-keys.service';
import { AuthService } from './auth.service';
import { CreateAccountInput, CreateOrganizationInput } from './dto/auth.inputs';
import { OrganizationAdminService } from './organization-admin.service';
import { AccountModel } from './models/account.model';
import { ApiKeyModel, CreatedApiKeyModel } from './models/api-key.model';
import type { Principal } from './principal';
import { CurrentPrincipal } from './request-principal';
import { toViewer } from './viewer';

@Resolver()
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly keys: ApiKeysService,
    private readonly auth: AuthService,
    private readonly organizationAdmin: OrganizationAdminService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @NetworkStaff('admin')
  @Mutation(() => OrganizationModel, {
    description: 'Creates a hotline, company or network organization (network admins).',
  })
  createOrganization(
    @Args('input') input: CreateOrganizationInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrganizationModel> {
    return this.organizationAdmin.create(input, principal);
  }

  @SignedIn()
  @Mutation(() => AccountModel, {
    description:
      'Creates an account with a role in one organization (its admin or a network admin).',
  })
  async createAccount(
    @Args('input') input: CreateAccountInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AccountModel> {
    const account = await this.accounts.create(input, principal);
    const created = await this.auth.accountPrincipal(account.id);
    const model = created && (await toViewer(this.dataSource, created)).account;
    if (!model) throw new Error(`Account ${account.id} vanished right after it was created`);
    return model;
  }

  @SignedIn()
  @Mutation(() => CreatedApiKeyModel, {
    description:
      'Creates an API key for an organization’s scripts (its admin). The key is shown once.',
  })
  createApiKey(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('name', { description: 'What the key is for, e.g. "monthly export job".' }) name: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CreatedApiKeyModel> {
    return this.keys.create(organizationId, name, principal);
  }

  @SignedIn()
  @Mutation(() => ApiKeyModel, {
    description: 'Revokes an API key at once; scripts using it are refused from then on.',
  })
  revokeApiKey(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ApiKeyModel> {
    return this.keys.revoke(id, principal);
  }

  @SignedIn()
  @Query(() => [ApiKeyModel], {
    description: 'An organization’s API keys, newest first (its admin).',
  })
  apiKeys(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ApiKeyModel[]> {
    return this.keys.list(organizationId, principal);
  }
}
