import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageFromSearch } from '@candor/web-i18n';
import { App } from './app/app';
import { createI18n } from './i18n/i18n';
import './styles/base.css';
import './styles/shell.css';
import './styles/charts.css';
import './styles/public.css';
import './styles/trends.css';
import './styles/countries.css';
import './styles/catalogue.css';
import './styles/forms.css';
import './styles/submissions.css';
import './styles/review.css';
import './styles/releases.css';
import './styles/print.css';

const language = languageFromSearch(window.location.search);
document.documentElement.lang = language;
const i18n = createI18n(language);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App i18n={i18n} />
  </StrictMode>,
);
