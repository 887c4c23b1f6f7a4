import type { IcpNoteRecord, IcpVersionRecord } from '../../store/icpStore';
import { ActionIds, Commands } from '../ids';
import { actions, button, context, type KnownBlock, section, type SlackMessage } from './message';
import { escapeMrkdwn, truncate, userMention } from './text';

const SECTION_LIMIT = 2900;

export function buildIcpSavedMessage(version: IcpVersionRecord): SlackMessage {
  return {
    text: `Saved ICP version ${version.version}: ${version.summary}`,
    blocks: [
      section(
        `:white_check_mark: Saved ICP *version ${version.version}*\n${escapeMrkdwn(truncate(version.summary, 2500))}`,
      ),
      actions(
        button('Show ICP', ActionIds.icpShow, String(version.version)),
        button('History', ActionIds.icpHistory, 'history'),
      ),
    ],
  };
}

export function buildIcpHistoryMessage(
  versions: IcpVersionRecord[],
  formatDate: (date: Date) => string,
): SlackMessage {
  if (versions.length === 0) {
    return {
      text: 'No ICP versions yet',
      blocks: [section(`No written ICP yet. Write the first version with \`${Commands.icp} edit\`.`)],
    };
  }
  const lines = versions.map(
    (version) =>
      `*v${version.version}* · ${formatDate(version.changedAt)} · ${userMention(version.changedById)} — ` +
      escapeMrkdwn(truncate(version.summary, 600)),
  );
  const blocks: KnownBlock[] = [
    section(`*How the ideal customer profile evolved* (latest ${versions.length})`),
  ];
  let chunk: string[] = [];
  for (const line of lines) {
    if (chunk.length > 0 && [...chunk, line].join('\n').length > SECTION_LIMIT) {
      blocks.push(section(chunk.join('\n')));
      chunk = [];
    }
    chunk.push(line);
  }
  if (chunk.length > 0) blocks.push(section(chunk.join('\n')));
  return { text: `ICP history: ${versions.length} versions`, blocks };
}

export function buildIcpNoteSavedMessage(note: IcpNoteRecord, openNotes: number): SlackMessage {
  return {
    text: 'Noted for the next meeting',
    blocks: [
      section(
        `:memo: Noted for the next meeting:\n>${escapeMrkdwn(truncate(note.text, 2500)).replace(/\n/g, '\n>')}`,
      ),
      context(`${openNotes} open ICP ${openNotes === 1 ? 'note' : 'notes'} · \`${Commands.icp}\` shows them`),
    ],
  };
}

export function buildIcpHelpMessage(): SlackMessage {
  const command = Commands.icp;
  return {
    text: `How to use ${command}`,
    blocks: [
      section(
        `*${command}* keeps the team's ideal customer profile and checks it against the data.\n` +
          `• \`${command}\` — the written ICP and, beside it, what won deals of the last 180 days show, with mismatches\n` +
          `• \`${command} edit\` — change the written ICP; every save is a new version\n` +
          `• \`${command} history\` — the versions: who changed what, and when\n` +
          `• \`${command} note three logistics wins came from the Poznań fair\` — an observation for the next meeting`,
      ),
    ],
  };
}
