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

function stringLength(value: unknown): number {
  return typeof value === 'string' ? value.length : 0;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** `problems` gets `must be less than N+1 characters` when the text object or string at `at` is longer than `max`. */
function checkLength(problems: string[], length: number, max: number, at: string): void {
  if (length > max) problems.push(`must be less than ${max + 1} characters [json-pointer:${at}]`);
}

function checkCount(problems: string[], items: unknown[], max: number, at: string): void {
  if (items.length > max) problems.push(`must be less than ${max + 1} items [json-pointer:${at}]`);
}

/** An option object (selects, overflow, checkboxes, radio buttons, option-request answers). */
function optionProblems(option: unknown, at: string): string[] {
  const problems: string[] = [];
  if (!isRecord(option)) return [`must be an object [json-pointer:${at}]`];
  if (!isRecord(option.text)) problems.push(`missing required field: text [json-pointer:${at}]`);
  checkLength(problems, textLength(option.text), 75, `${at}/text/text`);
  checkLength(problems, stringLength(option.value), 150, `${at}/value`);
  checkLength(problems, textLength(option.description), 75, `${at}/description/text`);
  return problems;
}

/** `options` / `option_groups` of a select or an option-request answer: at most `max` of each. */
export function optionListProblems(holder: Record<string, unknown>, max: number, at: string): string[] {
  const problems: string[] = [];
  const options = listOf(holder.options);
  checkCount(problems, options, max, `${at}/options`);
  options.forEach((option, index) => problems.push(...optionProblems(option, `${at}/options/${index}`)));
  const groups = listOf(holder.option_groups);
  checkCount(problems, groups, 100, `${at}/option_groups`);
  groups.forEach((group, index) => {
    const groupAt = `${at}/option_groups/${index}`;
    if (!isRecord(group)) return;
    checkLength(problems, textLength(group.label), 75, `${groupAt}/label/text`);
    problems.push(...optionListProblems({ options: group.options }, 100, groupAt));
  });
  return problems;
}

/** Slack's most options per element type; anything else with options allows 100. */
const OPTION_CAPS: Record<string, number> = { overflow: 5, checkboxes: 10, radio_buttons: 10 };

/** An interactive element (button, select, overflow, input...) as Slack's documented limits allow. */
function elementProblems(element: unknown, at: string): string[] {
  if (!isRecord(element) || typeof element.type !== 'string')
    return [`missing required field: type [json-pointer:${at}]`];
  const problems: string[] = [];
  checkLength(problems, stringLength(element.action_id), 255, `${at}/action_id`);
  checkLength(problems, textLength(element.placeholder), 150, `${at}/placeholder/text`);
  if (element.type === 'button') {
    checkLength(problems, textLength(element.text), 75, `${at}/text/text`);
    checkLength(problems, stringLength(element.value), 2000, `${at}/value`);
    checkLength(problems, stringLength(element.url), 3000, `${at}/url`);
  }
  if ('options' in element || 'option_groups' in element) {
    problems.push(...optionListProblems(element, OPTION_CAPS[element.type] ?? 100, at));
  }
  if (element.type === 'overflow' && listOf(element.options).length < 1) {
    problems.push(`must be more than 0 items [json-pointer:${at}/options]`);
  }
  listOf(element.initial_options).forEach((option, index) =>
    problems.push(...optionProblems(option, `${at}/initial_options/${index}`)),
  );
  if (element.initial_option !== undefined)
    problems.push(...optionProblems(element.initial_option, `${at}/initial_option`));
  return problems;
}

/** The block-type specific limits of one block. */
function blockTypeProblems(block: Record<string, unknown>, at: string): string[] {
  const problems: string[] = [];
  checkLength(problems, stringLength(block.block_id), 255, `${at}/block_id`);
  switch (block.type) {
    case 'section': {
      checkLength(problems, textLength(block.text), 3000, `${at}/text/text`);
      const fields = listOf(block.fields);
      checkCount(problems, fields, 10, `${at}/fields`);
      fields.forEach((field, index) =>
        checkLength(problems, textLength(field), 2000, `${at}/fields/${index}/text`),
      );
      if (block.text === undefined && fields.length === 0)
        problems.push(`must provide either text or fields [json-pointer:${at}]`);
      if (block.accessory !== undefined)
        problems.push(...elementProblems(block.accessory, `${at}/accessory`));
      break;
    }
    case 'header':
      checkLength(problems, textLength(block.text), 150, `${at}/text/text`);
      break;
    case 'context': {
      const elements = listOf(block.elements);
      checkCount(problems, elements, 10, `${at}/elements`);
      elements.forEach((element, index) =>
        checkLength(problems, textLength(element), 3000, `${at}/elements/${index}/text`),
      );
      break;
    }
    case 'actions': {
      const elements = listOf(block.elements);
      checkCount(problems, elements, 25, `${at}/elements`);
      elements.forEach((element, index) =>
        problems.push(...elementProblems(element, `${at}/elements/${index}`)),
      );
      break;
    }
    case 'input':
      if (!isRecord(block.element)) problems.push(`missing required field: element [json-pointer:${at}]`);
      else problems.push(...elementProblems(block.element, `${at}/element`));
      checkLength(problems, textLength(block.label), 2000, `${at}/label/text`);
      checkLength(problems, textLength(block.hint), 2000, `${at}/hint/text`);
      break;
    case 'image':
      checkLength(problems, stringLength(block.alt_text), 2000, `${at}/alt_text`);
      checkLength(problems, stringLength(block.image_url), 3000, `${at}/image_url`);
      checkLength(problems, textLength(block.title), 2000, `${at}/title/text`);
      break;
  }
  return problems;
}

/**
 * Block Kit's documented limits (block counts, text lengths, element and option caps); Slack rejects
 * the whole message or view when any fails. Returns the problems as `message [json-pointer:...]`
 * strings, empty when the blocks are acceptable.
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
    problems.push(...blockTypeProblems(block, at));
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

/**
 * Checks what the app answered in an HTTP ack, as Slack would before showing it: blocks in a command
 * or action answer, options in an option-request answer, a view in a `response_action`.
 * Returns the problems, empty when Slack would accept the answer.
 */
export function ackProblems(body: unknown): string[] {
  if (!isRecord(body)) return [];
  const problems: string[] = [];
  if (Array.isArray(body.blocks)) problems.push(...blockProblems(body.blocks, 50, '/blocks'));
  if ('options' in body || 'option_groups' in body) problems.push(...optionListProblems(body, 100, ''));
  if (body.view !== undefined) {
    const parsed = parseView(body.view);
    if ('error' in parsed) problems.push(...errorMessages(parsed.error));
  }
  return problems;
}

function errorMessages(result: SlackApiResult): string[] {
  const metadata = result.response_metadata;
  const messages = isRecord(metadata) ? listOf(metadata.messages) : [];
  return messages.length > 0 ? messages.map(String) : [String(result.error)];
}
