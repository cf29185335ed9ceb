import { Fragment, type ReactNode } from 'react';

/**
 * Fills `{{name}}` placeholders of a message with elements (a quoted English label inside a
 * translated sentence). A placeholder without a value is left as it is.
 */
export function interpolateNodes(
  template: string,
  values: Readonly<Record<string, ReactNode>>,
): ReactNode {
  const parts = template.split(/(\{\{\w+\}\})/g);
  return parts.map((part, index) => {
    const name = /^\{\{(\w+)\}\}$/.exec(part)?.[1];
    return (
      <Fragment key={index}>
        {name !== undefined && Object.hasOwn(values, name) ? values[name] : part}
      </Fragment>
    );
  });
}
