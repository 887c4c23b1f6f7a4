import type { Translator } from '../../i18n/translator';
import type { QualificationOutcome } from '../../services/leadQualificationService';
import type { DealRecord } from '../../store/repos/dealStore';
import { ActionIds, Commands } from '../../slack/ids';
import { dealReference, dealTermsText, stageLabel } from '../text/dealFormat';
import { leadReference, leadStatusLabel, leadTitle } from './leadMessages';
import { actions, button, context, section, type SlackMessage } from '../../blockKit/message';
import { escapeTruncated, truncate, userMention } from '../../blockKit/text';

/** The answer to `/lead qualify` and `/lead disqualify`, with Undo when something changed. */
export function buildLeadStatusMessage(t: Translator, outcome: QualificationOutcome): SlackMessage {
  const { lead } = outcome;
  const title = leadTitle(lead);
  const status = leadStatusLabel(t, lead.status);
  const reason = lead.statusReason ? ` — ${escapeTruncated(lead.statusReason, 500)}` : '';
  if (outcome.kind === 'unchanged') {
    return {
      text: t.t('leads.alreadyText', { reference: leadReference(lead), status }),
      blocks: [section(`:information_source: ${t.t('leads.already', { lead: title, status, reason })}`)],
    };
  }
  const open = outcome.openDeals
    .map((deal) => `\`${dealReference(deal)}\` (${stageLabel(t, deal.stage)})`)
    .join(', ');
  const openNote =
    lead.status === 'disqualified' && open
      ? t.t('leads.openDealsStayOpen', {
          count: outcome.openDeals.length,
          deals: open,
          command: Commands.deal,
        })
      : lead.status === 'qualified' && !open
        ? t.t('leads.openDealHint', { command: Commands.deal, reference: leadReference(lead) })
        : '';
  return {
    text: t.t('leads.statusText', { reference: leadReference(lead), company: lead.company, status }),
    blocks: [
      section(`:white_check_mark: ${t.t('leads.statusNow', { lead: title, status, reason })}`),
      ...(openNote ? [context(openNote)] : []),
      actions(button(t.t('undo.button'), ActionIds.undoChange, outcome.changeId)),
    ],
  };
}

/** The deals section `/lead show` adds: each deal's stage, terms and owner. */
export function buildLeadDealsSection(t: Translator, deals: DealRecord[]) {
  if (deals.length === 0) return section(t.t('leads.noDeals', { command: Commands.deal }));
  const lines = deals.map((deal) => {
    const terms = dealTermsText(t, deal);
    return `• \`${dealReference(deal)}\` *${stageLabel(t, deal.stage)}*${terms ? ` · ${terms}` : ''} · ${userMention(deal.ownerId)}`;
  });
  return section(truncate(`${t.t('leads.deals')}\n${lines.join('\n')}`, 2900));
}
