import type { ViewOutput, ViewStateValue } from '@slack/bolt';
import type { RecordedCall } from './recordedCall';

/**
 * One input's value in the short form tests write; `stateValues` expands it to Slack's shape:
 * a string (or null when left empty) for text inputs, `{ selected }` for selects and radio buttons
 * (an array for multi-selects and checkboxes), `{ user }`, `{ users }`, `{ date: 'YYYY-MM-DD' }`,
 * `{ time: 'HH:mm' }`, `{ conversation }`, `{ conversations }`; or a full `ViewStateValue` as-is.
 */
export type StateValueInput =
  | string
  | null
  | { selected: string | null | string[] }
  | { user: string | null }
  | { users: string[] }
  | { date: string | null }
  | { time: string | null }
  | { conversation: string | null }
  | { conversations: string[] }
  | ViewStateValue;

/** `{ blockId: { actionId: value } }`, the same nesting as `view.state.values`. */
export type StateValuesMap = Record<string, Record<string, StateValueInput>>;

export type ViewStateValues = ViewOutput['state']['values'];

/** Anything a test has in hand for "the modal that is open": a view object, or the views.* call that opened it. */
export type ViewSource = Partial<ViewOutput> | Record<string, unknown> | RecordedCall;

interface ElementInfo {
  type: string;
  options: { text: unknown; value: unknown }[];
}

