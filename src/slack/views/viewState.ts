import type { ViewOutput } from '@slack/bolt';
import { INPUT_ACTION_ID } from '../ids';

type ViewStateValue = ViewOutput['state']['values'][string][string];

/** The text a user entered or picked in one input block, whatever the element type. */
export function readInput(values: ViewOutput['state']['values'], blockId: string): string | undefined {
  const value: ViewStateValue | undefined = values[blockId]?.[INPUT_ACTION_ID];
  if (!value) return undefined;
  const picked =
    value.value ??
    value.selected_option?.value ??
    value.selected_user ??
    value.selected_date ??
    value.selected_conversation ??
    value.selected_channel ??
    undefined;
  return picked === null || picked === undefined ? undefined : String(picked);
}

/** Private metadata round-trips JSON through Slack; anything unreadable is treated as empty. */
export function readMetadata(privateMetadata: string | undefined): Record<string, unknown> {
  if (!privateMetadata) return {};
  try {
    const parsed: unknown = JSON.parse(privateMetadata);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
