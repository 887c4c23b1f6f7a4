import type { ContextBlock, DividerBlock, HeaderBlock, SectionBlock } from '@slack/types';
import type { Translator } from '../i18n/translation';
import { CONTEXT_TEXT_LIMIT, type KnownBlock, SECTION_TEXT_LIMIT } from './message';
import { truncate } from './text';

/** Block Kit limits a digest must hold to, or Slack refuses the whole message. */
export const HEADER_TEXT_LIMIT = 150;
export const MESSAGE_BLOCK_LIMIT = 50;
export const FIELD_TEXT_LIMIT = 2000;
/** One list line never takes more than this, so one long item cannot crowd out the rest. */
export const LINE_LIMIT = 400;

export function header(text: string): HeaderBlock {
  return {
    type: 'header',
    text: { type: 'plain_text', text: truncate(text, HEADER_TEXT_LIMIT), emoji: true },
  };
}

export function divider(): DividerBlock {
  return { type: 'divider' };
}

export function mrkdwnSection(text: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, SECTION_TEXT_LIMIT) } };
}

/** Slack refuses a section with more than ten fields. */
export const SECTION_FIELD_LIMIT = 10;

/** One section of up to ten fields; more is a programming error, never a silently dropped figure. */
export function fieldsSection(fields: string[]): SectionBlock {
  if (fields.length > SECTION_FIELD_LIMIT) {
    throw new RangeError(`a section holds at most ${SECTION_FIELD_LIMIT} fields, got ${fields.length}`);
  }
  return {
    type: 'section',
    fields: fields.map((field) => ({ type: 'mrkdwn', text: truncate(field, FIELD_TEXT_LIMIT) })),
  };
}

/** As many ten-field sections as the fields need, in order. */
export function fieldsSections(fields: string[]): SectionBlock[] {
  const sections: SectionBlock[] = [];
  for (let start = 0; start < fields.length; start += SECTION_FIELD_LIMIT) {
    sections.push(fieldsSection(fields.slice(start, start + SECTION_FIELD_LIMIT)));
  }
  return sections;
}

export function contextText(text: string): ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, CONTEXT_TEXT_LIMIT) }] };
}

export function moreLine(count: number, t: Translator): string {
  return t.t('digest.more', { count });
}

/**
 * Packs list lines into sections of at most 3000 characters, at most `maxSections` of them; what
 * does not fit (or was never loaded: `total` beyond the lines) is summed up as "…and N more".
 */
export function listBlocks(
  lines: string[],
  options: { t: Translator; total?: number; maxSections?: number },
): SectionBlock[] {
  const { t } = options;
  const total = Math.max(options.total ?? lines.length, lines.length);
  const maxSections = options.maxSections ?? 3;
  const reserve = moreLine(total, t).length + 1;
  const sections: string[][] = [[]];
  const lengths = [0];
  let shown = 0;
  for (const raw of lines) {
    const line = truncate(raw, LINE_LIMIT);
    const index = sections.length - 1;
    const isLastSection = sections.length === maxSections;
    const room = SECTION_TEXT_LIMIT - (isLastSection ? reserve : 0);
    if ((lengths[index] ?? 0) + line.length + 1 > room) {
      if (isLastSection) break;
      sections.push([]);
      lengths.push(0);
    }
    const target = sections.length - 1;
    sections[target]?.push(line);
    lengths[target] = (lengths[target] ?? 0) + line.length + 1;
    shown += 1;
  }
  if (total > shown) sections[sections.length - 1]?.push(moreLine(total - shown, t));
  return sections.filter((section) => section.length > 0).map((section) => mrkdwnSection(section.join('\n')));
}

/** A fenced code block of a text table, cut to fit one section. */
export function tableSection(title: string, table: string, t: Translator): SectionBlock {
  const room = SECTION_TEXT_LIMIT - title.length - 10;
  const rows = table.split('\n');
  const kept: string[] = [];
  let length = 0;
  for (const row of rows) {
    if (length + row.length + 1 > room - 30) break;
    kept.push(row);
    length += row.length + 1;
  }
  const cut = rows.length - kept.length;
  const body = cut > 0 ? [...kept, t.t('digest.moreRows', { count: cut })] : kept;
  return mrkdwnSection(`${title}\n\`\`\`${body.join('\n').replace(/```/g, "'''")}\`\`\``);
}

/** Keeps a message within Slack's 50 blocks, saying how much was left out. */
export function capBlocks(blocks: KnownBlock[], t: Translator): KnownBlock[] {
  if (blocks.length <= MESSAGE_BLOCK_LIMIT) return blocks;
  const kept = blocks.slice(0, MESSAGE_BLOCK_LIMIT - 1);
  return [...kept, contextText(t.t('digest.moreBlocks', { count: blocks.length - kept.length }))];
}
