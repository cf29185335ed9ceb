import { createContext, useContext, type ReactNode } from 'react';
import type { Language } from '@candor/web-i18n';
import { wordsFor, type Words } from '../i18n';
import { createReportFormat, type ReportFormat } from './format';

/** The words and formats of one report, in the report's language (not the app's). */
export interface ReportText {
  language: Language;
  words: Words;
  format: ReportFormat;
}

const cache = new Map<Language, ReportText>();

export function reportText(language: Language): ReportText {
  let text = cache.get(language);
  if (!text) {
    const words = wordsFor(language);
    text = { language, words, format: createReportFormat(language, words) };
    cache.set(language, text);
  }
  return text;
}

const ReportTextContext = createContext<ReportText | null>(null);

export function ReportTextProvider({
  language,
  children,
}: {
  language: Language;
  children: ReactNode;
}) {
  return (
    <ReportTextContext.Provider value={reportText(language)}>{children}</ReportTextContext.Provider>
  );
}

/** The report's words and formats; English when no report language is set above. */
export function useReportText(): ReportText {
  return useContext(ReportTextContext) ?? reportText('en');
}

/** Text quoted from the report as given (catalogue labels, definitions, explanations): English. */
export function Quoted({ children }: { children: ReactNode }) {
  return <span lang="en">{children}</span>;
}
