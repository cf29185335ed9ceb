import { useState } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from '@candor/web-graphql';
import { createAppRouter } from './router';

/** Providers: translations, the GraphQL client and the router. */
export function App({ i18n }: { i18n: I18n }) {
  const [client] = useState(() => createApolloClient());
  const [router] = useState(() => createAppRouter(i18n));
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </I18nextProvider>
  );
}
