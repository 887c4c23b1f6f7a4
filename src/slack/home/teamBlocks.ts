import { fieldsSections, header, listBlocks } from '../../blockKit/blockKit';
import { kpiField, type KpiLine, kpiLine } from '../../digest/blocks/kpiBlocks';
import { formatDateTime, formatPeriod, type DigestFormat } from '../../digest/format';
import { Commands } from '../ids';
import { actionItemLine } from '../../views/messages/actionItemMessages';
import { context, type KnownBlock, section } from '../../blockKit/message';
import { escapeMrkdwn } from '../../blockKit/text';
import type { HomeData } from './homeData';

/** The figures the Home shows, each against the whole previous period. */
export const HOME_KPIS: KpiLine[] = (
  [
    'digest.kpi.leadsCreated',
    'digest.kpi.leadsQualified',
    'digest.kpi.leadQuality',
    'digest.kpi.offersSent',
    'digest.kpi.wins',
    'digest.kpi.wonValue',
    'digest.kpi.winRate',
    'digest.kpi.marketingSpend',
  ] as const
).map(kpiLine);

function digestLink(digest: NonNullable<HomeData['team']['latestDigest']>): string {
  const label = escapeMrkdwn(digest.periodLabel);
  return digest.permalink ? `<${digest.permalink}|${label}>` : label;
}

function digestLine(data: HomeData): string {
  const { t } = data;
  const { latestDigest, nextDigest } = data.team;
  const latest = latestDigest
    ? t.t('home.latestDigest', { digest: digestLink(latestDigest) })
    : t.t('home.latestDigestNone');
  const next = nextDigest
    ? t.t('home.nextDigest', {
        when: formatDateTime(nextDigest.at, nextDigest.timeZone, t),
        timeZone: nextDigest.timeZone,
      })
    : t.t('home.nextDigestNone', { command: `\`${Commands.digest} schedule\`` });
  return t.t('home.digest', { latest, next });
}

/** Everyone's part: the period's KPIs so far, the digest, the team's open action items. */
export function teamBlocks(data: HomeData): KnownBlock[] {
  const { team, t } = data;
  const { figures } = team;
  const style: DigestFormat = { t, timeZone: figures.period.timeZone, currency: figures.currency };
  const blocks: KnownBlock[] = [
    header(t.t('home.team')),
    section(
      t.t('home.periodSoFar', {
        period: formatPeriod(figures.period, t),
        day: team.periodDay.day,
        days: team.periodDay.of,
        previous: formatPeriod(figures.previousPeriod, t),
      }),
    ),
    ...fieldsSections(HOME_KPIS.map((line) => kpiField(line, figures, style))),
    section(digestLine(data)),
  ];
  const items = team.openActionItems;
  if (items.total === 0) {
    blocks.push(section(t.t('home.teamItemsNone')));
  } else {
    const itemStyle = { t, today: team.today, timeZone: data.timeZone, showOwner: true };
    const title =
      team.overdueActionItems > 0
        ? t.t('home.teamItemsOverdue', {
            total: items.total,
            overdue: t.t('home.overdue', { count: team.overdueActionItems }),
          })
        : t.t('home.teamItems', { total: items.total });
    blocks.push(
      section(title),
      ...listBlocks(
        items.rows.map((item) => `• ${actionItemLine(item, itemStyle)}`),
        { t, total: items.total, maxSections: 2 },
      ),
    );
  }
  blocks.push(
    context(
      t.t('home.updated', {
        when: formatDateTime(data.now, data.timeZone, t),
        command: `\`${Commands.meeting}\``,
      }),
    ),
  );
  return blocks;
}
