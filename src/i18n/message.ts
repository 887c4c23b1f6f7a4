/**
 * A catalog entry: plain text with `{name}` placeholders, or plural forms chosen by the `count`
 * parameter through `Intl.PluralRules` (English has one/other, Polish and Russian one/few/many/other).
 */
export type PluralForms = {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
};
export type Message = string | PluralForms;
export type MessageParams = Readonly<Record<string, string | number>>;

/** The same keys as the English messages, each translated in the same shape (text or plural forms). */
export type Translations<English extends Record<string, Message>> = {
  readonly [Key in keyof English]: English[Key] extends string ? string : PluralForms;
};

export type AreaMessages<English extends Record<string, Message>> = {
  en: English;
  pl: Translations<English>;
  ru: Translations<English>;
};

/** One area's messages in every language; the compiler refuses a missing or extra key in any of them. */
export function defineMessages<const English extends Record<string, Message>>(
  messages: AreaMessages<English>,
): AreaMessages<English> {
  return messages;
}
