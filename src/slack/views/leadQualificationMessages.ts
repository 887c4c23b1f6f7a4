import type { QualificationOutcome } from '../../services/leadQualificationService';
import type { DealRecord } from '../../store/dealStore';
import { ActionIds, Commands } from '../ids';
import { dealReference, dealTermsText, stageLabel } from './dealFormat';
import { leadReference } from './leadMessages';
import { actions, button, context, section, type SlackMessage } from './message';
import { escapeMrkdwn, truncate, userMention } from './text';

/** The answer to `/lead qualify` and `/lead disqualify`, with Undo when something changed. */
export function buildLeadStatusMessage(outcome: QualificationOutcome): SlackMessage {
  const { lead } = outcome;
  const title = `\`${leadReference(lead)}\` *${escapeMrkdwn(truncate(lead.company, 150))}*`;
  const reason = lead.statusReason ? ` — ${escapeMrkdwn(truncate(lead.statusReason, 500))}` : '';
  if (outcome.kind === 'unchanged') {
    return {
      text: `${leadReference(lead)} is already ${lead.status}`,
      blocks: [section(`:information_source: ${title} is already ${lead.status}${reason}; nothing changed.`)],
    };
  }
  const open = outcome.openDeals
    .map((deal) => `\`${dealReference(deal)}\` (${stageLabel(deal.stage)})`)
    .join(', ');
  const openNote =
    lead.status === 'disqualified' && open
      ? `Its open deal${outcome.openDeals.length === 1 ? '' : 's'} ${open} stay${outcome.openDeals.length === 1 ? 's' : ''} open; close with \`${Commands.deal} D-… lost reason:"…"\`.`
      : lead.status === 'qualified' && !open
        ? `Open a deal with \`${Commands.deal} ${leadReference(lead)} discovery\`.`
        : '';
  return {
    text: `${leadReference(lead)} ${lead.company} is ${lead.status}`,
    blocks: [
      section(`:white_check_mark: ${title} is now *${lead.status}*${reason}`),
      ...(openNote ? [context(openNote)] : []),
      actions(button('Undo', ActionIds.undoChange, outcome.changeId)),
    ],
  };
}

/** The deals section `/lead show` adds: each deal's stage, terms and owner. */
export function buildLeadDealsSection(deals: DealRecord[]) {
  if (deals.length === 0)
    return section(`*Deals:* none yet — open one with \`${Commands.deal} L-… discovery\``);
  const lines = deals.map((deal) => {
    const terms = dealTermsText(deal);
    return `• \`${dealReference(deal)}\` *${stageLabel(deal.stage)}*${terms ? ` · ${terms}` : ''} · ${userMention(deal.ownerId)}`;
  });
  return section(truncate(`*Deals:*\n${lines.join('\n')}`, 2900));
}
