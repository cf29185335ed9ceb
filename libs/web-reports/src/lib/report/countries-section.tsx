import type { Report } from '@candor/reports';
import { interpolate } from '../shared/interpolate';
import { useReportText } from '../shared/report-text';
import { FigureCell, ReportSection, ReportTable } from './section';

/** Confirmed URLs by hosting country in the last period, by country name in the report's language. */
export function CountriesSection({ report, title }: { report: Report; title: string }) {
  const { words, format } = useReportText();
  const { countries, period } = report.countries;
  const rows = countries
    .map((row) => ({ ...row, name: format.country(row.country) }))
    .sort((a, b) => a.name.localeCompare(b.name, format.locale));
  const periodName = format.period(period);
  return (
    <ReportSection
      id="countries"
      title={title}
      lead={interpolate(words.countries.lead, { period: periodName })}
      empty={rows.length === 0 ? words.countries.none : null}
    >
      <ReportTable caption={interpolate(words.countries.caption, { period: periodName })}>
        <thead>
          <tr>
            <th scope="col">{words.countries.country}</th>
            <th scope="col" className="report-number">
              {words.countries.value}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.country} data-country={row.country}>
              <th scope="row">{row.name}</th>
              <FigureCell text={format.figure('count', row)} withheld={row.value === null} />
            </tr>
          ))}
        </tbody>
      </ReportTable>
    </ReportSection>
  );
}
