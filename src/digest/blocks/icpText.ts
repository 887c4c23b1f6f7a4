import { countryName } from '../../domain/countries';
import { type Segment, SEGMENTS } from '../../domain/lead';
import type { ProfileAttribute, ProfileFlag } from '../../domain/icpProfile';
import type { Translator } from '../../i18n/translator';
import { formatPercent } from '../format';
import { type DigestLabels, labelOf } from '../labels';

/** A profile attribute's name ("Source channel", "Kanał pozyskania"). */
export function profileAttributeLabel(attribute: ProfileAttribute, t: Translator): string {
  return t.t(`digest.profileAttribute.${attribute}`);
}

/** How a value of an attribute reads: segments and countries in the language, channels and products by the team's labels. */
export function profileValueLabel(
  attribute: ProfileAttribute,
  value: string,
  labels: DigestLabels,
  t: Translator,
): string {
  switch (attribute) {
    case 'segment':
      return (SEGMENTS as readonly string[]).includes(value)
        ? t.t(`digest.segment.${value as Segment}`)
        : value;
    case 'country':
      return `${countryName(value, t.language)} (${value})`;
    case 'source':
      return labelOf(labels.channels, value, t);
    case 'product':
      return labelOf(labels.products, value, t);
    default:
      return value;
  }
}

function lift(value: number, t: Translator): string {
  return new Intl.NumberFormat(t.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    value,
  );
}

/** A mismatch between the written ICP and the data, in the translator's language. */
export function describeProfileFlag(flag: ProfileFlag, labels: DigestLabels, t: Translator): string {
  const valueLabel = (value: string) => profileValueLabel(flag.attribute, value, labels, t);
  const percent = (value: number) => formatPercent(Math.round(value), t);
  if (flag.kind === 'wins_outside_icp') {
    const only = flag.outside.length === 1 ? flag.outside[0] : undefined;
    const where = only
      ? valueLabel(only.value)
      : flag.outside
          .map((outside) => `${valueLabel(outside.value)} (${t.number(outside.wins)})`)
          .join(` ${t.t('digest.icpFlag.or')} `);
    return t.t('digest.icpFlag.winsOutside', {
      said: flag.said.join(', '),
      outside: flag.outsideWins,
      count: flag.knownWins,
      share: percent((flag.outsideWins / flag.knownWins) * 100),
      where,
    });
  }
  const rate =
    flag.overallWinRatePct === null
      ? percent(flag.winRatePct)
      : t.t('digest.icpFlag.versusOverall', {
          rate: percent(flag.winRatePct),
          overall: percent(flag.overallWinRatePct),
        });
  return t.t(flag.kind === 'high_lift_outside_icp' ? 'digest.icpFlag.highLift' : 'digest.icpFlag.lowLift', {
    value: valueLabel(flag.value),
    attribute: profileAttributeLabel(flag.attribute, t).toLocaleLowerCase(t.locale),
    lift: lift(flag.lift, t),
    facts: t.t('digest.icpFlag.facts', { wins: flag.wins, count: flag.leads, rate }),
  });
}
