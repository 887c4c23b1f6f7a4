import type { AllMiddlewareArgs, App } from '@slack/bolt';
import type { FieldProblem } from '../../domain/inputError';
import { formatDayTime } from '../../domain/dates';
import { leadFieldLabel, type LeadField } from '../../domain/lead';
import type { OtherSave } from '../../services/leadService';
import { problemText } from '../../i18n/problemText';
import type { Translator } from '../../i18n/translator';
import type { SlackDependencies } from '../dependencies';
import { CallbackIds, LeadModalBlocks } from '../ids';
import type { LeadRecord } from '../../store/repos/leadStore';
import { registerFormSubmission } from '../formSubmission';
import { type PrivateReplyTarget, replyPrivately } from '../reply';
import { type TeamContext, withTeamName } from '../teamContext';
import {
  buildLeadDuplicateModal,
  leadDuplicateMetadata,
  type LeadDuplicateMetadata,
  leadDuplicateView,
} from '../../views/modals/leadDuplicateModal';
import { buildLeadSavedMessage } from '../../views/messages/leadMessages';
import {
  buildLeadModal,
  leadModalMetadata,
  leadModalSubmitLabel,
  readLeadModal,
} from '../../views/modals/leadModal';
import { context as contextBlock, type KnownBlock, section } from '../../blockKit/message';
import { escapeMrkdwn, userMention } from '../../blockKit/text';
import { describeProblem } from '../../views/messages/problemMessage';
import { readMetadata } from '../../views/modals/viewState';

/** Tells the author privately that the lead is saved, with Edit and Undo buttons. */
async function confirmLeadSaved(
  deps: SlackDependencies,
  client: AllMiddlewareArgs['client'],
  target: PrivateReplyTarget,
  context: TeamContext,
  lead: LeadRecord,
  verb: 'Added' | 'Updated',
  note?: string,
): Promise<void> {
  const undoChangeId = await deps.undo.latestLeadChangeId(context.team.id, lead.id);
  const saved = buildLeadSavedMessage(context.t, lead, verb, undoChangeId);
  const message = note
    ? { ...saved, blocks: [...saved.blocks, contextBlock(`:twisted_rightwards_arrows: ${note}`)] }
    : saved;
  await replyPrivately(
    client,
    target,
    await withTeamName(deps, context, message, target.userId),
    deps.logger,
  );
}

function fieldNames(t: Translator, fields: LeadField[]): string {
  return fields.map((field) => t.t(leadFieldLabel(field))).join(', ');
}

/** Whose save this edit met, when, and what they changed, for the confirmation. */
function keptNote(context: TeamContext, theirs: OtherSave): string {
  const { t, team } = context;
  return t.t('flow.leadKept', {
    user: userMention(theirs.actorId),
    fields: fieldNames(t, theirs.fields),
    time: formatDayTime(theirs.at, team.timezone, t),
  });
}

/** The form's notice when both changed the same fields: who, when, what, and only those fields to decide. */
function leadConflictNotice(
  context: TeamContext,
  theirs: OtherSave,
  conflicts: LeadField[],
  current: LeadRecord,
): string {
  const { t, team } = context;
  const theirValues = conflicts
    .map((field) => `${t.t(leadFieldLabel(field))} “${escapeMrkdwn(current[field] ?? '')}”`)
    .join(', ');
  return t.t('flow.leadConflict', {
    user: userMention(theirs.actorId),
    number: String(current.number),
    company: escapeMrkdwn(current.company),
    time: formatDayTime(theirs.at, team.timezone, t),
    fields: fieldNames(t, theirs.fields),
    conflicts: fieldNames(t, conflicts),
    theirs: theirValues,
  });
}

/**
 * Field problems shown under the right inputs in the user's language; Slack keeps every typed
 * value when errors come back.
 */
export function leadModalErrors(t: Translator, problems: FieldProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const each of problems) {
    const blockId = LeadModalBlocks[each.field as LeadField] ?? LeadModalBlocks.company;
    errors[blockId] = errors[blockId]
      ? `${errors[blockId]}; ${problemText(t, each)}`
      : describeProblem(t, each);
  }
  return errors;
}

