import { ICP_SECTION_SPECS, type IcpSection } from '../../domain/icp';
import {
  type AttributeProfile,
  PROFILE_ATTRIBUTE_LABELS,
  type ProfileAttribute,
  type ProfileValue,
} from '../../domain/icpProfile';
import type { IcpOverview } from '../../services/icpService';
import { ActionIds, Commands } from '../ids';
import { actions, button, context, type KnownBlock, section, type SlackMessage } from './message';
import { escapeMrkdwn, truncate, userMention } from './text';

const VALUES_SHOWN = 6;
const FIELD_LIMIT = 1900;

/** Written sections shown next to the attributes the data measures them by. */
const SIDE_BY_SIDE: { section: IcpSection; attributes: ProfileAttribute[] }[] = [
  { section: 'industries', attributes: ['industry'] },
  { section: 'companySize', attributes: ['segment', 'companySize'] },
  { section: 'countries', attributes: ['country'] },
  { section: 'priorityProducts', attributes: ['product'] },
];
const WRITTEN_ONLY: IcpSection[] = ['decisionMaker', 'pains', 'buyingTriggers', 'disqualifiers'];

function pct(value: number): string {
  return `${Math.round(value)} %`;
}

function days(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
}

function valueLine(value: ProfileValue, knownWins: number): string {
  const marker = value.inIcp ? '✓ ' : '';
  const share =
    value.shareOfWinsPct === null
      ? ''
      : `${value.wins} of ${knownWins} wins (${pct(value.shareOfWinsPct)}) · `;
  const rate =
    value.tooFew || value.winRatePct === null
      ? `${value.leads} ${value.leads === 1 ? 'lead' : 'leads'}: too few`
      : `won ${value.wins}/${value.leads} (${pct(value.winRatePct)})${value.lift === null ? '' : ` · lift ${value.lift.toFixed(1)}`}`;
  return `${marker}*${escapeMrkdwn(truncate(value.label, 60))}* — ${share}${rate}`;
}

function attributeText(profile: AttributeProfile): string {
  const title = `*${PROFILE_ATTRIBUTE_LABELS[profile.attribute]}*`;
  if (profile.values.length === 0) return `${title}\n_no leads with this set_`;
  const lines = profile.values.slice(0, VALUES_SHOWN).map((value) => valueLine(value, profile.knownWins));
  const hidden = profile.values.length - VALUES_SHOWN;
  if (hidden > 0) lines.push(`_and ${hidden} more_`);
  if (profile.unknown.leads > 0)
    lines.push(`_not set: ${profile.unknown.leads} leads, ${profile.unknown.wins} won_`);
  return `${title}\n${lines.join('\n')}`;
}

function writtenText(overview: IcpOverview, name: IcpSection): string {
  const text = overview.written?.sections[name];
  const label = `*${ICP_SECTION_SPECS[name].label}* (written)`;
  return `${label}\n${text ? escapeMrkdwn(truncate(text, FIELD_LIMIT)) : '_not written_'}`;
}

function field(text: string) {
  return { type: 'mrkdwn' as const, text: truncate(text, FIELD_LIMIT) };
}

/** `/icp`: the written profile and the data side by side, mismatches, sales-ready signals and notes. */
export function buildIcpProfileMessage(
  overview: IcpOverview,
  formatDate: (date: Date) => string,
): SlackMessage {
  const { written, profile, notes } = overview;
  const attribute = (name: ProfileAttribute) => profile.attributes.find((each) => each.attribute === name);
  const heading = written
    ? `*Ideal customer profile* — version ${written.version}, saved by ${userMention(written.changedById)} on ${formatDate(written.changedAt)}`
    : `*Ideal customer profile* — nothing written yet. Press *Edit ICP* or type \`${Commands.icp} edit\`.`;
  const { overall } = profile;
  const basis =
    `Data: the ${overall.leads} leads created in the last ${profile.window.days} days (since ${formatDate(profile.window.start)}); ` +
    `${overall.wins} won${overall.winRatePct === null ? '' : ` (${pct(overall.winRatePct)})`}, ${overall.reachedOffer} reached an offer. ` +
    `Lift = a value's win rate ÷ the overall win rate; values with fewer than ${profile.minSample} leads show “too few”. ✓ = named in the ICP.`;
  const blocks: KnownBlock[] = [section(heading), context(basis)];
  for (const pair of SIDE_BY_SIDE) {
    const data = pair.attributes
      .map(attribute)
      .filter((each): each is AttributeProfile => each !== undefined)
      .map(attributeText)
      .join('\n\n');
    blocks.push({ type: 'section', fields: [field(writtenText(overview, pair.section)), field(data)] });
  }
  const channels = attribute('source');
  if (channels) {
    blocks.push({
      type: 'section',
      fields: [field('*Source channel*\n_not part of the written ICP_'), field(attributeText(channels))],
    });
  }
  blocks.push({ type: 'section', fields: WRITTEN_ONLY.map((name) => field(writtenText(overview, name))) });
  const flags = profile.flags.map((flag) => `• ${escapeMrkdwn(flag.text)}`);
  blocks.push(
    section(
      truncate(
        flags.length > 0
          ? `:rotating_light: *Where the data disagrees with the ICP*\n${flags.join('\n')}`
          : '*Where the data disagrees with the ICP:* nothing stands out.',
        2900,
      ),
    ),
  );
  const salesReady = profile.salesReady.map(
    (signal) =>
      `• ${PROFILE_ATTRIBUTE_LABELS[signal.attribute]} *${escapeMrkdwn(truncate(signal.label, 60))}*: ` +
      `${signal.reachedOffer} of ${signal.leads} leads reached an offer (${pct(signal.offerRatePct)})` +
      `${signal.averageDaysToOffer === null ? '' : `, after ${days(signal.averageDaysToOffer)} on average`}`,
  );
  blocks.push(
    section(
      salesReady.length > 0
        ? `:rocket: *Sales-ready signals* (reach an offer most often, then fastest)\n${salesReady.join('\n')}`
        : `*Sales-ready signals:* none yet (no value with ${profile.minSample}+ leads beats the average offer rate).`,
    ),
  );
  if (notes.length > 0) {
    const lines = notes.map(
      (note) =>
        `• ${formatDate(note.createdAt)} · ${userMention(note.authorId)}: ${escapeMrkdwn(truncate(note.text.replace(/\s+/g, ' '), 300))}`,
    );
    const more =
      overview.openNotes > notes.length ? `\n_and ${overview.openNotes - notes.length} older_` : '';
    blocks.push(
      section(`:memo: *Notes for the next meeting* (${overview.openNotes})\n${lines.join('\n')}${more}`),
    );
  }
  blocks.push(
    actions(
      button('Edit ICP', ActionIds.icpEdit, 'edit', 'primary'),
      button('History', ActionIds.icpHistory, 'history'),
    ),
  );
  return {
    text: written
      ? `Ideal customer profile, version ${written.version}`
      : 'Ideal customer profile (not written yet)',
    blocks,
  };
}
