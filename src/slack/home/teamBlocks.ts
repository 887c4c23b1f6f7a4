import { fieldsSection, header, listBlocks } from '../../digest/blocks/blockKit';
import { kpiField, type KpiLine } from '../../digest/blocks/kpiBlocks';
import { formatDateTime, formatPeriod, type DigestFormat } from '../../digest/format';
import { Commands } from '../ids';
import { actionItemLine } from '../views/actionItemMessages';
import { context, type KnownBlock, section } from '../views/message';
import { escapeMrkdwn } from '../views/text';
import type { HomeData } from './homeData';

/** The figures the Home shows, each against the whole previous period. */
export const HOME_KPIS: KpiLine[] = [
  { label: 'Leads created', kind: 'count', pick: (f) => f.flow.leadsCreated },
  { label: 'Leads qualified', kind: 'count', pick: (f) => f.flow.leadsQualified },
  { label: 'Lead quality', kind: 'percent', pick: (f) => f.kpis.leadQualityPct },
  { label: 'Offers sent', kind: 'count', pick: (f) => f.flow.offersSent },
  { label: 'Wins', kind: 'count', pick: (f) => f.flow.wins },
  { label: 'Won value', kind: 'money', pick: (f) => f.flow.wonValueMinor },
  { label: 'Win rate', kind: 'percent', pick: (f) => f.kpis.winRatePct },
  { label: 'Marketing spend', kind: 'money', pick: (f) => f.flow.spendMinor },
];

function digestLine(data: HomeData): string {
  const { latestDigest, nextDigest } = data.team;
  const latest = latestDigest
    ? latestDigest.permalink
      ? `latest: <${latestDigest.permalink}|${escapeMrkdwn(latestDigest.periodLabel)}>`
      : `latest: ${escapeMrkdwn(latestDigest.periodLabel)}`
    : 'latest: none posted yet';
  const next = nextDigest
    ? `next: ${formatDateTime(nextDigest.at, nextDigest.timeZone, data.locale)} (${nextDigest.timeZone})`
    : `next: not scheduled (\`${Commands.digest} schedule\` sets it)`;
  return `:bar_chart: *Digest* · ${latest} · ${next}`;
}

/** Everyone's part: the period's KPIs so far, the digest, the team's open action items. */
export function teamBlocks(data: HomeData): KnownBlock[] {
  const { team } = data;
  const { figures } = team;
  const style: DigestFormat = {
    locale: data.locale,
    timeZone: figures.period.timeZone,
    currency: figures.currency,
  };
  const blocks: KnownBlock[] = [
    header('Team'),
    section(
      `*This period so far*: ${formatPeriod(figures.period, data.locale)}, day ${team.periodDay.day} of ${team.periodDay.of}, ` +
        `against the whole of ${formatPeriod(figures.previousPeriod, data.locale)}`,
    ),
    fieldsSection(HOME_KPIS.map((line) => kpiField(line, figures, style))),
    section(digestLine(data)),
  ];
  const items = team.openActionItems;
  if (items.total === 0) {
    blocks.push(section('*Open action items*: none.'));
  } else {
    const overdue = team.overdueActionItems > 0 ? `, ${team.overdueActionItems} overdue` : '';
    const itemStyle = { today: team.today, timeZone: data.timeZone, showOwner: true };
    blocks.push(
      section(`*Open action items* (${items.total}${overdue})`),
      ...listBlocks(
        items.rows.map((item) => `• ${actionItemLine(item, itemStyle)}`),
        { total: items.total, maxSections: 2 },
      ),
    );
  }
  blocks.push(
    context(
      `Updated ${formatDateTime(data.now, data.timeZone, data.locale)} · \`${Commands.meeting}\` shows the current meeting`,
    ),
  );
  return blocks;
}
