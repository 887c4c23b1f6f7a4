import { ICP_SECTION_LABELS, type IcpSection } from '../../domain/icp';
import type { ProfileAttribute, ProfileFlag } from '../../domain/icpProfile';
import type { Translator } from '../../i18n/translator';
import { countryLabel, segmentLabel } from '../messages/leadMessages';
import { escapeMrkdwn } from '../../blockKit/text';

/** The team's labels of its channel and product keys (paid_search → "Paid search"), where known. */
export type ValueLabels = {
  channels: Readonly<Record<string, string>>;
  products: Readonly<Record<string, string>>;
};

/** "2.0", "2,0": a lift always shows one decimal, so 2.0 and 0.4 line up. */
export function liftText(t: Translator, lift: number): string {
  return new Intl.NumberFormat(t.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(lift);
}

/** "Source channel", "Kanał pozyskania": a lead field's own name; the product is named apart. */
export function attributeLabel(t: Translator, attribute: ProfileAttribute): string {
  return attribute === 'product' ? t.t('icpProfile.attribute.product') : t.t(`field.${attribute}`);
}

/** "Pains", "Problemy klienta". */
export function sectionLabel(t: Translator, section: IcpSection): string {
  return t.t(ICP_SECTION_LABELS[section]);
}

/**
 * How a stored attribute value reads: segments and countries by their names in the language,
 * channels and products by the team's labels when they are given.
 */
export function attributeValueLabel(
  t: Translator,
  attribute: ProfileAttribute,
  value: string,
  labels?: ValueLabels,
): string {
  switch (attribute) {
    case 'segment':
      return segmentLabel(t, value);
    case 'country':
      return `${countryLabel(t, value)} (${value})`;
    case 'source':
      return labels?.channels[value] ?? value;
    case 'product':
      return labels?.products[value] ?? value;
    default:
      return value;
  }
}

/** One place the data disagrees with the written ICP, in the reader's language, as mrkdwn. */
export function icpFlagText(t: Translator, flag: ProfileFlag, labels?: ValueLabels): string {
  const label = (value: string) => escapeMrkdwn(attributeValueLabel(t, flag.attribute, value, labels));
  if (flag.kind === 'wins_outside_icp') {
    const where =
      flag.outside.length === 1
        ? label(flag.outside[0]?.value ?? '')
        : flag.outside
            .map((each) => `${label(each.value)} (${t.number(each.wins)})`)
            .join(` ${t.t('icpProfile.or')} `);
    return t.t('icpProfile.flagWinsOutside', {
      said: escapeMrkdwn(flag.said.join(', ')),
      outside: flag.outsideWins,
      count: flag.knownWins,
      percent: t.percent((flag.outsideWins / flag.knownWins) * 100, 0),
      where,
    });
  }
  const rate = t.percent(flag.winRatePct, 0);
  const facts = t.t('icpProfile.flagFacts', {
    wins: flag.wins,
    count: flag.leads,
    rate:
      flag.overallWinRatePct === null
        ? rate
        : t.t('icpProfile.flagVersusOverall', { rate, overall: t.percent(flag.overallWinRatePct, 0) }),
  });
  return t.t(flag.kind === 'high_lift_outside_icp' ? 'icpProfile.flagHighLift' : 'icpProfile.flagLowLift', {
    value: label(flag.value),
    attribute: attributeLabel(t, flag.attribute).toLocaleLowerCase(t.locale),
    lift: liftText(t, flag.lift),
    facts,
  });
}
