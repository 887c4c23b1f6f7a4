import { z } from 'zod';
import type { types, ViewOutput } from '@slack/bolt';
import {
  ANNOUNCEMENT_KINDS,
  type AnnouncementKind,
  type Announcements,
  STALE_DEAL_DAYS,
  type TeamSettingsDraft,
  type TeamSettingsField,
} from '../../domain/teamSettings';
import { type TeamSettingsProblem } from '../../domain/teamSettings';
import { LANGUAGES, languageOf } from '../../i18n/locales';
import { teamOptionLabel } from '../../i18n/teamOptionLabel';
import type { Translator } from '../../i18n/translator';
import type { TeamStaff } from '../../store/repos/teamMemberStore';
import type { TeamOptionRecord, TeamRecord } from '../../store/repos/teamStore';
import { CallbackIds, INPUT_ACTION_ID, TeamSettingsBlocks } from '../../slack/ids';
import { plainTextInput } from '../../blockKit/inputBlocks';
import { section } from '../../blockKit/message';
import { teamName } from '../messages/teamMessages';
import { readInput, readMetadata } from './viewState';
import { labelText, modalText, option } from '../../blockKit/elements';

/** All settings (admins), or only the channel and product lists (facilitators). */
export type TeamSettingsScope = 'all' | 'lists';

const teamSettingsMetadata = z.object({
  teamId: z.string(),
  scope: z.enum(['all', 'lists']),
  channelId: z.string().optional(),
});
export type TeamSettingsMetadata = z.infer<typeof teamSettingsMetadata>;

export type TeamSettingsInitial = {
  team: TeamRecord;
  channels: TeamOptionRecord[];
  products: TeamOptionRecord[];
  staff: TeamStaff[];
  /** Absent: shown unticked (the default). */
  announcements?: Announcements;
};

const USERS_SELECTABLE = 50;

function usersInput(blockId: string, label: string, hint: string, users: string[]): types.InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    optional: true,
    label: labelText(label),
    hint: labelText(hint),
    element: {
      type: 'multi_users_select',
      action_id: INPUT_ACTION_ID,
      max_selected_items: USERS_SELECTABLE,
      ...(users.length > 0 ? { initial_users: users } : {}),
    },
  };
}

function localeInput(t: Translator, locale: string): types.InputBlock {
  const options = LANGUAGES.map((language) => option(language, t.t(`teams.language.${language}`)));
  return {
    type: 'input',
    block_id: TeamSettingsBlocks.locale,
    label: labelText(t.t('teams.settings.locale')),
    element: {
      type: 'static_select',
      action_id: INPUT_ACTION_ID,
      options,
      initial_option: options.find((option) => option.value === languageOf(locale)) ?? options[0],
    },
  };
}

/**
 * The channel list as the form shows it: built-in entries under their names in the reader's
 * language. Saving compares the typed lines with these, so an untouched entry keeps its key.
 */
export function shownChannels<T extends { key: string; label: string }>(
  t: Translator,
  channels: readonly T[],
): T[] {
  return channels.map((option) => ({ ...option, label: teamOptionLabel(t, 'channel', option) }));
}

function listInputs(t: Translator, initial: TeamSettingsInitial): types.InputBlock[] {
  const lines = (options: TeamOptionRecord[]) => options.map((option) => option.label).join('\n');
  return [
    plainTextInput(
      TeamSettingsBlocks.channels,
      t.t('teams.settings.channels'),
      lines(shownChannels(t, initial.channels)),
      {
        optional: false,
        multiline: true,
        maxLength: 3000,
      },
    ),
    plainTextInput(TeamSettingsBlocks.products, t.t('teams.settings.products'), lines(initial.products), {
      multiline: true,
      maxLength: 3000,
    }),
  ];
}

