import { z } from 'zod';
import type { types, ViewOutput } from '@slack/bolt';
import { CRM_NAMES, CRM_PRESETS, type CrmName } from '../../domain/import/presets';
import { DAY_MONTH_ORDERS, type DayMonthOrder } from '../../domain/import/importValues';
import type { Translator } from '../../i18n/translator';
import { plainTextInput } from '../../blockKit/inputBlocks';
import { labelText, modalText, option } from '../../blockKit/elements';
import { section } from '../../blockKit/message';
import { CallbackIds, ImportModalBlocks, INPUT_ACTION_ID } from '../../slack/ids';
import { readInput, readMetadata } from './viewState';

/** The largest file Tandem takes from Slack (bytes): about 100 k rows of a wide CRM export. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const importModalMetadata = z.object({ teamId: z.string() });
export type ImportModalMetadata = z.infer<typeof importModalMetadata>;

export function readImportModalMetadata(raw: string | undefined): ImportModalMetadata | undefined {
  return readMetadata(raw, importModalMetadata);
}

/** The option of a select meaning "not said: let the import tell". */
const DETECT = 'detect';

function select(blockId: string, label: string, options: types.PlainTextOption[]): types.InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    optional: true,
    label: labelText(label),
    element: { type: 'static_select', action_id: INPUT_ACTION_ID, options, initial_option: options[0] },
  };
}

/** `/tandem import`: a CSV (Slack's file_input), the CRM it came from, its currency and date order. */
export function buildImportModal(t: Translator, metadata: ImportModalMetadata): types.ModalView {
  return {
    type: 'modal',
    callback_id: CallbackIds.importModal,
    private_metadata: JSON.stringify(metadata),
    title: modalText(t.t('imports.form.title')),
    submit: modalText(t.t('imports.form.submit')),
    close: modalText(t.t('modals.cancel')),
    blocks: [
      section(t.t('imports.form.intro')),
      {
        type: 'input',
        block_id: ImportModalBlocks.file,
        label: labelText(t.t('imports.form.file')),
        element: { type: 'file_input', action_id: INPUT_ACTION_ID, filetypes: ['csv'], max_files: 1 },
      },
      select(ImportModalBlocks.crm, t.t('imports.form.crm'), [
        option(DETECT, t.t('imports.form.crmDetect')),
        ...CRM_NAMES.map((name) => option(name, CRM_PRESETS[name].label)),
      ]),
      plainTextInput(ImportModalBlocks.currency, t.t('imports.form.currency'), undefined, {
        hint: t.t('imports.form.currencyHint'),
        maxLength: 40,
      }),
      select(ImportModalBlocks.dates, t.t('imports.form.dates'), [
        option(DETECT, t.t('imports.form.datesDetect')),
        option('dmy', t.t('imports.form.datesDmy')),
        option('mdy', t.t('imports.form.datesMdy')),
      ]),
    ],
  };
}

/** What the form asks for; the currency as typed (checked by the submission). */
export type ImportModalDraft = {
  fileIds: string[];
  from?: CrmName;
  currency?: string;
  dates?: DayMonthOrder;
};

export function readImportModal(values: ViewOutput['state']['values']): ImportModalDraft {
  const files = values[ImportModalBlocks.file]?.[INPUT_ACTION_ID]?.files ?? [];
  const crm = readInput(values, ImportModalBlocks.crm);
  const dates = readInput(values, ImportModalBlocks.dates);
  const currency = readInput(values, ImportModalBlocks.currency)?.trim();
  return {
    fileIds: files.flatMap((file) => (typeof file.id === 'string' ? [file.id] : [])),
    ...((CRM_NAMES as readonly string[]).includes(crm ?? '') ? { from: crm as CrmName } : {}),
    ...(currency ? { currency } : {}),
    ...((DAY_MONTH_ORDERS as readonly string[]).includes(dates ?? '')
      ? { dates: dates as DayMonthOrder }
      : {}),
  };
}
