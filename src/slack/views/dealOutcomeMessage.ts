import type { DealOutcome } from '../../services/dealService';
import {
  buildDealConflictMessage,
  buildDealMovedMessage,
  buildDealRefusedMessage,
  buildDealUpdatedMessage,
  buildLeadHasOpenDealsMessage,
} from './dealMessages';
import type { SlackMessage } from './message';
import { buildRejectedCommandMessage } from './problemMessage';

/** The answer to a create, move, reopen or edit, whatever happened. */
export function buildDealOutcomeMessage(
  outcome: DealOutcome,
  echo: { command: string; text: string },
): SlackMessage {
  switch (outcome.kind) {
    case 'moved':
      return buildDealMovedMessage(outcome.write, outcome.plan);
    case 'updated':
      return buildDealUpdatedMessage(outcome.deal, outcome.changeId);
    case 'invalid':
      return buildRejectedCommandMessage(
        "Couldn't save that deal",
        outcome.problems,
        echo.command,
        echo.text,
      );
    case 'refused':
      return buildDealRefusedMessage(outcome.deal, outcome.refusal, echo);
    case 'conflict':
      return buildDealConflictMessage(outcome.current, outcome.lastEvent, echo);
    case 'lead_has_open_deals':
      return buildLeadHasOpenDealsMessage(outcome.lead, outcome.openDeals, echo);
  }
}
