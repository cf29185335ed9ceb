import { useCallback, useMemo } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { accessOf, type Access, type Viewer } from './access';
import { summarizeError, type ErrorKind } from '../shared/graphql-error';
import { sessionQuery, signInMutation, signOutMutation } from './session.documents';

export interface Session {
  access: Access;
  viewer: Viewer | null;
  /** True until the first answer: guards wait instead of redirecting. */
  loading: boolean;
  /** The session could not be read (server unreachable). */
  failed: boolean;
}

/** Who is signed in (`me`), read once and kept in the GraphQL cache. */
export function useSession(): Session {
  const { data, loading, error } = useQuery(sessionQuery);
  const viewer = data?.me ?? null;
  const access = useMemo(() => accessOf(viewer), [viewer]);
  return { access, viewer, loading: loading && !data, failed: Boolean(error) && !data };
}

export type SignInResult = { ok: true; access: Access } | { ok: false; error: ErrorKind };

/** Signs in; the answer becomes the cached `me`, so the header and guards update at once. */
export function useSignIn(): (email: string, password: string) => Promise<SignInResult> {
  const [login] = useMutation(signInMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: sessionQuery, data: { me: data.login } });
    },
  });
  return useCallback(
    async (email, password) => {
      try {
        const { data } = await login({ variables: { email, password } });
        return data ? { ok: true, access: accessOf(data.login) } : { ok: false, error: 'UNKNOWN' };
      } catch (error) {
        return { ok: false, error: summarizeError(error).kind };
      }
    },
    [login],
  );
}

/**
 * Signs out and loads the given page afresh, so nothing of the session stays in memory (cached
 * figures, keys, the review queue).
 */
export function useSignOut(): (then: string) => Promise<void> {
  const [logout] = useMutation(signOutMutation);
  return useCallback(
    async (then) => {
      try {
        await logout();
      } finally {
        window.location.assign(then);
      }
    },
    [logout],
  );
}
