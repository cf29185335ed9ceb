import { FieldIssues, issueProps, type FieldMessages } from './field-issues';

export interface CountInputProps {
  field: string;
  label: string;
  value: string;
  messages: FieldMessages | undefined;
  onChange: (value: string) => void;
  className?: string;
}

/**
 * A count, typed as text: a number input would silently drop `1,5` or `-3`, while the server
 * explains what is wrong with them.
 */
export function CountInput({
  field,
  label,
  value,
  messages,
  onChange,
  className,
}: CountInputProps) {
  return (
    <div className={`field count${className ? ` ${className}` : ''}`}>
      <label htmlFor={field}>{label}</label>
      <input
        id={field}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...issueProps(field, messages)}
      />
      <FieldIssues field={field} messages={messages} />
    </div>
  );
}
