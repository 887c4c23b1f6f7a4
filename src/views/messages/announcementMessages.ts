import type { Translator } from '../../i18n/translator';
import { teamOptionLabel } from '../../i18n/teamOptionLabel';
import type { DealWithLead } from '../../store/repos/dealStore';
import type { LeadRecord } from '../../store/repos/leadStore';
import type { TeamOptionRecord } from '../../store/repos/teamStore';
import { dealReference, dealTitle, moneyText } from '../text/dealFormat';
import { leadReference, leadTitle } from './leadMessages';
import { type SlackMessage, section } from '../../blockKit/message';
import { escapeMrkdwn, userMention } from '../../blockKit/text';

/** The lead's source channel in the team's words, or "none". */
function sourceText(t: Translator, lead: LeadRecord, channels: readonly TeamOptionRecord[]): string {
  if (!lead.source) return t.t('flow.announce.none');
  const option = channels.find((each) => each.key === lead.source);
  return escapeMrkdwn(option ? teamOptionLabel(t, 'channel', option) : lead.source);
}

/**
 * A won or lost deal as the team channel reads it: what, value, owner, the lead's source channel
 * and days from the lead to the close; a celebration for a win, the reason for a loss.
 */
export function buildDealOutcomeAnnouncement(
  t: Translator,
  deal: DealWithLead,
  facts: {
    daysToClose: number;
    channels: readonly TeamOptionRecord[];
    lostReasons: readonly TeamOptionRecord[];
  },
): SlackMessage {
  const won = deal.stage === 'WON';
  const value = moneyText(t, deal.valueMinor, deal.currency) ?? t.t('flow.announce.none');
  const listedReason = facts.lostReasons.find((each) => each.key === deal.lostReason);
  const reason =
    deal.lostReasonText ??
    (listedReason ? teamOptionLabel(t, 'lost_reason', listedReason) : (deal.lostReason ?? ''));
  const params = {
    deal: dealTitle(deal, deal.lead.company),
    value,
    owner: userMention(deal.ownerId),
    source: sourceText(t, deal.lead, facts.channels),
    days: t.t('common.days', { count: facts.daysToClose }),
  };
  const text = won
    ? t.t('flow.announce.won', params)
    : t.t('flow.announce.lost', { ...params, reason: escapeMrkdwn(reason) });
  const plain = { reference: dealReference(deal), company: deal.lead.company, value };
  return {
    text: t.t(won ? 'flow.announce.wonText' : 'flow.announce.lostText', plain),
    blocks: [section(text)],
  };
}

/** A lead just qualified, for a team that asked to hear of them. */
export function buildQualifiedLeadAnnouncement(
  t: Translator,
  lead: LeadRecord,
  channels: readonly TeamOptionRecord[],
): SlackMessage {
  const text = t.t('flow.announce.qualified', {
    lead: leadTitle(lead),
    owner: userMention(lead.ownerId),
    source: sourceText(t, lead, channels),
  });
  return {
    text: t.t('flow.announce.qualifiedText', { reference: leadReference(lead), company: lead.company }),
    blocks: [section(text)],
  };
}
