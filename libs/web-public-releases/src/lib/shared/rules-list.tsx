import type { Rule } from './disclosure-rules';

/** Disclosure rules as a list of plain sentences. */
export function RulesList({ rules }: { rules: readonly Rule[] }) {
  return (
    <ul className="rules">
      {rules.map((rule) => (
        <li key={rule.id} data-rule={rule.id}>
          {rule.text}
        </li>
      ))}
    </ul>
  );
}
