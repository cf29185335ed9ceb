import type { i18n as I18n } from 'i18next';
import { createBrowserRouter } from 'react-router';
import { contentPages } from '@candor/web-content-pages';
import { loadCountriesPage } from '@candor/web-countries';
import { loadOverviewPage } from '@candor/web-overview';
import { publicReleasesPages } from '@candor/web-public-releases';
import { releasesPages } from '@candor/web-releases';
import { reportBuilderPages } from '@candor/web-report-builder';
import { reportsPages } from '@candor/web-reports';
import { submissionsPages } from '@candor/web-submissions';
import { loadTrendsPage } from '@candor/web-trends-explorer';
import { Layout } from './layout';
import { lazyPage } from './lazy-page';
import { RequireAccount } from './require-account';
import { NotFound, RouteError } from './route-error';

/**
 * Routes, one chunk per page: `/` the public overview, `/trends` the trends explorer,
 * `/countries` figures by hosting country, `/takedown` takedown times, `/known-content` known
 * content and re-sharing, `/catalogue` the metric catalogue, `/releases`,
 * `/releases/:id` and `/methodology` (public releases and methodology), `/reports` and
 * `/reports/:releaseId/:scope/:language` (transparency reports; `?print=1` is the PDF layout,
 * without the app's header and footer), `/sign-in`, the
 * submitter pages under `/submit` (members of a hotline or company) and the review pages under
 * `/review` (network staff: the queue, releases and the annotation log).
 */
export function createAppRouter(i18n: I18n) {
  const OverviewPage = lazyPage(i18n, loadOverviewPage);
  const TakedownPage = lazyPage(i18n, contentPages.takedown);
  const KnownContentPage = lazyPage(i18n, contentPages.knownContent);
  const TrendsPage = lazyPage(i18n, loadTrendsPage);
  const CountriesPage = lazyPage(i18n, loadCountriesPage);
  const CataloguePage = lazyPage(i18n, () =>
    import('@candor/web-catalogue').then((m) => ({
      Page: m.CataloguePage,
      translations: m.translations,
    })),
  );
  const PublicReleases = lazyPage(i18n, publicReleasesPages.list);
  const PublicRelease = lazyPage(i18n, publicReleasesPages.detail);
  const Methodology = lazyPage(i18n, publicReleasesPages.methodology);
  const Reports = lazyPage(i18n, reportsPages.list);
  const Report = lazyPage(i18n, reportsPages.report);
  const ReportBuilder = lazyPage(i18n, reportBuilderPages.builder);
  const pages = submissionsPages;
  const SignIn = lazyPage(i18n, pages.signIn);
  const SubmitHome = lazyPage(i18n, pages.home);
  const Upload = lazyPage(i18n, pages.upload);
  const Form = lazyPage(i18n, pages.form);
  const History = lazyPage(i18n, pages.history);
  const Compare = lazyPage(i18n, pages.compare);
  const Keys = lazyPage(i18n, pages.keys);
  const ReviewQueue = lazyPage(i18n, pages.reviewQueue);
  const Review = lazyPage(i18n, pages.review);
  const Releases = lazyPage(i18n, releasesPages.list);
  const Release = lazyPage(i18n, releasesPages.detail);
  const Annotations = lazyPage(i18n, releasesPages.annotations);

  return createBrowserRouter([
    {
      path: '/',
      element: <Layout />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <OverviewPage /> },
        { path: 'takedown', element: <TakedownPage /> },
        { path: 'known-content', element: <KnownContentPage /> },
        { path: 'trends', element: <TrendsPage /> },
        { path: 'countries', element: <CountriesPage /> },
        { path: 'catalogue', element: <CataloguePage /> },
        { path: 'releases', element: <PublicReleases /> },
        { path: 'releases/:id', element: <PublicRelease /> },
        { path: 'methodology', element: <Methodology /> },
        { path: 'reports', element: <Reports /> },
        {
          path: 'reports/builder',
          element: <RequireAccount need="reporter" />,
          children: [{ index: true, element: <ReportBuilder /> }],
        },
        { path: 'reports/:releaseId/:scope/:language', element: <Report /> },
        { path: 'sign-in', element: <SignIn /> },
        {
          path: 'submit',
          element: <RequireAccount need="member" />,
          children: [
            { index: true, element: <SubmitHome /> },
            { path: 'upload', element: <Upload /> },
            { path: 'form/:period?', element: <Form /> },
            { path: 'history/:period', element: <History /> },
            { path: 'compare/:id', element: <Compare /> },
            { path: 'keys', element: <Keys /> },
          ],
        },
        {
          path: 'review',
          element: <RequireAccount need="staff" />,
          children: [
            { index: true, element: <ReviewQueue /> },
            { path: 'releases', element: <Releases /> },
            { path: 'releases/:id', element: <Release /> },
            { path: 'annotations', element: <Annotations /> },
            { path: ':id', element: <Review /> },
          ],
        },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
