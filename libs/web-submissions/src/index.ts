import type { ComponentType } from 'react';
import type { SubmissionsMessages } from './lib/i18n/en';

// Loaded with the app shell (small): the session, for the header and the route guards.
export { useSession, useSignOut, type Session } from './lib/session/use-session';
export {
  accessOf,
  allows,
  homeOf,
  safeRedirect,
  type Access,
  type Need,
  type SessionOrganization,
  type Viewer,
} from './lib/session/access';
export type { SubmissionsMessages };

type Languages = 'en' | 'fr' | 'de' | 'es';

/** A page and the i18n namespaces it needs, as the app's lazy routes take them. */
export interface SubmissionsPage {
  Page: ComponentType;
  translations: { submissions: Record<Languages, object> };
}

/** The `submissions` namespace, in its own chunk, shared by every page below. */
export async function loadSubmissionsTranslations(): Promise<SubmissionsPage['translations']> {
  const { submissionsTranslations } = await import('./lib/i18n');
  return { submissions: submissionsTranslations };
}

async function page(load: Promise<ComponentType>): Promise<SubmissionsPage> {
  const [Page, translations] = await Promise.all([load, loadSubmissionsTranslations()]);
  return { Page, translations };
}

/**
 * Route-level code splitting: each page is its own chunk, loaded on first visit with the
 * namespace's translations (shared code lands in shared chunks).
 */
export const submissionsPages = {
  signIn: () => page(import('./lib/sign-in/sign-in-page').then((m) => m.SignInPage)),
  home: () => page(import('./lib/home/submit-home-page').then((m) => m.SubmitHomePage)),
  upload: () => page(import('./lib/upload/upload-page').then((m) => m.UploadPage)),
  form: () => page(import('./lib/form/form-page').then((m) => m.FormPage)),
  history: () => page(import('./lib/history/history-page').then((m) => m.HistoryPage)),
  compare: () => page(import('./lib/history/compare-page').then((m) => m.ComparePage)),
  keys: () => page(import('./lib/keys/keys-page').then((m) => m.KeysPage)),
  reviewQueue: () => page(import('./lib/review/queue-page').then((m) => m.QueuePage)),
  review: () => page(import('./lib/review/review-page').then((m) => m.ReviewPage)),
} satisfies Record<string, () => Promise<SubmissionsPage>>;
