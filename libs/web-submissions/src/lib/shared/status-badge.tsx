import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from './icon';
import { toStatus, type Status } from './status';

const ICONS: Record<Status, IconName> = {
  missing: 'circle',
  submitted: 'clock',
  accepted: 'check',
  rejected: 'cross',
  superseded: 'stack',
};

/** A status in words, with an icon and a color that only repeat what the words say. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('submissions');
  const known = toStatus(status);
  return (
    <span className={`badge badge--${known ?? 'unknown'}`}>
      {known && <Icon name={ICONS[known]} />}
      {known ? t(`status.${known}`) : status}
    </span>
  );
}

/** The flag of a period past its deadline without accepted or waiting figures. */
export function OverdueBadge() {
  const { t } = useTranslation('submissions');
  return (
    <span className="badge badge--overdue">
      <Icon name="alert" />
      {t('status.overdue')}
    </span>
  );
}
