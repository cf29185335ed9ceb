import { useId } from 'react';
import { CopyButton } from '../shared/copy-button';

/** A citation in a block that keeps its line as written, with a copy button. */
export function CitationBlock({
  text,
  label,
  copy,
}: {
  text: string;
  label: string;
  copy: string;
}) {
  const id = useId();
  return (
    <figure className="citation">
      <figcaption id={`${id}-label`} className="visually-hidden">
        {label}
      </figcaption>
      <blockquote className="citation__text" aria-labelledby={`${id}-label`} data-citation>
        <p>{text}</p>
      </blockquote>
      <CopyButton text={text} label={copy} />
    </figure>
  );
}
