import { DEFAULT_CHANNELS } from '../domain/channels';
import { DEFAULT_LOST_REASONS } from '../domain/lostReasons';
import type { MessageKey } from './catalog';
import type { Translator } from './translator';

type Option = { key: string; label: string };

const DEFAULTS: Record<'channel' | 'lost_reason', readonly Option[]> = {
  channel: DEFAULT_CHANNELS,
  lost_reason: DEFAULT_LOST_REASONS,
};

/**
 * A team list entry's name (a channel, a lost reason). Entries a team wrote are shown in its own
 * words; an entry every team starts with, still under its default English label, reads in the
 * translator's language ("Price too high" → "Za wysoka cena").
 */
export function teamOptionLabel(t: Translator, kind: 'channel' | 'lost_reason', option: Option): string {
  const isDefault = DEFAULTS[kind].some((each) => each.key === option.key && each.label === option.label);
  if (!isDefault) return option.label;
  const key = `teamOption.${kind === 'channel' ? 'channel' : 'lostReason'}.${option.key}`;
  return t.t(key as MessageKey);
}