export function registerLeadModalSubmission(app: App, deps: SlackDependencies): void {
  registerFormSubmission(app, deps, {
    callbackId: CallbackIds.leadModal,
    name: 'lead form',
    errorBlock: LeadModalBlocks.company,
    submitLabel: (t, view) => {
      const metadata = readMetadata(view.private_metadata, leadModalMetadata) ?? {};
      return leadModalSubmitLabel(t, typeof metadata.number === 'number');
    },
    async save({ view, client, context, userId }) {
      const { t } = context;
      const metadata = readMetadata(view.private_metadata, leadModalMetadata) ?? {};
      const draft = readLeadModal(view.state.values);
      const target = { userId, channelId: metadata.channelId };
      if (typeof metadata.number === 'number' && typeof metadata.version === 'number') {
        const number = metadata.number;
        const outcome = await deps.leads.edit(context.team.id, userId, number, metadata.version, draft);
        if (outcome.kind === 'invalid')
          return { kind: 'errors', errors: leadModalErrors(t, outcome.problems) };
        if (outcome.kind === 'conflict') {
          const current = outcome.current;
          const channels = await deps.store.teams.options(context.team.id, 'channel');
          const notice = outcome.theirs
            ? leadConflictNotice(context, outcome.theirs, outcome.conflicts, current)
            : t.t('leadForm.conflict', { number: String(number), company: escapeMrkdwn(current.company) });
          const view = buildLeadModal(t, {
            channels,
            initial: outcome.theirs ? outcome.merged : draft,
            metadata: { ...metadata, version: current.version },
            defaultOwnerId: userId,
            notice,
          });
          return { kind: 'update', view };
        }
        const note = outcome.kept && keptNote(context, outcome.kept);
        return {
          kind: 'saved',
          confirm: () => confirmLeadSaved(deps, client, target, context, outcome.lead, 'Updated', note),
        };
      }
      const outcome = await deps.leads.add(context.team.id, userId, draft);
      if (outcome.kind === 'invalid') return { kind: 'errors', errors: leadModalErrors(t, outcome.problems) };
      if (outcome.kind === 'possible_duplicate') {
        const duplicateMetadata: LeadDuplicateMetadata = {
          draftId: outcome.draftId,
          ...(metadata.channelId ? { channelId: metadata.channelId } : {}),
        };
        const view = buildLeadDuplicateModal(
          t,
          outcome.input.company,
          outcome.duplicates,
          duplicateMetadata,
          context.formatDate,
          undefined,
          outcome.input.email,
        );
        return { kind: 'push', view };
      }
      return {
        kind: 'saved',
        confirm: () => confirmLeadSaved(deps, client, target, context, outcome.lead, 'Added'),
      };
    },
  });

  // "Add anyway" in the duplicate form: the parked draft becomes a lead once (its draft is claimed).
  registerFormSubmission(app, deps, {
    callbackId: CallbackIds.leadDuplicateModal,
    name: 'lead duplicate form',
    errorBlock: LeadModalBlocks.company,
    submitLabel: (t) => t.t('leadForm.addAnyway'),
    async save({ view, client, context, userId }) {
      const metadata = readMetadata(view.private_metadata, leadDuplicateMetadata);
      const outcome = await deps.leads.addDraftAnyway(context.team.id, userId, metadata?.draftId ?? '');
      if (outcome?.kind !== 'added') return { kind: 'clear' };
      const target = { userId, channelId: metadata?.channelId };
      const confirm = () => confirmLeadSaved(deps, client, target, context, outcome.lead, 'Added');
      return { kind: 'saved', confirm, close: 'clear' };
    },
    unsaved: (t, view) => {
      const warning = view.blocks.at(-1) as KnownBlock | undefined;
      const blocks = [section(t.t('leadForm.addAnywayFailed')), ...(warning ? [warning] : [])];
      return { response_action: 'update', view: leadDuplicateView(t, view.private_metadata, blocks) };
    },
  });
}
