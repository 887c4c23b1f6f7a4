import type { AllMiddlewareArgs, App, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { TeamPermission } from '../domain/teamRoles';
import type { SlackMessage } from '../blockKit/message';
import type { SlackDependencies } from './dependencies';
import { buildFailureMessage, requesterTranslator } from './failures';
import { payloadRequester, refusalMessage } from './permissions';
import { requestKey, runOnce } from './requestOnce';
import { payloadOrigin, resolveTeam, type TeamContext, withTeamName } from './teamContext';

export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/** What a button's own logic gets: the click, its value, its team resolved and its permission checked. */
export type ButtonRequest = {
  args: ButtonArgs;
  /** The button's value, or the chosen option's (overflow menus, selects). */
  value: string;
  context: TeamContext;
  /** Answers the clicker privately: under the message (its response_url), else in their DM with Tandem. */
  tell(message: SlackMessage): Promise<void>;
};

export type ButtonSpec = {
  actionId: string;
  /** For the one log line of a failure, e.g. 'lead add anyway'. */
  name: string;
  /**
   * The Tandem team the button acts on, from its value (a record's own team): it wins over the
   * channel and the user's default, within the clicking workspace (RequestOrigin.teamId).
   */
  teamOf?: (value: string, userId: string) => Promise<string | undefined> | string | undefined;
  permission?: TeamPermission;
  /**
   * Buttons that change data run once per key (src/slack/requestOnce.ts): 'message', once per
   * button of the message or view it sits on (a one-shot choice: a double or triple click changes
   * nothing twice); 'click', once per click (its action_ts: a retry or a replay changes nothing,
   * a later click acts again — for buttons whose second effect would be the same).
   */
  writes?: 'message' | 'click';
  /** The text the failure reply gives back (a run button's command), so nothing typed is lost. */
  echo?: (value: string) => { command: string; text: string } | undefined;
  /** 'log' for controls inside a form that only redraw it: a failure leaves the form as it was. */
  failure?: 'tell' | 'log';
  handle(request: ButtonRequest): Promise<void>;
};

type AnyAction = {
  action_id: string;
  block_id?: string;
  action_ts?: string;
  value?: string;
  selected_option?: { value: string };
};

/** A button's value, or the value of the option chosen in an overflow menu or a select. */
function valueOf(action: AnyAction): string {
  return action.value ?? action.selected_option?.value ?? '';
}

/** The message or view the control sits on: what makes a one-shot button's key. */
function containerOf(body: BlockAction): string {
  if (body.view) return `${body.view.id}:${body.view.hash}`;
  return `${body.channel?.id ?? ''}:${body.message?.ts ?? body.container?.message_ts ?? ''}`;
}

/**
 * Registers a block action with what every Tandem button shares: the ack, the team (the one its
 * value names, else the request's), the permission, the write run once per key, and one failure
 * reply (logged once, told under the message or by DM).
 */
export function registerButton(app: App, deps: SlackDependencies, spec: ButtonSpec): void {
  app.action(spec.actionId, async (args: ButtonArgs) => {
    const { ack, body, client, respond } = args;
    await ack();
    const action = args.action as unknown as AnyAction;
    const value = valueOf(action);
    let context: TeamContext | undefined;
    const tell = async (reply: SlackMessage) => {
      // With several teams in the workspace, the answer names the team it acted on.
      const message = context ? await withTeamName(deps, context, reply, body.user.id) : reply;
      if (body.response_url)
        await respond({ response_type: 'ephemeral', replace_original: false, ...message });
      else await client.chat.postMessage({ channel: body.user.id, ...message });
    };
    const teamId = spec.teamOf
      ? await Promise.resolve(spec.teamOf(value, body.user.id)).catch(() => undefined)
      : undefined;
    const origin = { ...payloadOrigin(body, client), ...(teamId ? { teamId } : {}) };
    try {
      context = await resolveTeam(deps, origin);
      const resolved = context;
      if (spec.permission) {
        const refusal = await refusalMessage(deps, resolved, payloadRequester(body, client), spec.permission);
        if (refusal) return await tell(refusal);
      }
      const run = () => spec.handle({ args, value, context: resolved, tell });
      if (!spec.writes) return await run();
      const key = requestKey(
        'button',
        origin.slackTeamId,
        body.user.id,
        containerOf(body),
        action.action_id,
        action.block_id,
        value,
        spec.writes === 'click' ? action.action_ts : '',
      );
      const claim = {
        slackTeamId: origin.slackTeamId,
        userId: body.user.id,
        channelId: body.channel?.id ?? '',
        command: spec.actionId,
        text: '',
        responseUrl: '',
      };
      const outcome = await runOnce(deps, key, claim, run);
      if (outcome.kind === 'repeat') {
        // The first click did it and answers; this one changes nothing and says nothing more.
        deps.logger.info(`${spec.name}: a repeated click by ${body.user.id} changed nothing`);
        return;
      }
      if (outcome.kind === 'failed') throw outcome.error;
    } catch (error) {
      if (spec.failure === 'log') {
        deps.logger.warn(`${spec.name} failed; the form stays as it was`, error);
        return;
      }
      const failure = buildFailureMessage(
        context?.t ?? (await requesterTranslator(deps, origin)),
        error,
        { action: spec.name, teamId: origin.slackTeamId, userId: body.user.id },
        deps.logger,
        spec.echo?.(value),
      );
      await tell(failure).catch((answerError: unknown) => {
        deps.logger.warn(`${spec.name}: the failure could not be told`, answerError);
      });
    }
  });
}
