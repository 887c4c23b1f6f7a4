import type { App } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies';
import { registerFormSubmission } from '../formSubmission';
import { CallbackIds, IcpModalBlocks } from '../ids';
import { icpChangeText } from '../../views/text/icpChangeText';
import { buildIcpSavedMessage } from '../../views/messages/icpMessages';
import { buildIcpModal, icpModalErrors, icpModalMetadata, readIcpModal } from '../../views/modals/icpModal';
import { escapeTruncated, userMention } from '../../blockKit/text';
import { readMetadata } from '../../views/modals/viewState';

/** Saves the edited ICP as a new version; a newer version saved meanwhile is shown, never overwritten unseen. */
export function registerIcpModalSubmission(app: App, deps: SlackDependencies): void {
  registerFormSubmission(app, deps, {
    callbackId: CallbackIds.icpEditModal,
    name: 'icp form',
    errorBlock: IcpModalBlocks.industries,
    submitLabel: (t) => t.t('icpForm.submit'),
    permission: 'editIcp',
    async save({ view, reply, context: { team, t }, userId }) {
      const metadata = readMetadata(view.private_metadata, icpModalMetadata);
      const baseVersion = metadata?.baseVersion ?? 0;
      const channelId = metadata?.channelId;
      const sections = readIcpModal(view.state.values);
      const outcome = await deps.icp.save(team.id, userId, baseVersion, sections);
      switch (outcome.kind) {
        case 'invalid':
          return { kind: 'errors', errors: icpModalErrors(t, outcome.problems) };
        case 'unchanged': {
          const text =
            baseVersion === 0
              ? t.t('icpForm.empty')
              : t.t('icpForm.unchanged', { version: String(baseVersion) });
          return { kind: 'errors', errors: { [IcpModalBlocks.industries]: text } };
        }
        case 'conflict': {
          const current = outcome.current;
          const notice = current
            ? t.t('icpForm.conflict', {
                user: userMention(current.changedById),
                version: String(current.version),
                summary: escapeTruncated(icpChangeText(t, current.change), 500),
              })
            : t.t('icpForm.conflictUnknown');
          const nextMetadata = { baseVersion: current?.version ?? 0, ...(channelId ? { channelId } : {}) };
          return { kind: 'update', view: buildIcpModal(t, { sections, metadata: nextMetadata, notice }) };
        }
        case 'saved': {
          const message = buildIcpSavedMessage(t, outcome.version);
          return {
            kind: 'saved',
            confirm: () => reply({ userId, channelId }, message),
          };
        }
      }
    },
  });
}
