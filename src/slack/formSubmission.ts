import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction, types } from '@slack/bolt';
import type { TeamPermission } from '../domain/teamRoles';
import { createTranslator, type Translator } from '../i18n/translator';
import { settledWithin } from '../runtime/settledWithin';
import type { SlackDependencies } from './dependencies';
import { NotFoundError } from '../errors';
import { buildFailureMessage, notFoundText } from './failures';
import { MODAL_WORK_BUDGET_MS } from './modalBudget';
import { payloadRequester, refusalFor } from './permissions';
import { type OnceOutcome, requestKey, runOnce } from './requestOnce';
import { payloadOrigin, resolveTeam, type TeamContext, withTeamName } from './teamContext';
import { type PrivateReplyTarget, replyPrivately } from './reply';
import type { SlackMessage } from '../blockKit/message';
import { failedFormTranslator, pressAgain } from './submissions/failedFormLanguage';
import { buildFormProgressModal } from '../views/modals/formProgressModal';

export type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** What a form's own logic gets: the submission, its team resolved and its permission checked. */
export type FormRequest = Pick<ViewArgs, 'view' | 'body' | 'client'> & {
  context: TeamContext;
  userId: string;
  /** The request's bot token (what downloads a file the form was given, from url_private). */
  botToken: string | undefined;
  /** A private confirmation (src/slack/reply.ts), naming the team when the workspace has several. */
  reply(target: PrivateReplyTarget, message: SlackMessage): Promise<void>;
};

/** How a form's save ends; the wrapper turns it into Slack's answer (or, past the budget, a views.update). */
export type FormAnswer =
  /** Keep the form open, everything typed in it, with these problems under their blocks. */
  | { kind: 'errors'; errors: Record<string, string> }
  /** Show another view in the form's place, or over it. */
  | { kind: 'update' | 'push'; view: types.ModalView }
  /** Close the form (and every view under it). */
  | { kind: 'clear' }
  /** Saved: close the form (with 'clear', the views under it too), then `confirm` (a private message). */
  | { kind: 'saved'; confirm?: () => Promise<void>; close?: 'clear' };

export type FormSpec = {
  callbackId: string;
  /** For the one log line of a failure, e.g. 'spend form'. */
  name: string;
  /** The block a failure or a refusal is shown under. */
  errorBlock: string;
  /** The submit button's label, for "press … again" when nothing was saved. */
  submitLabel: (t: Translator, view: ViewArgs['view']) => string;
  /**
   * The Tandem team the form acts on when it was opened for one (its private metadata): it wins
   * over the channel and the user's default, within the submitting workspace (RequestOrigin.teamId).
   */
  teamOf?: (view: ViewArgs['view']) => string | undefined;
  /** Restricted forms: checked again on submission, before anything changes. */
  permission?: TeamPermission;
  save(request: FormRequest): Promise<FormAnswer>;
  /** The form's own answer when its save failed with nothing saved (default: "press … again"). */
  unsaved?: (t: Translator, view: ViewArgs['view']) => FormAck;
};

export type FormAck =
  | { response_action: 'errors'; errors: Record<string, string> }
  | { response_action: 'update' | 'push'; view: types.ModalView }
  | { response_action: 'clear' }
  | undefined;

/** How long the "Saving…" answer waits for the user's language once the budget is spent. */
const SAVING_LANGUAGE_WAIT_MS = 150;

/** A form's title when it came without one (never from Tandem's own forms). */
const PRODUCT_NAME = 'Tandem';

/** What a repeat is answered with when its first run's answer was closing the form. */
const CLOSED = 'closed';

function ackOf(answer: FormAnswer): FormAck {
  switch (answer.kind) {
    case 'errors':
      return { response_action: 'errors', errors: answer.errors };
    case 'update':
    case 'push':
      return { response_action: answer.kind, view: answer.view };
    case 'clear':
      return { response_action: 'clear' };
    case 'saved':
      return answer.close === 'clear' ? { response_action: 'clear' } : undefined;
  }
}

/**
 * Registers a form submission with what every Tandem form shares: the team (the channel the form
 * was opened from, src/slack/teamContext.ts), the permission checked again, the save run once per
 * submission (the view and a hash of its values, src/slack/requestOnce.ts: a double submission or a
 * retry saves once and is answered like the first), and the answer within Slack's 3 seconds. A save
 * that outlives the budget turns the form into "Saving…" and finishes through `views.update` with
 * the real outcome; "press again" is said only when nothing was written. Failures are logged once.
 */
