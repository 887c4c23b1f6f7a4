import { parseJsonField } from './recordedCall';

/** A Web API answer body; `ok: false` ones are what Slack returns for bad arguments. */
export type SlackApiResult = Record<string, unknown>;

/** Slack's error shape: an error code plus `[ERROR] ...` lines pointing into the request. */
export function slackError(error: string, ...messages: string[]): SlackApiResult {
  return messages.length === 0
    ? { ok: false, error }
    : { ok: false, error, response_metadata: { messages: messages.map((message) => `[ERROR] ${message}`) } };
}

/** First listed field that is missing or empty, as Slack's `invalid_arguments` error. */
export function missingField(body: Record<string, unknown>, ...fields: string[]): SlackApiResult | undefined {
  const missing = fields.find((field) => body[field] === undefined || body[field] === '');
  return missing === undefined
    ? undefined
    : slackError('invalid_arguments', `missing required field: ${missing}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function textLength(textObject: unknown): number {
  return isRecord(textObject) && typeof textObject.text === 'string' ? textObject.text.length : 0;
}

/**
 * The subset of Block Kit rules that apps most often break; Slack rejects the whole message when any fails.
 * Returns the problems as `message [json-pointer:...]` strings, empty when the blocks are acceptable.
 */
export function blockProblems(blocks: unknown[], maxBlocks: number, pointer: string): string[] {
  const problems: string[] = [];
  if (blocks.length > maxBlocks)
    problems.push(`must be less than ${maxBlocks + 1} items [json-pointer:${pointer}]`);
  const seenIds = new Set<string>();
  blocks.forEach((block, index) => {
    const at = `${pointer}/${index}`;
    if (!isRecord(block) || typeof block.type !== 'string') {
      problems.push(`missing required field: type [json-pointer:${at}]`);
      return;
    }
    if (typeof block.block_id === 'string') {
      if (seenIds.has(block.block_id)) problems.push(`duplicate block_id [json-pointer:${at}/block_id]`);
      seenIds.add(block.block_id);
    }
    if (block.type === 'section' && textLength(block.text) > 3000) {
      problems.push(`must be less than 3001 characters [json-pointer:${at}/text/text]`);
    }
    if (block.type === 'header' && textLength(block.text) > 150) {
      problems.push(`must be less than 151 characters [json-pointer:${at}/text/text]`);
    }
    if (block.type === 'input' && !isRecord(block.element)) {
      problems.push(`missing required field: element [json-pointer:${at}]`);
    }
  });
  return problems;
}

/** Validates a message's `blocks` argument (form string or JSON array) the way chat.* methods do. */
export function validateMessageBlocks(raw: unknown): SlackApiResult | undefined {
  if (raw === undefined) return undefined;
  const blocks = parseJsonField(raw);
  if (!Array.isArray(blocks)) return slackError('invalid_blocks_format');
  const problems = blockProblems(blocks, 50, '/blocks');
  return problems.length === 0 ? undefined : slackError('invalid_blocks', ...problems);
}

/** Parses and validates a `view` argument the way views.* methods do; returns the view or an error. */
export function parseView(raw: unknown): { view: Record<string, unknown> } | { error: SlackApiResult } {
  const view = parseJsonField(raw);
  if (!isRecord(view)) return { error: slackError('invalid_arguments', 'missing required field: view') };
  const problems: string[] = [];
  if (typeof view.type !== 'string') problems.push('missing required field: type [json-pointer:/view]');
  if (view.type === 'modal') {
    if (!isRecord(view.title)) problems.push('missing required field: title [json-pointer:/view]');
    for (const field of ['title', 'submit', 'close']) {
      if (textLength(view[field]) > 24)
        problems.push(`must be less than 25 characters [json-pointer:/view/${field}/text]`);
    }
  }
  const blocks = view.blocks ?? [];
  if (!Array.isArray(blocks)) {
    problems.push('must be an array [json-pointer:/view/blocks]');
  } else {
    problems.push(...blockProblems(blocks, 100, '/view/blocks'));
    const hasInput = blocks.some((block) => isRecord(block) && block.type === 'input');
    if (view.type === 'modal' && hasInput && view.submit === undefined) {
      problems.push('must provide a submit property when using input blocks [json-pointer:/view]');
    }
  }
  if (typeof view.private_metadata === 'string' && view.private_metadata.length > 3000) {
    problems.push('must be less than 3001 characters [json-pointer:/view/private_metadata]');
  }
  if (typeof view.callback_id === 'string' && view.callback_id.length > 255) {
    problems.push('must be less than 256 characters [json-pointer:/view/callback_id]');
  }
  return problems.length === 0 ? { view } : { error: slackError('invalid_arguments', ...problems) };
}
