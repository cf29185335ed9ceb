import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccountEntity, ApiKeyEntity } from '@candor/db';
import { CANDOR_CONFIG, type CandorConfig } from '@candor/api-platform';
import { AuditService } from '@candor/api-audit';
import { apiKeyMatches, apiKeyPrefix } from './api-key-format';
import { unauthenticated } from './auth.errors';
import { hashPassword, verifyPassword } from './passwords';
import type { Principal, PrincipalMembership } from './principal';
import type { PrincipalRequest } from './request-principal';
import { SESSION_COOKIE, signSessionToken, verifySessionToken } from './session-token';

/** Only record an API key's use once a minute: a busy script should not write on every call. */
const LAST_USED_RESOLUTION_MS = 60_000;

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');
  private readonly secret: Uint8Array;
  /** Verifying against this when the e-mail is unknown keeps failed sign-ins equally slow. */
  private readonly decoyHash = hashPassword(randomBytes(16).toString('hex'));

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CANDOR_CONFIG) config: CandorConfig,
    private readonly audit: AuditService,
  ) {
    if (!config.sessionSecret) {
      this.logger.warn(
        'CANDOR_SESSION_SECRET is not set: using a random secret, so sign-ins end when the API restarts.',
      );
    }
    this.secret = new TextEncoder().encode(config.sessionSecret ?? randomBytes(32).toString('hex'));
  }

  /** Checks e-mail and password; returns the account and a session token, or null. Audited both ways. */
  async login(
    email: string,
    password: string,
  ): Promise<{ principal: Principal; token: string } | null> {
    const normalized = email.trim().toLowerCase();
    const account = await this.dataSource
      .getRepository(AccountEntity)
      .findOneBy({ email: normalized });
    const valid = await verifyPassword(password, account?.passwordHash ?? (await this.decoyHash));
    const ok = Boolean(account && account.passwordHash && valid && !account.disabledAt);
    await this.dataSource.transaction((manager) =>
      this.audit.append(
        manager,
        { accountId: ok && account ? account.id : null, label: normalized },
        {
          action: ok ? 'auth.login' : 'auth.login_failed',
          entityType: 'account',
          entityId: account?.id ?? null,
        },
      ),
    );
    const principal = ok && account ? await this.accountPrincipal(account.id) : null;
    if (!principal?.accountId) return null;
    return { principal, token: await signSessionToken(principal.accountId, this.secret) };
  }

  /**
   * The caller of a request: an API key in `Authorization: Bearer`, or the session cookie.
   * Null when neither is present or the session is invalid; a revoked or unknown key is an error,
   * so a script learns why it is refused.
   */
  async principalFrom(request: PrincipalRequest): Promise<Principal | null> {
    if (request.principal !== undefined) return request.principal;
    const authorization = request.headers.authorization;
    let principal: Principal | null = null;
    if (authorization) {
      const [scheme, key] = authorization.split(' ');
      if (scheme !== 'Bearer' || !key)
        throw unauthenticated('Send the API key as "Authorization: Bearer <key>".');
      principal = await this.apiKeyPrincipal(key);
    } else {
      const token = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
      const accountId = token ? await verifySessionToken(token, this.secret) : null;
      principal = accountId ? await this.accountPrincipal(accountId) : null;
    }
    request.principal = principal;
    return principal;
  }

  async accountPrincipal(accountId: string): Promise<Principal | null> {
    const account = await this.dataSource.getRepository(AccountEntity).findOneBy({ id: accountId });
    if (!account || account.disabledAt) return null;
    return {
      kind: 'account',
      accountId: account.id,
      apiKeyId: null,
      label: account.email,
      memberships: await this.membershipsOf(account.id),
    };
  }

  private async apiKeyPrincipal(key: string): Promise<Principal> {
    const prefix = apiKeyPrefix(key);
    const apiKey = prefix
      ? await this.dataSource
          .getRepository(ApiKeyEntity)
          .findOne({ where: { prefix }, relations: { organization: true } })
      : null;
    if (!apiKey?.organization || !apiKeyMatches(key, apiKey.keyHash))
      throw unauthenticated('This API key is not valid.');
    if (apiKey.revokedAt)
      throw unauthenticated(
        `This API key (${apiKey.prefix}) was revoked on ${apiKey.revokedAt.toISOString().slice(0, 10)}.`,
      );
    const now = new Date();
    if (
      !apiKey.lastUsedAt ||
      now.getTime() - apiKey.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS
    ) {
      await this.dataSource
        .getRepository(ApiKeyEntity)
        .update({ id: apiKey.id }, { lastUsedAt: now });
    }
    return {
      kind: 'api-key',
      accountId: null,
      apiKeyId: apiKey.id,
      label: `api-key:${apiKey.prefix}`,
      memberships: [
        {
          organizationId: apiKey.organizationId,
          organizationKind: apiKey.organization.kind,
          role: 'submitter',
        },
      ],
    };
  }

  private async membershipsOf(accountId: string): Promise<PrincipalMembership[]> {
    const rows = await this.dataSource.query<
      {
        organization_id: string;
        kind: PrincipalMembership['organizationKind'];
        role: PrincipalMembership['role'];
      }[]
    >(
      `SELECT m.organization_id, o.kind, m.role FROM membership m JOIN organization o ON o.id = m.organization_id WHERE m.account_id = $1`,
      [accountId],
    );
    return rows.map((r) => ({
      organizationId: r.organization_id,
      organizationKind: r.kind,
      role: r.role,
    }));
  }
}