function settingsInputs(t: Translator, initial: TeamSettingsInitial): types.InputBlock[] {
  const { team, staff } = initial;
  const having = (role: TeamStaff['role']) =>
    staff.filter((each) => each.role === role).map((each) => each.userId);
  return [
    plainTextInput(TeamSettingsBlocks.name, t.t('teams.settings.name'), team.name, {
      optional: false,
      maxLength: 40,
    }),
    usersInput(
      TeamSettingsBlocks.admins,
      t.t('teams.settings.admins'),
      t.t('teams.settings.adminsHint'),
      having('admin'),
    ),
    usersInput(
      TeamSettingsBlocks.facilitators,
      t.t('teams.settings.facilitators'),
      t.t('teams.settings.facilitatorsHint'),
      having('facilitator'),
    ),
    ...listInputs(t, initial),
    plainTextInput(TeamSettingsBlocks.currency, t.t('teams.settings.currency'), team.currency, {
      optional: false,
      hint: t.t('teams.settings.currencyHint'),
      maxLength: 3,
    }),
    localeInput(t, team.locale),
    plainTextInput(TeamSettingsBlocks.timeZone, t.t('teams.settings.timeZone'), team.timezone, {
      optional: false,
      hint: t.t('teams.settings.timeZoneHint'),
      maxLength: 64,
    }),
    {
      type: 'input',
      block_id: TeamSettingsBlocks.staleDealDays,
      label: labelText(t.t('teams.settings.staleDealDays')),
      hint: labelText(t.t('teams.settings.staleDealDaysHint')),
      element: {
        type: 'number_input',
        action_id: INPUT_ACTION_ID,
        is_decimal_allowed: false,
        min_value: String(STALE_DEAL_DAYS.min),
        max_value: String(STALE_DEAL_DAYS.max),
        initial_value: String(team.staleDealDays),
      },
    },
    announcementsInput(t, initial.announcements),
  ];
}

/** Opt-in posts in the team channel: won and lost deals, and newly qualified leads. */
function announcementsInput(t: Translator, current: Announcements | undefined): types.InputBlock {
  const choice = (kind: AnnouncementKind) => option(kind, t.t(ANNOUNCEMENT_LABELS[kind]));
  const options = ANNOUNCEMENT_KINDS.map(choice);
  const ticked = ANNOUNCEMENT_KINDS.filter((kind) => current?.[kind]).map(choice);
  return {
    type: 'input',
    block_id: TeamSettingsBlocks.announcements,
    optional: true,
    label: labelText(t.t('flow.settings.announcements')),
    hint: labelText(t.t('flow.settings.announcementsHint')),
    element: {
      type: 'checkboxes',
      action_id: INPUT_ACTION_ID,
      options,
      ...(ticked.length > 0 ? { initial_options: ticked } : {}),
    },
  };
}

const ANNOUNCEMENT_LABELS = {
  outcomes: 'flow.settings.announceOutcomes',
  qualified: 'flow.settings.announceQualified',
} as const;

/** `/tandem settings`: everything for admins; the lists only for facilitators. */
export function buildTeamSettingsModal(
  t: Translator,
  initial: TeamSettingsInitial,
  metadata: TeamSettingsMetadata,
): types.View {
  const all = metadata.scope === 'all';
  const intro = t.t(all ? 'teams.settings.intro' : 'teams.settings.listsIntro', {
    team: teamName(initial.team),
  });
  return {
    type: 'modal',
    callback_id: CallbackIds.teamSettingsModal,
    private_metadata: JSON.stringify(metadata),
    title: modalText(t.t(all ? 'teams.settings.title' : 'teams.settings.listsTitle')),
    submit: modalText(t.t('teams.settings.save')),
    close: modalText(t.t('teams.settings.cancel')),
    blocks: [section(intro), ...(all ? settingsInputs(t, initial) : listInputs(t, initial))],
  };
}

export function readTeamSettingsMetadata(
  privateMetadata: string | undefined,
): TeamSettingsMetadata | undefined {
  return readMetadata(privateMetadata, teamSettingsMetadata);
}

export function readTeamSettingsModal(values: ViewOutput['state']['values']): TeamSettingsDraft {
  const users = (blockId: string) => values[blockId]?.[INPUT_ACTION_ID]?.selected_users ?? [];
  return {
    name: readInput(values, TeamSettingsBlocks.name),
    currency: readInput(values, TeamSettingsBlocks.currency),
    locale: readInput(values, TeamSettingsBlocks.locale),
    timeZone: readInput(values, TeamSettingsBlocks.timeZone),
    staleDealDays: readInput(values, TeamSettingsBlocks.staleDealDays),
    announcements: (values[TeamSettingsBlocks.announcements]?.[INPUT_ACTION_ID]?.selected_options ?? []).map(
      (option) => option.value,
    ),
    channels: readInput(values, TeamSettingsBlocks.channels),
    products: readInput(values, TeamSettingsBlocks.products),
    admins: users(TeamSettingsBlocks.admins),
    facilitators: users(TeamSettingsBlocks.facilitators),
  };
}

/** Each problem under its field, in the user's language (form errors are plain text). */
export function teamSettingsErrors(t: Translator, problems: TeamSettingsProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const blockId = TeamSettingsBlocks[problem.field satisfies TeamSettingsField];
    errors[blockId] ??= t.t(problem.code, problem.params);
  }
  return errors;
}