const TEXT_INPUTS = ['plain_text_input', 'number_input', 'email_text_input', 'url_text_input'];
const SINGLE_SELECTS = ['static_select', 'external_select', 'radio_buttons'];
const MULTI_SELECTS = ['multi_static_select', 'multi_external_select', 'checkboxes'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Finds the element a block/action id pair names, so the state carries the element's real type and option text. */
function findElement(blocks: unknown[], blockId: string, actionId: string): ElementInfo | undefined {
  const block = blocks.find((candidate) => isRecord(candidate) && candidate.block_id === blockId);
  if (!isRecord(block)) return undefined;
  const elements = Array.isArray(block.elements) ? block.elements : [block.element, block.accessory];
  const element = elements.find((candidate) => isRecord(candidate) && candidate.action_id === actionId);
  if (!isRecord(element) || typeof element.type !== 'string') return undefined;
  const groups = Array.isArray(element.option_groups) ? element.option_groups : [];
  const grouped = groups.flatMap((group) =>
    isRecord(group) && Array.isArray(group.options) ? group.options : [],
  );
  const options = [...(Array.isArray(element.options) ? element.options : []), ...grouped].filter(isRecord);
  return { type: element.type, options: options.map((entry) => ({ text: entry.text, value: entry.value })) };
}

function pickType(element: ElementInfo | undefined, allowed: string[]): string {
  return element !== undefined && allowed.includes(element.type)
    ? element.type
    : (allowed[0] ?? 'plain_text_input');
}

function selectedOption(
  value: string,
  element: ElementInfo | undefined,
): NonNullable<ViewStateValue['selected_option']> {
  const known = element?.options.find((entry) => entry.value === value);
  const text = isRecord(known?.text) && typeof known.text.text === 'string' ? known.text.text : value;
  return { text: { type: 'plain_text', text, emoji: true }, value };
}

function expandValue(input: StateValueInput, element: ElementInfo | undefined): ViewStateValue {
  if (input === null || typeof input === 'string')
    return { type: pickType(element, TEXT_INPUTS), value: input };
  if ('type' in input) return input;
  if ('selected' in input) {
    const { selected } = input;
    if (Array.isArray(selected)) {
      return {
        type: pickType(element, MULTI_SELECTS),
        selected_options: selected.map((v) => selectedOption(v, element)),
      };
    }
    const type = pickType(element, SINGLE_SELECTS);
    return { type, selected_option: selected === null ? null : selectedOption(selected, element) };
  }
  if ('user' in input) return { type: 'users_select', selected_user: input.user };
  if ('users' in input) return { type: 'multi_users_select', selected_users: input.users };
  if ('date' in input) return { type: 'datepicker', selected_date: input.date };
  if ('time' in input) return { type: 'timepicker', selected_time: input.time };
  if ('conversations' in input)
    return { type: 'multi_conversations_select', selected_conversations: input.conversations };
  return element?.type === 'channels_select'
    ? { type: 'channels_select', selected_channel: input.conversation }
    : { type: 'conversations_select', selected_conversation: input.conversation };
}

/**
 * Builds `view.state.values` from the short form. Pass the view's blocks so element types and option
 * labels match what Slack would send (e.g. `external_select` rather than the default `static_select`).
 */
export function stateValues(map: StateValuesMap, blocks: unknown[] = []): ViewStateValues {
  const values: ViewStateValues = {};
  for (const [blockId, actions] of Object.entries(map)) {
    const block: Record<string, ViewStateValue> = {};
    for (const [actionId, input] of Object.entries(actions)) {
      block[actionId] = expandValue(input, findElement(blocks, blockId, actionId));
    }
    values[blockId] = block;
  }
  return values;
}

function isRecordedCall(source: ViewSource): source is RecordedCall {
  return typeof (source as Partial<RecordedCall>).json === 'function' && 'method' in source;
}

/** The view object behind a source: the fake's answer to views.* (with id and hash) or the view the app sent. */
export function resolveView(source: ViewSource): Record<string, unknown> {
  if (!isRecordedCall(source)) return source as Record<string, unknown>;
  const answered = source.response.body.view;
  if (isRecord(answered)) return answered;
  const sent = source.json('view');
  if (isRecord(sent)) return sent;
  throw new Error(`The recorded ${source.method} call has no view to submit`);
}

let generatedViewIds = 0;

interface ViewOutputOptions {
  values?: StateValuesMap | undefined;
  teamId: string;
  appId: string;
  botId: string;
  callbackId?: string | undefined;
  privateMetadata?: string | undefined;
}

function textObject(value: unknown): ViewOutput['title'] | null {
  return isRecord(value) && typeof value.text === 'string'
    ? { type: 'plain_text', text: value.text, emoji: true }
    : null;
}

/** The `view` object of a view_submission / block_actions payload, as Slack echoes an open modal back. */
export function buildViewOutput(source: ViewSource, options: ViewOutputOptions): ViewOutput {
  const view = resolveView(source);
  const blocks = Array.isArray(view.blocks) ? (view.blocks as ViewOutput['blocks']) : [];
  const existing =
    isRecord(view.state) && isRecord(view.state.values) ? (view.state.values as ViewStateValues) : {};
  const id = typeof view.id === 'string' ? view.id : `VGEN${String(++generatedViewIds).padStart(6, '0')}`;
  const text = (field: string): string => (typeof view[field] === 'string' ? (view[field] as string) : '');
  return {
    id,
    team_id: options.teamId,
    type: text('type') || 'modal',
    blocks,
    private_metadata: options.privateMetadata ?? text('private_metadata'),
    callback_id: options.callbackId ?? text('callback_id'),
    state: { values: { ...existing, ...stateValues(options.values ?? {}, blocks) } },
    hash: text('hash') || `1700000000.${id}`,
    title: textObject(view.title) ?? { type: 'plain_text', text: '', emoji: true },
    clear_on_close: view.clear_on_close === true,
    notify_on_close: view.notify_on_close === true,
    close: textObject(view.close),
    submit: textObject(view.submit),
    previous_view_id: typeof view.previous_view_id === 'string' ? view.previous_view_id : null,
    root_view_id: typeof view.root_view_id === 'string' ? view.root_view_id : id,
    app_id: options.appId,
    external_id: text('external_id'),
    app_installed_team_id: options.teamId,
    bot_id: options.botId,
  };
}
