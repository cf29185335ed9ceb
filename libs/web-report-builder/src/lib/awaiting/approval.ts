/** The slug of the organization whose own figures a scope shows (`organization:<slug>`), if any. */
export function scopeOrganization(scope: string): string | null {
  const prefix = 'organization:';
  return scope.startsWith(prefix) && scope.length > prefix.length
    ? scope.slice(prefix.length)
    : null;
}

/**
 * Whether the signed-in person may approve a report awaiting approval: only an admin of the
 * organization whose figures it shows. Network staff see it, and are told it waits for that admin.
 */
export function mayApprove(scope: string, adminSlugs: readonly string[]): boolean {
  const slug = scopeOrganization(scope);
  return slug !== null && adminSlugs.includes(slug);
}

/** The slugs of the hotlines and companies the signed-in account administers. */
export function adminSlugsOf(access: {
  adminOf: readonly string[];
  organizations: readonly { id: string; slug: string }[];
}): string[] {
  return access.organizations.filter((o) => access.adminOf.includes(o.id)).map((o) => o.slug);
}
