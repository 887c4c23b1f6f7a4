import type { types } from '@slack/bolt';
import { divider } from '../../digest/blocks/blockKit';
import { context, type KnownBlock, section } from '../views/message';
import { isNewUser, type HomeData } from './homeData';
import { repBlocks, welcomeBlocks } from './repBlocks';
import { teamBlocks } from './teamBlocks';

/** Slack refuses a Home view of more than 100 blocks. */
export const HOME_BLOCK_LIMIT = 100;

/** Keeps a Home view within its block limit, saying that something was left out. */
export function capHomeBlocks(blocks: KnownBlock[]): KnownBlock[] {
  if (blocks.length <= HOME_BLOCK_LIMIT) return blocks;
  const kept = blocks.slice(0, HOME_BLOCK_LIMIT - 1);
  return [...kept, context(`_…and ${blocks.length - kept.length} more blocks left out._`)];
}

/** The App Home: the user's own work (or a welcome), then the team's figures, digest and action items. */
export function buildHomeView(data: HomeData): types.HomeView {
  const own = isNewUser(data.rep) ? welcomeBlocks(data.userId) : repBlocks(data);
  return { type: 'home', blocks: capHomeBlocks([...own, divider(), ...teamBlocks(data)]) };
}

/** Shown when the Home could not be loaded, so the tab is never blank. */
export function buildHomeUnavailableView(): types.HomeView {
  return {
    type: 'home',
    blocks: [
      section(
        ':x: Tandem could not load your Home just now (the error is logged for your admin). Open the tab again in a minute.',
      ),
    ],
  };
}
