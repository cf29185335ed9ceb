import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { catalogueQuery } from './catalogue.documents';
import { toCatalogueView, type CatalogueView } from './catalogue-data';

/** The catalogue, grouped for the page. */
export function useCatalogue(): { view: CatalogueView; loading: boolean; failed: boolean } {
  const { data, loading, error } = useQuery(catalogueQuery);
  const view = useMemo(() => toCatalogueView(data?.metrics), [data]);
  return { view, loading, failed: Boolean(error) };
}
