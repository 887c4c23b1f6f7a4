import type { Language } from '../locales';
import type { Message } from '../message';
import { commonMessages } from './common';
import { stageMessages } from './stages';

/**
 * Every area's messages. An area is one file in this folder (digest, modals, home, commands…);
 * add a new one to AREAS and its keys join MessageKey. Keys start with the area's name.
 */
const AREAS = [commonMessages, stageMessages] as const;

type KeysOf<Area> = Area extends { en: infer English } ? keyof English & string : never;
export type MessageKey = KeysOf<(typeof AREAS)[number]>;

function merge(language: Language): Readonly<Record<MessageKey, Message>> {
  return Object.assign({}, ...AREAS.map((area) => area[language])) as Record<MessageKey, Message>;
}

export const CATALOG: Readonly<Record<Language, Readonly<Record<MessageKey, Message>>>> = {
  en: merge('en'),
  pl: merge('pl'),
  ru: merge('ru'),
};

/** Each area's own English keys, so a test can prove no two areas define the same key. */
export const AREA_KEYS: readonly (readonly string[])[] = AREAS.map((area) => Object.keys(area.en));
