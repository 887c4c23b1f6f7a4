import type { IcpSection } from '../../domain/icp';
import type { ProfileAttribute, ProfileFlag } from '../../domain/icpProfile';
import type { Translator } from '../../i18n/translator';
import { countryLabel, segmentLabel } from './leadMessages';
import { escapeMrkdwn } from './text';

/** "71 %": a rounded percentage. */
export function percentText(t: Translator, value: number): string {
  return `${t.number(Math.round(value), 0)} %`;
}

/** "2.0", "2,0": a lift always shows one decimal, so 2.0 and 0.4 line up. */
export function liftText(t: Translator, lift: number): string {
  return new Intl.NumberFormat(t.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(lift);
}

export function attributeLabel(t: Translator, attribute: ProfileAttribute): string {
  return t.t(`icpProfile.attribute.${attribute}`);
}

export function sectionLabel(t: Translator, section: IcpSection): string {
  return t.t(`icpProfile.section.${section}`);
}

/** How a stored attribute value reads: segments by their name, countries by theirs and their code. */
export function attributeValueLabel(t: Translator, attribute: ProfileAttribute, value: string): string {
  if (attribute === 'segment') return segmentLabel(t, value);
  if (attribute === 'country') return `${countryLabel(t, value)} (${value})`;
  return value;
}

/** One place the data disagrees with the written ICP, in the reader's language. */
export function icpFlagText(t: Translator, flag: ProfileFlag): string {
  const label = (value: string) => escapeMrkdwn(attributeValueLabel(t, flag.attribute, value));
  if (flag.kind === 'wins_outside_icp') {
    const where =
      flag.outside.length === 1
        ? label(flag.outside[0]?.value ?? '')
        : flag.outside.map((each) => `${label(each.value)} (${each.wins})`).join(` ${t.t('icpProfile.or')} `);
    return t.t('icpProfile.flagWinsOutside', {
      said: escapeMrkdwn(flag.said.join(', ')),
      outside: flag.outsideWins,
      count: flag.knownWins,
      percent: percentText(t, (flag.outsideWins / flag.knownWins) * 100),
      where,
    });
  }
  const rate = percentText(t, flag.winRatePct);
  const facts = t.t('icpProfile.flagFacts', {
    wins: flag.wins,
    count: flag.leads,
    rate:
      flag.overallWinRatePct === null
        ? rate
        : t.t('icpProfile.flagVersusOverall', { rate, overall: percentText(t, flag.overallWinRatePct) }),
  });
  return t.t(flag.kind === 'high_lift_outside_icp' ? 'icpProfile.flagHighLift' : 'icpProfile.flagLowLift', {
    value: label(flag.value),
    attribute: attributeLabel(t, flag.attribute).toLocaleLowerCase(t.locale),
    lift: liftText(t, flag.lift),
    facts,
  });
}
