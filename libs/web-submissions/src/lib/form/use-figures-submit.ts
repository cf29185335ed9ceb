import { useCallback, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { FigureInput, SubmissionReportFieldsFragment } from '@candor/web-graphql';
import { contentKey } from '../shared/content-key';
import { submitFiguresMutation, validateFiguresMutation } from './form.documents';
import { toFigureList, type CatalogueMetric, type FormState } from './form-state';

export interface FiguresResult {
  report: SubmissionReportFieldsFragment;
  dryRun: boolean;
  /** The figures sent and the input of each, to put the report's rows back on the inputs. */
  figures: FigureInput[];
  fields: string[];
}

export interface FiguresSubmit {
  result: FiguresResult | null;
  /** Breakdown rows with a count but no value: nothing was sent. */
  missingValues: string[];
  failure: unknown;
  busy: boolean;
  send: (state: FormState, attributed: boolean, dryRun: boolean) => Promise<void>;
}

/** Checks (`validateFigures`) or stores (`submitFigures`) the form's figures for one period. */
export function useFiguresSubmit(
  organizationId: string,
  period: string,
  metrics: readonly CatalogueMetric[],
): FiguresSubmit {
  const [validate, validation] = useMutation(validateFiguresMutation);
  const [submit, submission] = useMutation(submitFiguresMutation);
  const [result, setResult] = useState<FiguresResult | null>(null);
  const [missingValues, setMissingValues] = useState<string[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const inFlight = useRef(false);

  const send = useCallback<FiguresSubmit['send']>(
    async (state, attributed, dryRun) => {
      if (inFlight.current) return;
      const list = toFigureList(state, metrics);
      setMissingValues(list.missingValues);
      if (list.missingValues.length > 0) {
        setResult(null);
        return;
      }
      inFlight.current = true;
      setFailure(null);
      const input = { organizationId, period, attributed, figures: list.figures };
      try {
        const report = dryRun
          ? (await validate({ variables: { input } })).data?.validateFigures
          : (
              await submit({
                variables: {
                  input,
                  idempotencyKey: contentKey('form', [
                    organizationId,
                    period,
                    attributed ? '1' : '0',
                    JSON.stringify(list.figures),
                  ]),
                },
                refetchQueries: ['PeriodStatuses', 'PeriodHistory'],
              })
            ).data?.submitFigures;
        if (report) setResult({ report, dryRun, figures: list.figures, fields: list.fields });
      } catch (error) {
        setResult(null);
        setFailure(error);
      } finally {
        inFlight.current = false;
      }
    },
    [metrics, organizationId, period, submit, validate],
  );

  return {
    result,
    missingValues,
    failure,
    busy: validation.loading || submission.loading,
    send,
  };
}
