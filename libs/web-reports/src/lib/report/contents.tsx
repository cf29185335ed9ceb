import { useReportText } from '../shared/report-text';
import type { SectionEntry } from './sections';

/**
 * The table of contents (print-page contract): each entry links to its section and holds an
 * empty `[data-toc-page]` span, of reserved width, that the PDF renderer fills with the page
 * number of the section.
 */
export function Contents({ sections }: { sections: readonly SectionEntry[] }) {
  const { words } = useReportText();
  return (
    <section id="contents" className="report-section report-contents">
      <h2 id="contents-title">{words.contents.title}</h2>
      <nav aria-labelledby="contents-title">
        <ol className="report-toc">
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`} data-toc-entry={section.id}>
                <span className="report-toc__label">{section.title}</span>
                <span className="report-toc__page" data-toc-page={section.id}></span>
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </section>
  );
}
