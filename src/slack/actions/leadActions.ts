import type { App } from '@slack/bolt';
import { registerButton } from '../button';
import type { SlackDependencies } from '../dependencies';
import { ActionIds, Commands } from '../ids';
import { leadToDraft } from '../../services/leadService';
import { draftText } from '../../views/text/leadDraftText';
import { buildLeadSavedMessage } from '../../views/messages/leadMessages';
import { buildLeadModal } from '../../views/modals/leadModal';
import { section } from '../../blockKit/message';
import { buildRejectedCommandMessage } from '../../views/messages/problemMessage';
import { echoBlockText } from '../../views/messages/commandEcho';
import { readRecordButtonValue } from '../../views/messages/runButton';

export function registerLeadActions(app: App, deps: SlackDependencies): void {
  // Edit opens the lead form in the lead's own team (the button names it: a DM has no team).
  registerButton(app, deps, {
    actionId: ActionIds.leadEdit,
    name: 'lead edit button',
    teamOf: (value) => readRecordButtonValue(value).teamId,
    async handle({ args, value, context }) {
      const { number } = readRecordButtonValue(value);
      const lead = await deps.store.leads.getByNumber(context.team.id, number);
      const channels = await deps.store.teams.options(context.team.id, 'channel');
      const channelId = args.body.channel?.id;
      await args.client.views.open({
        trigger_id: args.body.trigger_id,
        view: buildLeadModal(context.t, {
          channels,
          initial: leadToDraft(lead),
          metadata: { number, version: lead.version, ...(channelId ? { channelId } : {}) },
          defaultOwnerId: args.body.user.id,
        }),
      });
    },
  });

  // "Add anyway" under a duplicate warning: the parked draft becomes a lead once, however often clicked.
  registerButton(app, deps, {
    actionId: ActionIds.leadAddAnyway,
    name: 'lead add anyway',
    writes: 'message',
    async handle({ args, value, context }) {
      const { t } = context;
      const outcome = await deps.leads.addDraftAnyway(context.team.id, args.body.user.id, value);
      if (outcome === undefined) {
        const gone = t.t('leads.draftGone');
        await args.respond({ replace_original: true, text: gone, blocks: [section(gone)] });
      } else if (outcome.kind === 'invalid') {
        const title = t.t('leads.rejectedTitle');
        await args.respond({
          replace_original: true,
          ...buildRejectedCommandMessage(t, title, outcome.problems, Commands.lead, ''),
        });
      } else if (outcome.kind === 'added') {
        const undoChangeId = await deps.undo.latestLeadChangeId(context.team.id, outcome.lead.id);
        await args.respond({
          replace_original: true,
          ...buildLeadSavedMessage(t, outcome.lead, 'Added', undoChangeId),
        });
      }
    },
  });

  registerButton(app, deps, {
    actionId: ActionIds.leadCancelDraft,
    name: 'lead cancel draft',
    writes: 'message',
    async handle({ args, value, context }) {
      const { t } = context;
      const draft = await deps.leads.discardDraft(context.team.id, args.body.user.id, value);
      const blocks = [section(t.t('leads.cancelled'))];
      if (draft) blocks.push(section(echoBlockText(t, Commands.lead, draftText(draft))));
      await args.respond({ replace_original: true, text: t.t('leads.cancelled'), blocks });
    },
  });
}
