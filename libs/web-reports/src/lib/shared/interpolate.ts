/**
 * Fills `{{name}}` placeholders of a message, as i18next does, for sentences built outside
 * i18next (the report page reads the messages of the report's language directly). A placeholder
 * without a value is left as it is.
 */
export function interpolate(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
