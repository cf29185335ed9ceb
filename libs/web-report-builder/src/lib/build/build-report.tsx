import { useId, useState } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@candor/web-i18n';
import type { BuilderReportFragment } from '@candor/web-graphql';
import { ErrorAlert } from '../shared/error-alert';
import { reportPagePath } from '../shared/links';
import { useBuilderLabels } from '../shared/use-labels';
import { usePolling } from '../shared/use-polling';
import {
  reportPreviewQuery,
  reportReleasesQuery,
  reportScopesQuery,
} from '../report-builder.documents';
import { LanguageStep } from './language-step';
import { PreviewPanel } from './preview-panel';
import { PublishForm } from './publish-form';
import { PublishedMessage } from './published-message';
import { anyBuilding, releaseChoice } from './release-choice';
import { ReleaseStep } from './release-step';
import { ScopeStep } from './scope-step';

interface Selection {
  releaseId: string;
  scope: string;
  language: Language;
}

/** How often the release list is read again while a release is being built. */
export const BUILD_POLL_MS = 2000;

/** "Build a report": release, scope, language, preview, then publish. */
export function BuildReport() {
  const { t, i18n } = useTranslation('reportBuilder');
  const id = useId();
  const labels = useBuilderLabels();
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  const [releaseId, setReleaseId] = useState<string | null>(null);
  const [scope, setScope] = useState<string | null>(null);
  const [language, setLanguage] = useState<Language>(
    isLanguage(uiLanguage) ? uiLanguage : DEFAULT_LANGUAGE,
  );
  // The selection the preview was asked for; cleared whenever the selection changes.
  const [previewed, setPreviewed] = useState<Selection | null>(null);
  const [published, setPublished] = useState<BuilderReportFragment | null>(null);

  const releasesQuery = useQuery(reportReleasesQuery, { fetchPolicy: 'cache-and-network' });
  const releases = releasesQuery.data?.reportReleases ?? [];
  usePolling(anyBuilding(releases), releasesQuery, BUILD_POLL_MS);
  const release = releases.find((r) => r.id === releaseId) ?? null;

  const scopesQuery = useQuery(
    reportScopesQuery,
    releaseId ? { variables: { releaseId }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const scopes = releaseId ? (scopesQuery.data?.reportScopes ?? null) : null;
  const scopeOption = scopes?.find((s) => s.key === scope) ?? null;

  const previewQuery = useQuery(
    reportPreviewQuery,
    previewed ? { variables: previewed, fetchPolicy: 'network-only' } : skipToken,
  );
  const preview = previewed ? (previewQuery.data?.reportPreview ?? null) : null;

  const reset = () => {
    setPreviewed(null);
    setPublished(null);
  };
  const selectRelease = (id: string) => {
    setReleaseId(id);
    setScope(null);
    reset();
  };
  const selectScope = (key: string) => {
    setScope(key);
    reset();
  };
  const selectLanguage = (next: Language) => {
    setLanguage(next);
    reset();
  };

  const canPreview = Boolean(release && releaseChoice(release).selectable && scopeOption);
  const runPreview = () => {
    if (!releaseId || !scope || !canPreview) return;
    setPublished(null);
    const same =
      previewed &&
      previewed.releaseId === releaseId &&
      previewed.scope === scope &&
      previewed.language === language;
    if (same) void previewQuery.refetch().catch(() => undefined);
    else setPreviewed({ releaseId, scope, language });
  };
  const previewing = Boolean(previewed) && previewQuery.loading;

  return (
    <section className="card report-builder__build" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('steps.title')}</h2>
      {releasesQuery.error && !releasesQuery.data ? (
        <ErrorAlert error={releasesQuery.error} />
      ) : releasesQuery.loading && !releasesQuery.data ? (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      ) : (
        <form
          className="report-builder__form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            runPreview();
          }}
        >
          <ReleaseStep releases={releases} selected={releaseId} onSelect={selectRelease} />
          {releaseId && scopesQuery.error ? (
            <ErrorAlert error={scopesQuery.error} />
          ) : releaseId && scopesQuery.loading && !scopesQuery.data ? (
            <p className="loading" role="status">
              {t('loading')}
            </p>
          ) : (
            <ScopeStep scopes={scopes} selected={scope} onSelect={selectScope} />
          )}
          <LanguageStep selected={language} onSelect={selectLanguage} />
          <div className="action-bar">
            <button
              type="submit"
              className="button button--secondary"
              disabled={!canPreview || previewing}
            >
              {previewing ? t('steps.previewing') : t('steps.preview')}
            </button>
          </div>
        </form>
      )}
      <div role="status" className="report-builder__status">
        {previewing && <p className="loading">{t('steps.previewing')}</p>}
        {!previewing && preview && !published && (
          <p className="visually-hidden">{t('preview.ready')}</p>
        )}
        {published && <PublishedMessage key={published.id} report={published} />}
      </div>
      {previewed && previewQuery.error && <ErrorAlert error={previewQuery.error} />}
      {previewed && preview && release && (
        <>
          <PreviewPanel
            key={`${previewed.releaseId}/${previewed.scope}/${previewed.language}`}
            preview={preview}
            language={previewed.language}
            path={reportPagePath(previewed.releaseId, previewed.scope, previewed.language)}
            heading={t('preview.of', {
              scope: labels.scope(previewed.scope, scopeOption?.label ?? previewed.scope),
              language: labels.language(previewed.language),
              release: labels.release(release.series, release.version),
            })}
          />
          {!published && (
            <PublishForm
              key={`${previewed.releaseId}/${previewed.scope}/${previewed.language}`}
              releaseId={previewed.releaseId}
              scope={previewed.scope}
              language={previewed.language}
              preview={preview}
              needsApproval={scopeOption?.needsApproval ?? false}
              releaseReady={releaseChoice(release).ready}
              onPublished={setPublished}
            />
          )}
        </>
      )}
    </section>
  );
}
