import { z } from 'zod';
import type { types, ViewOutput } from '@slack/bolt';
import { ICP_SECTION_MAX_LENGTH, ICP_SECTIONS, type IcpSection, type IcpSections } from '../../domain/icp';
import type { FieldProblem } from '../../domain/inputError';
import { problemText } from '../../i18n/problemText';
import type { Translator } from '../../i18n/translator';
import { CallbackIds, IcpModalBlocks, INPUT_ACTION_ID } from '../../slack/ids';
import { sectionLabel } from '../text/icpProfileText';
import { section } from '../../blockKit/message';
import { readInput } from './viewState';
import { labelText, modalText } from '../../blockKit/elements';

/** The version the edit started from (0 before the first) and where to confirm. */
export const icpModalMetadata = z.object({ baseVersion: z.number().int(), channelId: z.string().optional() });
export type IcpModalMetadata = z.infer<typeof icpModalMetadata>;

/** The ICP form in the user's language: one multi-line input per section, filled with the latest version. */
export function buildIcpModal(
  t: Translator,
  input: {
    sections: IcpSections;
    metadata: IcpModalMetadata;
    /** Shown above the form, e.g. when someone else saved a version meanwhile. */
    notice?: string;
  },
): types.ModalView {
  return {
    type: 'modal',
    callback_id: CallbackIds.icpEditModal,
    private_metadata: JSON.stringify(input.metadata),
    title: modalText(t.t('icpForm.title')),
    submit: modalText(t.t('icpForm.submit')),
    close: modalText(t.t('modals.cancel')),
    blocks: [
      ...(input.notice ? [section(input.notice)] : []),
      ...ICP_SECTIONS.map((name): types.InputBlock => ({
        type: 'input',
        block_id: IcpModalBlocks[name],
        optional: true,
        label: labelText(sectionLabel(t, name)),
        hint: labelText(t.t(`icpForm.hint.${name}`)),
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

/** Field problems under their sections, in the user's language. */
export function icpModalErrors(t: Translator, problems: FieldProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const each of problems) {
    const blockId = IcpModalBlocks[each.field as IcpSection] ?? IcpModalBlocks.industries;
    const text = problemText(t, each);
    errors[blockId] = errors[blockId] ? `${errors[blockId]}; ${text}` : text;
  }
  return errors;
}
