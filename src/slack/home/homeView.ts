import type { types } from '@slack/bolt';
import { divider } from '../../blockKit/blockKit';
import type { Translator } from '../../i18n/translator';
import { context, type KnownBlock, section } from '../../blockKit/message';
import { isNewUser, type HomeData } from './homeData';
import { repBlocks, welcomeBlocks } from './repBlocks';
import { teamBlocks } from './teamBlocks';

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
  return { type: 'home', blocks: capHomeBlocks([...own, divider(), ...teamBlocks(data)], data.t) };
}

/** Shown when the Home could not be loaded, so the tab is never blank. */
export function buildHomeUnavailableView(t: Translator): types.HomeView {
  return { type: 'home', blocks: [section(t.t('home.unavailable'))] };
}
