import type { types, ViewOutput } from '@slack/bolt';
import {
  ICP_SECTION_MAX_LENGTH,
  ICP_SECTION_SPECS,
  ICP_SECTIONS,
  type IcpSection,
  type IcpSections,
} from '../../domain/icp';
import type { FieldProblem } from '../../domain/inputError';
import { CallbackIds, IcpModalBlocks, INPUT_ACTION_ID } from '../ids';
import { section } from './message';
import { readInput } from './viewState';

/** The version the edit started from (0 before the first) and where to confirm. */
export type IcpModalMetadata = { baseVersion: number; channelId?: string };

/** The ICP form: one multi-line input per section, filled with the latest version. */
export function buildIcpModal(input: {
  sections: IcpSections;
  metadata: IcpModalMetadata;
  /** Shown above the form, e.g. when someone else saved a version meanwhile. */
  notice?: string;
}): types.ModalView {
  return {
    type: 'modal',
    callback_id: CallbackIds.icpEditModal,
    private_metadata: JSON.stringify(input.metadata),
    title: { type: 'plain_text', text: 'Ideal customer profile' },
    submit: { type: 'plain_text', text: 'Save version' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      ...(input.notice ? [section(input.notice)] : []),
      ...ICP_SECTIONS.map((name): types.InputBlock => ({
        type: 'input',
        block_id: IcpModalBlocks[name],
        optional: true,
        label: { type: 'plain_text', text: ICP_SECTION_SPECS[name].label },
        hint: {
          type: 'plain_text',
          text: `e.g. ${ICP_SECTION_SPECS[name].hint}${ICP_SECTION_SPECS[name].items === 'list' ? ' (separate with commas)' : ''}`,
        },
        element: {
          type: 'plain_text_input',
          action_id: INPUT_ACTION_ID,
          multiline: true,
          max_length: ICP_SECTION_MAX_LENGTH,
          ...(input.sections[name] ? { initial_value: input.sections[name] } : {}),
        },
      })),
    ],
  };
}

export function readIcpModal(values: ViewOutput['state']['values']): IcpSections {
  const sections: IcpSections = {};
  for (const name of ICP_SECTIONS) {
    const text = readInput(values, IcpModalBlocks[name]);
    if (text !== undefined && text.trim() !== '') sections[name] = text;
  }
  return sections;
}

export function icpModalErrors(problems: FieldProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const each of problems) {
    const blockId = IcpModalBlocks[each.field as IcpSection] ?? IcpModalBlocks.industries;
    errors[blockId] = errors[blockId] ? `${errors[blockId]}; ${each.message}` : each.message;
  }
  return errors;
}
