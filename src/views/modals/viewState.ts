import type { ViewOutput } from '@slack/bolt';
import { z } from 'zod';
import { INPUT_ACTION_ID } from '../../slack/ids';

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

/**
 * A modal's private metadata, which round-trips JSON through Slack, read against the schema of the
 * builder that wrote it: `undefined` when it is missing, not JSON or not of that shape.
 */
export function readMetadata<Schema extends z.ZodType>(
  privateMetadata: string | undefined,
  schema: Schema,
): z.infer<Schema> | undefined {
  if (!privateMetadata) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(privateMetadata);
  } catch {
    return undefined;
  }
  const read = schema.safeParse(parsed);
  return read.success ? read.data : undefined;
}

/** A text field of metadata, dropped (not fatal to the rest) when it is not a non-empty string. */
export const optionalText = z.string().min(1).optional().catch(undefined);
