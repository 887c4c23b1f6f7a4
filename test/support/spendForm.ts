import { CallbackIds, INPUT_ACTION_ID, SpendModalBlocks } from '../../src/slack/ids';
import { SALES } from './fixtures';

/** A spend form opened in #sales, as Slack sends it back on submission (view `id`). */
export function spendFormView(id: string) {
  return {
    id,
    callback_id: CallbackIds.spendModal,
    private_metadata: JSON.stringify({ channelId: SALES }),
    blocks: [],
  };
}

/** A valid spend entry: paid search, `amount` PLN for 1–14 Nov 2026. */
export function spendFormValues(amount = '4500') {
  return {
    [SpendModalBlocks.channel]: { [INPUT_ACTION_ID]: { selected: 'paid_search' } },
    [SpendModalBlocks.amount]: { [INPUT_ACTION_ID]: amount },
    [SpendModalBlocks.currency]: { [INPUT_ACTION_ID]: { selected: 'PLN' } },
    [SpendModalBlocks.firstDay]: { [INPUT_ACTION_ID]: { date: '2026-11-01' } },
    [SpendModalBlocks.lastDay]: { [INPUT_ACTION_ID]: { date: '2026-11-14' } },
  };
}
