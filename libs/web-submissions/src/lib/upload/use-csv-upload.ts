import { useCallback, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { SubmissionReportFieldsFragment } from '@candor/web-graphql';
import { contentKey } from '../shared/content-key';
import { submitCsvMutation } from './upload.documents';

export interface UploadResult {
  report: SubmissionReportFieldsFragment;
  dryRun: boolean;
  /** The text that was checked or sent, to show the report against. */
  text: string;
}

export interface CsvUpload {
  result: UploadResult | null;
  failure: unknown;
  busy: boolean;
  send: (input: { text: string; attributed: boolean; dryRun: boolean }) => Promise<void>;
}

/**
 * Checks (dry run) or stores a CSV file for an organization. Storing sends an idempotency key
 * made from the content, so a double click or a retry never makes a second version.
 */
export function useCsvUpload(organizationId: string): CsvUpload {
  const [run, { loading }] = useMutation(submitCsvMutation);
  const [result, setResult] = useState<UploadResult | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const inFlight = useRef(false);

  const send = useCallback<CsvUpload['send']>(
    async ({ text, attributed, dryRun }) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setFailure(null);
      try {
        const { data } = await run({
          variables: {
            organizationId,
            csv: text,
            attributed,
            dryRun,
            // Left out, not null, for a dry run: the API fails on an explicit null (500).
            idempotencyKey: dryRun
              ? undefined
              : contentKey('csv', [organizationId, text, attributed ? '1' : '0']),
          },
          refetchQueries: dryRun ? [] : ['PeriodStatuses', 'PeriodHistory'],
        });
        if (data) setResult({ report: data.submitCsv, dryRun, text });
      } catch (error) {
        setResult(null);
        setFailure(error);
      } finally {
        inFlight.current = false;
      }
    },
    [organizationId, run],
  );

  return { result, failure, busy: loading, send };
}
