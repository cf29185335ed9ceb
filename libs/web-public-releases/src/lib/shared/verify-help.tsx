import { useId } from 'react';
import { verifyCommands } from './downloads';
import { usePublicText } from './use-public-text';

/** How to check a downloaded cells.csv against the published checksum, with real commands. */
export function VerifyHelp({
  filename,
  checksum,
  headingLevel = 2,
}: {
  filename: string;
  checksum: string;
  headingLevel?: 2 | 3;
}) {
  const { t } = usePublicText();
  const id = useId();
  const commands = verifyCommands(filename, checksum);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const rows = [
    ['linux', commands.linux],
    ['mac', commands.mac],
    ['windows', commands.windows],
  ] as const;
  return (
    <section className="verify" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{t('verify.title')}</Heading>
      <p>{t('verify.intro')}</p>
      <p>{t('verify.steps')}</p>
      <dl className="verify__commands">
        {rows.map(([system, command]) => (
          <div key={system}>
            <dt>{t(`verify.${system}`)}</dt>
            <dd>
              <code translate="no">{command}</code>
            </dd>
          </div>
        ))}
      </dl>
      <p>{t('verify.check')}</p>
      <pre className="verify__check" translate="no">
        <code>{commands.check}</code>
      </pre>
      <p className="muted">{t('verify.compare')}</p>
    </section>
  );
}