export function registerFormSubmission(app: App, deps: SlackDependencies, spec: FormSpec): void {
  app.view(spec.callbackId, async ({ ack, view, body, client, context: bolt }: ViewArgs) => {
    const teamId = spec.teamOf?.(view);
    const origin = { ...payloadOrigin(body, client), ...(teamId ? { teamId } : {}) };
    const userId = body.user.id;
    let context: TeamContext | undefined;
    const key = requestKey(
      'form',
      origin.slackTeamId,
      userId,
      view.id,
      spec.callbackId,
      JSON.stringify(view.state.values),
    );
    const claim = {
      slackTeamId: origin.slackTeamId,
      userId,
      channelId: origin.channelId ?? '',
      command: spec.callbackId,
      text: '',
      responseUrl: '',
    };
    const work = (async (): Promise<OnceOutcome<FormAnswer>> => {
      try {
        context = await resolveTeam(deps, origin);
        const resolved = context;
        if (spec.permission) {
          const requester = payloadRequester(body, client);
          const refusal = await refusalFor(deps, resolved.t, resolved.team, requester, spec.permission);
          if (refusal) {
            const errors = { [spec.errorBlock]: refusal.plainText };
            return { kind: 'ran', value: { kind: 'errors', errors }, wrote: false };
          }
        }
        return await runOnce(
          deps,
          key,
          claim,
          () => {
            const reply = async (target: PrivateReplyTarget, message: SlackMessage) =>
              replyPrivately(
                client,
                target,
                await withTeamName(deps, resolved, message, userId),
                deps.logger,
              );
            const botToken = bolt.botToken;
            return spec.save({ view, body, client, context: resolved, userId, botToken, reply });
          },
          {
            awaitAnswer: true,
          },
        );
      } catch (error) {
        return { kind: 'failed', error };
      }
    })();

    const early = await settledWithin(work, MODAL_WORK_BUDGET_MS);
    const t = () => failedFormTranslator(deps, context?.t, origin);
    if (early) {
      await ack(await answerInTime(early, t));
      await afterAnswer(early);
      return;
    }
    // Past the budget: the save may still write, so the form says "Saving…" and shows the outcome
    // later. The answer is due now: the user's language is waited for only briefly.
    const language =
      context?.t ?? (await settledWithin(t(), SAVING_LANGUAGE_WAIT_MS)) ?? createTranslator(undefined);
    const title = view.title?.text || PRODUCT_NAME;
    await ack({
      response_action: 'update',
      view: buildFormProgressModal(language, {
        title,
        callbackId: spec.callbackId,
        lines: [language.t('modals.saving')],
      }),
    });
    const late = await work;
    const outcome = await lateView(late, await t(), title);
    await client.views.update({ view_id: view.id, view: outcome }).catch((error: unknown) => {
      deps.logger.warn(`${spec.name}: could not show the outcome of a slow save`, error);
    });
    await afterAnswer(late);

    async function answerInTime(outcome: OnceOutcome<FormAnswer>, translator: () => Promise<Translator>) {
      if (outcome.kind === 'repeat')
        return outcome.answer && outcome.answer !== CLOSED
          ? (JSON.parse(outcome.answer) as FormAck)
          : undefined;
      if (outcome.kind === 'ran') return ackOf(outcome.value);
      const language = await translator();
      // A record deleted meanwhile: pressing again would not help, so the form says what is gone.
      if (outcome.error instanceof NotFoundError) {
        const errors = { [spec.errorBlock]: `${notFoundText(language, outcome.error)}.` };
        return { response_action: 'errors' as const, errors };
      }
      logFailure(outcome.error);
      // Nothing kept (the key is open again): pressing again with the same values finishes it once.
      return (
        spec.unsaved?.(language, view) ?? {
          response_action: 'errors' as const,
          errors: { [spec.errorBlock]: pressAgain((each) => spec.submitLabel(each, view))(language) },
        }
      );
    }

    /** Keeps the first answer for repeats of this submission, then sends the confirmation. */
    async function afterAnswer(outcome: OnceOutcome<FormAnswer>) {
      if (outcome.kind !== 'ran') return;
      try {
        if (outcome.wrote) {
          const answer = ackOf(outcome.value);
          await deps.commandInbox.recordAnswer(key, answer ? JSON.stringify(answer) : CLOSED);
        }
        if (outcome.value.kind === 'saved') await outcome.value.confirm?.();
      } catch (error) {
        deps.logger.warn(`${spec.name}: saved, but its confirmation failed`, error);
      }
    }

    function logFailure(error: unknown) {
      deps.logger.error(`${spec.name} failed for user ${userId} in team ${origin.slackTeamId}`, error);
    }

    /** The outcome of a save that outlived the budget, shown in place of "Saving…". */
    async function lateView(outcome: OnceOutcome<FormAnswer>, language: Translator, title: string) {
      const progress = (lines: string[]) =>
        buildFormProgressModal(language, { title, callbackId: spec.callbackId, lines });
      if (outcome.kind === 'failed') {
        const failure = buildFailureMessage(
          language,
          outcome.error,
          {
            action: spec.name,
            teamId: origin.slackTeamId,
            userId,
          },
          deps.logger,
        );
        return progress([language.t('modals.notSavedLate', { reason: failure.text })]);
      }
      if (outcome.kind === 'repeat') return progress([language.t('modals.savedLate')]);
      const answer = outcome.value;
      if (answer.kind === 'update' || answer.kind === 'push') return answer.view;
      if (answer.kind === 'errors') {
        const reason = Object.values(answer.errors).join('; ');
        return progress([language.t('modals.notSavedLate', { reason })]);
      }
      return progress([language.t('modals.savedLate')]);
    }
  });
}
