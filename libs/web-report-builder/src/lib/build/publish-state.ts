/** What the preview says of the report the selection would publish. */
export interface PreviewFacts {
  /** The report already published, or awaiting approval, for this release, scope and language. */
  existing: { status: string } | null;
  /** The latest published version of the report series, which a new one would follow. */
  follows: { version: number } | null;
}

export interface PublishInput {
  /** The preview of the current selection; null before "Preview" (or after the selection changed). */
  preview: PreviewFacts | null;
  /** The scope waits for the organization admin's approval. */
  needsApproval: boolean;
  /** An organization's own release, or a published network release; a network draft is not. */
  releaseReady: boolean;
  changeNote: string;
  /** A publish call is running. */
  running: boolean;
}

export type PublishBlock =
  | 'noPreview'
  | 'published'
  | 'awaiting'
  | 'notReady'
  | 'changeNoteMissing'
  | 'changeNoteTooLong'
  | 'running';

export interface PublishState {
  /** `publish` publishes at once; `submit` sends it for the organization's approval. */
  action: 'publish' | 'submit';
  disabled: boolean;
  /** Why the button is disabled (shown next to it); null when it is enabled. */
  block: PublishBlock | null;
  /** The report is a new version of a published one: "What changed and why" is asked for. */
  needsChangeNote: boolean;
  /** The version the report will have in its series. */
  nextVersion: number;
}

/** The server's limit for `changeNote`. */
export const CHANGE_NOTE_MAX = 2000;

/** The state of the Publish (or "Submit for approval") button for the current selection. */
export function publishState(input: PublishInput): PublishState {
  const { preview } = input;
  const action = input.needsApproval ? 'submit' : 'publish';
  const needsChangeNote = Boolean(preview?.follows) && !preview?.existing;
  const nextVersion = (preview?.follows?.version ?? 0) + 1;
  const note = input.changeNote.trim();
  const block: PublishBlock | null = !preview
    ? 'noPreview'
    : preview.existing
      ? preview.existing.status === 'awaiting_approval'
        ? 'awaiting'
        : 'published'
      : !input.releaseReady
        ? 'notReady'
        : needsChangeNote && !note
          ? 'changeNoteMissing'
          : note.length > CHANGE_NOTE_MAX
            ? 'changeNoteTooLong'
            : input.running
              ? 'running'
              : null;
  return { action, disabled: block !== null, block, needsChangeNote, nextVersion };
}
