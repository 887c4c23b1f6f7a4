import { DEAL_FIELDS } from '../../domain/deal';
import {
  describeMove,
  type StageMovePlan,
  type StageMoveRefusal,
  stageNamesHint,
} from '../../domain/stageMove';
import type { DealRecord, DealWithLead, DealWrite, StageEventRecord } from '../../store/dealStore';
import type { LeadRecord } from '../../store/leadStore';
import type { TeamOptionRecord } from '../../store/teamStore';
import { ActionIds, Commands } from '../ids';
import { dealReference, dealTermsText, dealTitle, stageLabel } from './dealFormat';
import { leadReference } from './leadMessages';
import { actions, button, context, type KnownBlock, section, type SlackMessage } from './message';
import { echoBlockText, escapeMrkdwn, userMention } from './text';

function confirmationButtons(deal: DealRecord, changeId: string) {
  return actions(
    button('Undo', ActionIds.undoChange, changeId),
    button('Move…', ActionIds.dealMove, String(deal.number)),
  );
}

/** A deal created or moved: the move, the terms now, who did it, and Undo. */
export function buildDealMovedMessage(write: DealWrite, plan: StageMovePlan): SlackMessage {
  const { deal, event } = write;
  const terms = dealTermsText(deal);
  const notes = [
    `by ${userMention(event.byUserId)}`,
    plan.kind === 'create' ? `for lead \`${leadReference(deal.lead)}\`` : undefined,
    write.qualifiedLead ? `lead \`${leadReference(write.qualifiedLead)}\` is now qualified` : undefined,
    event.reason ? `reason: ${escapeMrkdwn(event.reason)}` : undefined,
  ].filter((note): note is string => note !== undefined);
  const verb = plan.kind === 'create' ? 'Created' : 'Moved';
  return {
    text: `${verb} ${dealReference(deal)} ${deal.lead.company}: ${describeMove(plan)}`,
    blocks: [
      section(
        `:white_check_mark: ${verb} ${dealTitle(deal, deal.lead.company)} · ${describeMove(plan)}${terms ? `\n${terms}` : ''}`,
      ),
      context(notes.join(' · ')),
      confirmationButtons(deal, write.changeId),
    ],
  };
}

/** Terms changed without a stage change. */
export function buildDealUpdatedMessage(deal: DealWithLead, changeId: string): SlackMessage {
  const terms = dealTermsText(deal);
  return {
    text: `Updated ${dealReference(deal)} ${deal.lead.company}`,
    blocks: [
      section(
        `:white_check_mark: Updated ${dealTitle(deal, deal.lead.company)}, still in *${stageLabel(deal.stage)}*${terms ? `\n${terms}` : ''}`,
      ),
      confirmationButtons(deal, changeId),
    ],
  };
}

/** Someone else changed the deal between reading and writing: nothing was saved; here is where it is now. */
export function buildDealConflictMessage(
  current: DealWithLead,
  lastEvent: StageEventRecord | undefined,
  echo: { command: string; text: string },
): SlackMessage {
  const by = lastEvent ? ` (last moved by ${userMention(lastEvent.byUserId)})` : '';
  const headline =
    `:warning: ${dealTitle(current, current.lead.company)} changed while you were moving it: it is now in ` +
    `*${stageLabel(current.stage)}*${by}. Your change was not saved; check the deal and send it again if it still applies.`;
  return {
    text: `${dealReference(current)} changed meanwhile: it is now in ${stageLabel(current.stage)}`,
    blocks: [section(headline), section(echoBlockText(echo.command, echo.text))],
  };
}

export function refusalText(deal: DealWithLead, refusal: StageMoveRefusal): string {
  const reference = dealReference(deal);
  switch (refusal.reason) {
    case 'closed':
      return `${reference} is ${stageLabel(refusal.stage)}, which is final. Reopen it first: \`${Commands.deal} ${reference} reopen\``;
    case 'same_stage':
      return `${reference} is already in ${stageLabel(refusal.stage)}. To change its terms add them, e.g. \`${Commands.deal} ${reference} ${DEAL_FIELDS.value.example}\``;
    case 'not_closed':
      return `${reference} is open (in ${stageLabel(refusal.stage)}); only Won or Lost deals can be reopened`;
    case 'reopen_to_closed':
      return `A deal reopens into an open stage, not ${stageLabel(refusal.stage)}, e.g. \`${Commands.deal} ${reference} reopen negotiation\``;
  }
}

export function buildDealRefusedMessage(
  deal: DealWithLead,
  refusal: StageMoveRefusal,
  echo: { command: string; text: string },
): SlackMessage {
  const message = refusalText(deal, refusal);
  return {
    text: message,
    blocks: [
      section(`:no_entry: ${dealTitle(deal, deal.lead.company)}: ${message}`),
      section(echoBlockText(echo.command, echo.text)),
    ],
  };
}

/** A quick command named a lead that already has an open deal: most likely that deal was meant. */
export function buildLeadHasOpenDealsMessage(
  lead: LeadRecord,
  openDeals: DealRecord[],
  echo: { command: string; text: string },
): SlackMessage {
  const [first] = openDeals;
  const listed = openDeals.map((deal) => `\`${dealReference(deal)}\` (${stageLabel(deal.stage)})`).join(', ');
  const hint = first ? `Move it with \`${Commands.deal} ${dealReference(first)} &lt;stage&gt;\`` : '';
  return {
    text: `${leadReference(lead)} already has an open deal: ${listed}`,
    blocks: [
      section(
        `:point_right: \`${leadReference(lead)}\` *${escapeMrkdwn(lead.company)}* already has an open deal: ${listed}. ${hint}; ` +
          `to open a second deal for this lead use the form (\`${Commands.deal}\`).`,
      ),
      section(echoBlockText(echo.command, echo.text)),
    ],
  };
}

export function buildDealHelpMessage(lostReasons: TeamOptionRecord[]): SlackMessage {
  const command = Commands.deal;
  const keys = (Object.values(DEAL_FIELDS) as { key: string; label: string; example: string }[])
    .filter((field) => field.key !== 'other')
    .map((field) => `• \`${field.key}\` — ${field.label}, e.g. \`${field.example}\``)
    .join('\n');
  const reasons = lostReasons.map((reason) => `\`${reason.key}\` (${escapeMrkdwn(reason.label)})`).join(', ');
  const blocks: KnownBlock[] = [
    section(
      `*${command}* runs a deal from first contact to won or lost.\n` +
        `• \`${command}\` — open the form\n` +
        `• \`${command} L-12 offer value:12000 currency:PLN\` — open a deal for lead L-12\n` +
        `• \`${command} D-7 negotiation discount:10%\` — move a deal (skipping and going back are fine)\n` +
        `• \`${command} D-7 won value:10800\` — won needs the final value\n` +
        `• \`${command} D-7 lost reason:"price too high"\` — lost needs a reason\n` +
        `• \`${command} D-7 reopen\` — reopen a won or lost deal\n` +
        `• \`${command} D-7 value:13000\` — change terms without moving; \`${command} D-7\` opens the form\n` +
        `• \`${command} list [stage] [mine]\` — open deals by stage · \`${command} show D-7\` — the timeline`,
    ),
    section(`*Stages:* ${stageNamesHint()}\n*Keys* (values with spaces go in double quotes):\n${keys}`),
  ];
  if (reasons) blocks.push(context(`Lost reasons: ${reasons}, or any words of your own`));
  return { text: 'How to use /deal', blocks };
}
