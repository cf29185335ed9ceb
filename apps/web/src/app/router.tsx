import type { i18n as I18n } from 'i18next';
import { createBrowserRouter } from 'react-router';
import { Layout } from './layout';
import { lazyPage } from './lazy-page';
import { NotFound, RouteError } from './route-error';

/** Routes: `/` the trends preview, `/catalogue` the metric catalogue; one chunk per page. */
export function createAppRouter(i18n: I18n) {
  const TrendsPage = lazyPage(i18n, () =>
    import('@candor/web-trends').then((m) => ({
      Page: m.TrendsPage,
      translations: m.translations,
    })),
  );
  const CataloguePage = lazyPage(i18n, () =>
    import('@candor/web-catalogue').then((m) => ({
      Page: m.CataloguePage,
      translations: m.translations,
    })),
  );
  return createBrowserRouter([
    {
      path: '/',
      element: <Layout />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <TrendsPage /> },
        { path: 'catalogue', element: <CataloguePage /> },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
