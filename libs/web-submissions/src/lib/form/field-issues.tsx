import { useIssueLabel } from '../shared/issue-label';
import type { Issue } from './form-state';

export interface FieldMessages {
  errors: Issue[];
  warnings: Issue[];
  /** A message of the page itself (a breakdown row without a value). */
  local?: string;
}

export const issuesId = (field: string) => `${field}-issues`;

/** Attributes of an input that has issues: invalid state and the id of their description. */
export function issueProps(field: string, messages: FieldMessages | undefined) {
  const has = Boolean(
    messages && (messages.errors.length || messages.warnings.length || messages.local),
  );
  return {
    'aria-invalid': messages && (messages.errors.length > 0 || messages.local) ? true : undefined,
    'aria-describedby': has ? issuesId(field) : undefined,
  } as const;
}

/** The issues of one input, right under it. */
export function FieldIssues({
  field,
  messages,
}: {
  field: string;
  messages: FieldMessages | undefined;
}) {
  const label = useIssueLabel();
  if (!messages || (!messages.errors.length && !messages.warnings.length && !messages.local)) {
    return null;
  }
  return (
    <div id={issuesId(field)} className="field-issues">
      {messages.local && <p className="field-issue field-issue--error">{messages.local}</p>}
      {messages.errors.map((issue, index) => (
        <p key={`e${index}`} className="field-issue field-issue--error">
          <strong>{label(issue.code)}:</strong> <span lang="en">{issue.message}</span>
        </p>
      ))}
      {messages.warnings.map((issue, index) => (
        <p key={`w${index}`} className="field-issue field-issue--warning">
          <strong>{label(issue.code)}:</strong> <span lang="en">{issue.message}</span>
        </p>
      ))}
    </div>
  );
}
