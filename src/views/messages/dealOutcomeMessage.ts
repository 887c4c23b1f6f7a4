import type { Translator } from '../../i18n/translator';
import type { DealOutcome } from '../../services/dealService';
import {
  buildDealConflictMessage,
  buildDealMovedMessage,
  buildDealRefusedMessage,
  buildDealUpdatedMessage,
  buildLeadHasOpenDealsMessage,
} from './dealMessages';
import type { SlackMessage } from '../../blockKit/message';
import { buildRejectedCommandMessage } from './problemMessage';

/** The answer to a create, move, reopen or edit, whatever happened. */
export function buildDealOutcomeMessage(
  t: Translator,
  outcome: DealOutcome,
  echo: { command: string; text: string },
): SlackMessage {
  switch (outcome.kind) {
    case 'moved':
      return buildDealMovedMessage(t, outcome.write, outcome.plan, outcome.wonFrom);
    case 'updated':
      return buildDealUpdatedMessage(t, outcome.deal, outcome.changeId);
    case 'invalid':
      return buildRejectedCommandMessage(
        t,
        t.t('deals.rejectedTitle'),
        outcome.problems,
        echo.command,
        echo.text,
      );
    case 'refused':
      return buildDealRefusedMessage(t, outcome.deal, outcome.refusal, echo);
    case 'conflict':
      return buildDealConflictMessage(t, outcome.current, outcome.lastEvent, echo);
    case 'lead_has_open_deals':
      return buildLeadHasOpenDealsMessage(t, outcome.lead, outcome.openDeals, echo);
  }
}
