import type { types } from '@slack/bolt';
import { divider } from '../../blockKit/blockKit';
import { option } from '../../blockKit/elements';
import { type Language, LANGUAGES } from '../../i18n/locales';
import type { Translator } from '../../i18n/translator';
import { ActionIds } from '../ids';
import { context, type KnownBlock, section } from '../../blockKit/message';
import { isNewUser, type HomeData } from './homeData';
import { repBlocks, welcomeBlocks } from './repBlocks';
import { teamBlocks } from './teamBlocks';

/** The picker's value for "no choice of my own" (as `/tandem language auto`). */
export const AUTO_LANGUAGE = 'auto';

/** Slack refuses a Home view of more than 100 blocks. */
export const HOME_BLOCK_LIMIT = 100;

/** Keeps a Home view within its block limit, saying that something was left out. */
export function capHomeBlocks(blocks: KnownBlock[], t: Translator): KnownBlock[] {
  if (blocks.length <= HOME_BLOCK_LIMIT) return blocks;
  const kept = blocks.slice(0, HOME_BLOCK_LIMIT - 1);
  return [...kept, context(t.t('home.blocksLeftOut', { count: blocks.length - kept.length }))];
}

/**
 * The App Home in the user's language: their own work (or a welcome), then the team's figures,
 * digest and action items.
 */
export function buildHomeView(data: HomeData): types.HomeView {
  const own = isNewUser(data.rep) ? welcomeBlocks(data.t, data.userId) : repBlocks(data);
  const blocks = capHomeBlocks([...own, divider(), ...teamBlocks(data)], data.t);
  // The picker goes in last but is never the block cut: a user must always be able to change language.
  const picker = languagePicker(data.t, data.chosenLanguage);
  return { type: 'home', blocks: [...blocks.slice(0, HOME_BLOCK_LIMIT - 1), picker] };
}

/** The Home's language picker: automatic, or one of Tandem's languages, each named in the reader's language. */
function languagePicker(t: Translator, chosen: Language | undefined): types.SectionBlock {
  const options = [
    option(AUTO_LANGUAGE, t.t('language.home.auto')),
    ...LANGUAGES.map((language) => option(language, t.t(`teams.language.${language}`))),
  ];
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: `*${t.t('language.home.label')}*` },
    accessory: {
      type: 'static_select',
      action_id: ActionIds.homeLanguage,
      options,
      initial_option: options.find((each) => each.value === (chosen ?? AUTO_LANGUAGE)) ?? options[0],
    },
  };
}

/** Shown when the Home could not be loaded, so the tab is never blank. */
export function buildHomeUnavailableView(t: Translator): types.HomeView {
  return { type: 'home', blocks: [section(t.t('home.unavailable'))] };
}
