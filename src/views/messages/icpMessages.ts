import type { Translator } from '../../i18n/translator';
import type { IcpNoteRecord, IcpVersionRecord } from '../../store/repos/icpStore';
import { ActionIds, Commands } from '../../slack/ids';
import { icpChangeText } from '../text/icpChangeText';
import {
  actions,
  button,
  context,
  type KnownBlock,
  section,
  type SlackMessage,
} from '../../blockKit/message';
import { escapeMrkdwn, escapeTruncated, truncate, userMention } from '../../blockKit/text';

const SECTION_LIMIT = 2900;

export function buildIcpSavedMessage(t: Translator, version: IcpVersionRecord): SlackMessage {
  const summary = truncate(icpChangeText(t, version.change), 2500);
  return {
    text: t.t('icp.savedText', { version: version.version, summary }),
    blocks: [
      section(
        `:white_check_mark: ${t.t('icp.saved', { version: version.version })}\n${escapeMrkdwn(summary)}`,
      ),
      actions(
        button(t.t('icp.showButton'), ActionIds.icpShow, String(version.version)),
        button(t.t('icp.historyButton'), ActionIds.icpHistory, 'history'),
      ),
    ],
  };
}

export function buildIcpHistoryMessage(
  t: Translator,
  versions: IcpVersionRecord[],
  formatDate: (date: Date) => string,
): SlackMessage {
  if (versions.length === 0) {
    return {
      text: t.t('icp.historyEmptyText'),
      blocks: [section(t.t('icp.historyEmpty', { command: Commands.icp }))],
    };
  }
  const lines = versions.map(
    (version) =>
      `*v${version.version}* · ${formatDate(version.changedAt)} · ${userMention(version.changedById)} — ` +
      escapeTruncated(icpChangeText(t, version.change), 600),
  );
  const blocks: KnownBlock[] = [section(t.t('icp.historyHeading', { count: versions.length }))];
  let chunk: string[] = [];
  for (const line of lines) {
    if (chunk.length > 0 && [...chunk, line].join('\n').length > SECTION_LIMIT) {
      blocks.push(section(chunk.join('\n')));
      chunk = [];
    }
    chunk.push(line);
  }
  if (chunk.length > 0) blocks.push(section(chunk.join('\n')));
  return { text: t.t('icp.historyText', { count: versions.length }), blocks };
}

export function buildIcpNoteSavedMessage(
  t: Translator,
  note: IcpNoteRecord,
  openNotes: number,
): SlackMessage {
  const quote = escapeTruncated(note.text, 2500).replace(/\n/g, '\n>');
  return {
    text: t.t('icp.notedText'),
    blocks: [
      section(`:memo: ${t.t('icp.noted')}\n>${quote}`),
      context(t.t('icp.openNotes', { count: openNotes, command: Commands.icp })),
    ],
  };
}

export function buildIcpHelpMessage(t: Translator): SlackMessage {
  const command = Commands.icp;
  return {
    text: t.t('help.title', { command }),
    blocks: [section(t.t('help.icp', { command }))],
  };
}
