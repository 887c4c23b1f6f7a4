import { DEFAULT_CHANNELS } from '../domain/channels';
import { DEFAULT_LOST_REASONS } from '../domain/lostReasons';
import { CATALOG, type MessageKey } from './catalog';
import { LANGUAGES } from './locales';
import { createTranslator, type Translator } from './translator';

type Option = { key: string; label: string };
type BuiltInKind = 'channel' | 'lost_reason';

const DEFAULTS: Record<BuiltInKind, readonly Option[]> = {
  channel: DEFAULT_CHANNELS,
  lost_reason: DEFAULT_LOST_REASONS,
};

function catalogKey(kind: BuiltInKind, key: string): MessageKey {
  return `teamOption.${kind === 'channel' ? 'channel' : 'lostReason'}.${key}` as MessageKey;
}

/** Whether an entry is one every team starts with, still under its built-in name in any language. */
function isBuiltIn(kind: BuiltInKind, option: Option): boolean {
  const builtIn = DEFAULTS[kind].find((each) => each.key === option.key);
  if (!builtIn) return false;
  return (
    builtIn.label === option.label ||
    LANGUAGES.some((language) => CATALOG[language][catalogKey(kind, option.key)] === option.label)
  );
}

/**
 * A team list entry's name (a channel, a lost reason). Entries a team wrote are shown in its own
 * words; an entry every team starts with, still under its built-in name in any of Tandem's
 * languages, reads in the translator's language ("Price too high" → "Za wysoka cena"), so a team
 * that changes its language sees its built-in entries in the new one.
 */
export function teamOptionLabel(t: Translator, kind: BuiltInKind, option: Option): string {
  return isBuiltIn(kind, option) ? t.t(catalogKey(kind, option.key)) : option.label;
}

/** The lists a new team starts with, named in the team's language. */
export function builtInOptions(
  locale: string,
): { kind: BuiltInKind; key: string; label: string; position: number }[] {
  const t = createTranslator(locale);
  return (Object.keys(DEFAULTS) as BuiltInKind[]).flatMap((kind) =>
    DEFAULTS[kind].map((option, position) => ({
      kind,
      key: option.key,
      label: teamOptionLabel(t, kind, option),
      position,
    })),
  );
}
