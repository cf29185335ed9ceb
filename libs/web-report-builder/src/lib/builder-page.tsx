import { useTranslation } from 'react-i18next';
import { useSession } from '@candor/web-submissions';
import { AwaitingList } from './awaiting/awaiting-list';
import { BuildReport } from './build/build-report';
import { OrgReleaseSection } from './org-release/org-release-section';
import { adminSlugsOf } from './awaiting/approval';
import './report-builder.css';

/**
 * `/reports/builder`: reports awaiting approval, the report builder (release, scope, language,
 * preview, publish) and, for an organization's admin, a release of its own figures.
 */
export function ReportBuilderPage() {
  const { t } = useTranslation('reportBuilder');
  const { access, loading } = useSession();
  const adminSlugs = adminSlugsOf(access);
  const allowed = access.networkStaff || adminSlugs.length > 0;

  return (
    <div className="report-builder">
      <title>{`${t('title')} · Candor`}</title>
      <header className="page-header page-header--wide">
        <p className="eyebrow">{t('eyebrow')}</p>
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
      </header>
      {loading ? (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      ) : !allowed ? (
        <p className="message">{t('notAllowed')}</p>
      ) : (
        <>
          <AwaitingList adminSlugs={adminSlugs} />
          <BuildReport />
          {adminSlugs.length > 0 && <OrgReleaseSection />}
        </>
      )}
    </div>
  );
}
