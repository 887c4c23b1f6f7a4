import type { IcpSection } from '../../domain/icp';
import type { AttributeProfile, ProfileAttribute, ProfileValue } from '../../domain/icpProfile';
import type { Translator } from '../../i18n/translator';
import type { IcpOverview } from '../../services/icpService';
import { ActionIds, Commands } from '../../slack/ids';
import {
  attributeLabel,
  attributeValueLabel,
  icpFlagText,
  liftText,
  sectionLabel,
} from '../text/icpProfileText';
import {
  actions,
  button,
  context,
  type KnownBlock,
  section,
  type SlackMessage,
} from '../../blockKit/message';
import { escapeTruncated, truncate, userMention } from '../../blockKit/text';

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

function valueLine(
  t: Translator,
  attribute: ProfileAttribute,
  value: ProfileValue,
  knownWins: number,
): string {
  const marker = value.inIcp ? '✓ ' : '';
  const share =
    value.shareOfWinsPct === null
      ? undefined
      : t.t('icpProfile.shareOfWins', {
          wins: value.wins,
          count: knownWins,
          percent: t.percent(value.shareOfWinsPct, 0),
        });
  const rate =
    value.tooFew || value.winRatePct === null
      ? t.t('icpProfile.tooFew', { count: value.leads })
      : [
          t.t('icpProfile.wonRate', {
            wins: value.wins,
            leads: value.leads,
            percent: t.percent(value.winRatePct, 0),
          }),
          value.lift === null ? undefined : t.t('icpProfile.lift', { lift: liftText(t, value.lift) }),
        ]
          .filter((part): part is string => part !== undefined)
          .join(' · ');
  const label = escapeTruncated(attributeValueLabel(t, attribute, value.value), 60);
  return `${marker}*${label}* — ${[share, rate].filter(Boolean).join(' · ')}`;
}

function attributeText(t: Translator, profile: AttributeProfile): string {
  const title = `*${attributeLabel(t, profile.attribute)}*`;
  if (profile.values.length === 0) return `${title}\n${t.t('icpProfile.noValues')}`;
  const lines = profile.values
    .slice(0, VALUES_SHOWN)
    .map((value) => valueLine(t, profile.attribute, value, profile.knownWins));
  const hidden = profile.values.length - VALUES_SHOWN;
  if (hidden > 0) lines.push(t.t('icpProfile.moreValues', { count: hidden }));
  if (profile.unknown.leads > 0)
    lines.push(t.t('icpProfile.notSet', { count: profile.unknown.leads, wins: profile.unknown.wins }));
  return `${title}\n${lines.join('\n')}`;
}

function writtenText(t: Translator, overview: IcpOverview, name: IcpSection): string {
  const text = overview.written?.sections[name];
  const label = t.t('icpProfile.writtenSection', { section: sectionLabel(t, name) });
  return `${label}\n${text ? escapeTruncated(text, FIELD_LIMIT) : t.t('icpProfile.notWritten')}`;
}

function field(text: string) {
  return { type: 'mrkdwn' as const, text: truncate(text, FIELD_LIMIT) };
}

function basisText(t: Translator, overview: IcpOverview, formatDate: (date: Date) => string): string {
  const { overall, window, minSample } = overview.profile;
  return [
    t.t('icpProfile.basisLeads', {
      count: overall.leads,
      period: t.t('icpProfile.lastDays', { count: window.days }),
      date: formatDate(window.start),
    }),
    t.t('icpProfile.basisWins', {
      wins: overall.wins,
      rate: overall.winRatePct === null ? '' : ` (${t.percent(overall.winRatePct, 0)})`,
      offers: overall.reachedOffer,
    }),
    t.t('icpProfile.basisLift', { count: minSample }),
  ].join(' ');
}

function salesReadyText(t: Translator, overview: IcpOverview): string {
  const { salesReady, minSample } = overview.profile;
  if (salesReady.length === 0) return t.t('icpProfile.salesReadyNone', { min: minSample });
  const lines = salesReady.map((signal) => {
    const after =
      signal.averageDaysToOffer === null
        ? ''
        : t.t('icpProfile.afterDays', { count: Math.round(signal.averageDaysToOffer * 10) / 10 });
    const value = escapeTruncated(attributeValueLabel(t, signal.attribute, signal.value), 60);
    const reached = t.t('icpProfile.reachedOffer', {
      reached: signal.reachedOffer,
      count: signal.leads,
      percent: t.percent(signal.offerRatePct, 0),
    });
    return `• ${attributeLabel(t, signal.attribute)} *${value}*: ${reached}${after}`;
  });
  return `:rocket: ${t.t('icpProfile.salesReadyHeading')}\n${lines.join('\n')}`;
}

/** `/icp`: the written profile and the data side by side, mismatches, sales-ready signals and notes. */
export function buildIcpProfileMessage(
  t: Translator,
  overview: IcpOverview,
  formatDate: (date: Date) => string,
): SlackMessage {
  const { written, profile, notes } = overview;
  const attribute = (name: ProfileAttribute) => profile.attributes.find((each) => each.attribute === name);
  const heading = written
    ? t.t('icpProfile.heading', {
        version: written.version,
        user: userMention(written.changedById),
        date: formatDate(written.changedAt),
      })
    : t.t('icpProfile.headingNone', { button: t.t('icp.editButton'), command: Commands.icp });
  const blocks: KnownBlock[] = [section(heading), context(basisText(t, overview, formatDate))];
  for (const pair of SIDE_BY_SIDE) {
    const data = pair.attributes
      .map(attribute)
      .filter((each): each is AttributeProfile => each !== undefined)
      .map((each) => attributeText(t, each))
      .join('\n\n');
    blocks.push({ type: 'section', fields: [field(writtenText(t, overview, pair.section)), field(data)] });
  }
  const channels = attribute('source');
  if (channels) {
    const title = `*${attributeLabel(t, 'source')}*\n${t.t('icpProfile.notInWrittenIcp')}`;
    blocks.push({ type: 'section', fields: [field(title), field(attributeText(t, channels))] });
  }
  blocks.push({ type: 'section', fields: WRITTEN_ONLY.map((name) => field(writtenText(t, overview, name))) });
  const flags = profile.flags.map((flag) => `• ${icpFlagText(t, flag)}`);
  blocks.push(
    section(
      truncate(
        flags.length > 0
          ? `:rotating_light: ${t.t('icpProfile.flagsHeading')}\n${flags.join('\n')}`
          : t.t('icpProfile.flagsNone'),
        2900,
      ),
    ),
  );
  blocks.push(section(salesReadyText(t, overview)));
  if (notes.length > 0) {
    const lines = notes.map(
      (note) =>
        `• ${formatDate(note.createdAt)} · ${userMention(note.authorId)}: ${escapeTruncated(note.text.replace(/\s+/g, ' '), 300)}`,
    );
    const more =
      overview.openNotes > notes.length
        ? `\n${t.t('icpProfile.olderNotes', { count: overview.openNotes - notes.length })}`
        : '';
    blocks.push(
      section(
        `:memo: ${t.t('icpProfile.notesHeading', { count: overview.openNotes })}\n${lines.join('\n')}${more}`,
      ),
    );
  }
  blocks.push(
    actions(
      button(t.t('icp.editButton'), ActionIds.icpEdit, 'edit', 'primary'),
      button(t.t('icp.historyButton'), ActionIds.icpHistory, 'history'),
    ),
  );
  return {
    text: written
      ? t.t('icpProfile.profileText', { version: written.version })
      : t.t('icpProfile.profileTextNone'),
    blocks,
  };
}
