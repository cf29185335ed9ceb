import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../shared/icon';

/** Files larger than this are not read into the page (the server's own limit is lower). */
const MAX_READ_BYTES = 20 * 1024 * 1024;

export interface CsvInputProps {
  text: string;
  fileName: string | null;
  onChange: (text: string, fileName: string | null) => void;
}

/** A CSV file chosen, dropped or pasted; its text stays editable for quick fixes. */
export function CsvInput({ text, fileName, onChange }: CsvInputProps) {
  const { t } = useTranslation('submissions');
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const read = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_READ_BYTES) {
      setProblem(t('upload.input.tooLarge', { name: file.name }));
      return;
    }
    setProblem(null);
    onChange(await file.text(), file.name);
  };

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void read(event.dataTransfer.files[0]);
  };

  return (
    <div className="csv-input">
      <div
        className={`dropzone${dragging ? ' dropzone--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <Icon name="upload" className="dropzone__icon" />
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('upload.input.file')}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`${id}-file-hint`}
            onChange={(event) => {
              void read(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
          <p id={`${id}-file-hint`} className="hint">
            {fileName ? t('upload.input.loaded', { name: fileName }) : t('upload.input.drop')}
          </p>
        </div>
      </div>
      {problem && (
        <p className="message message--error" role="alert">
          {problem}
        </p>
      )}
      <div className="field field--block">
        <label htmlFor={`${id}-text`}>{t('upload.input.text')}</label>
        <textarea
          id={`${id}-text`}
          className="code-area"
          value={text}
          rows={8}
          spellCheck={false}
          wrap="off"
          aria-describedby={`${id}-text-hint`}
          onChange={(event) => onChange(event.target.value, fileName)}
        />
        <p id={`${id}-text-hint`} className="hint">
          {t('upload.input.textHint')}
        </p>
      </div>
    </div>
  );
}
