import { CHANGE_NOTE_MAX, publishState, type PublishInput } from './publish-state';

const base: PublishInput = {
  preview: { existing: null, follows: null },
  needsApproval: false,
  releaseReady: true,
  changeNote: '',
  running: false,
};

describe('publishState', () => {
  it('publishes a first version at once', () => {
    expect(publishState(base)).toEqual({
      action: 'publish',
      disabled: false,
      block: null,
      needsChangeNote: false,
      nextVersion: 1,
    });
  });

  it('submits for approval when the scope needs the organization’s approval', () => {
    expect(publishState({ ...base, needsApproval: true })).toMatchObject({
      action: 'submit',
      disabled: false,
    });
  });

  it('waits for a preview', () => {
    expect(publishState({ ...base, preview: null })).toMatchObject({
      disabled: true,
      block: 'noPreview',
      needsChangeNote: false,
    });
  });

  it.each([
    ['published', 'published'],
    ['awaiting_approval', 'awaiting'],
  ])('refuses a report that exists (%s)', (status, block) => {
    expect(
      publishState({
        ...base,
        preview: { existing: { status }, follows: { version: 2 } },
        changeNote: 'Corrected figures',
      }),
    ).toMatchObject({ disabled: true, block, needsChangeNote: false });
  });

  it('waits for a network release to be published', () => {
    expect(publishState({ ...base, releaseReady: false })).toMatchObject({
      disabled: true,
      block: 'notReady',
    });
  });

  describe('a new version of a published report', () => {
    const next = { ...base, preview: { existing: null, follows: { version: 2 } } };

    it('asks what changed and why', () => {
      expect(publishState(next)).toEqual({
        action: 'publish',
        disabled: true,
        block: 'changeNoteMissing',
        needsChangeNote: true,
        nextVersion: 3,
      });
      expect(publishState({ ...next, changeNote: '   ' }).block).toBe('changeNoteMissing');
    });

    it('is enabled once it is said, within the limit', () => {
      expect(
        publishState({ ...next, changeNote: 'Late figures from two hotlines.' }),
      ).toMatchObject({ disabled: false, block: null });
      expect(publishState({ ...next, changeNote: 'x'.repeat(CHANGE_NOTE_MAX + 1) })).toMatchObject({
        disabled: true,
        block: 'changeNoteTooLong',
      });
    });
  });

  it('is disabled while publishing', () => {
    expect(publishState({ ...base, running: true })).toMatchObject({
      disabled: true,
      block: 'running',
    });
  });
});
