/**
 * The UI languages and a tiny translator. No library: the app has two languages and flat keys.
 */
import { en } from './en';
import { zhCN, type MessageKey, type Messages } from './zh-CN';

export type { MessageKey, Messages } from './zh-CN';

/** Supported UI languages, as BCP 47 tags (also written to `<html lang>`). Chinese first. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

const MESSAGES: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

/** Type guard for a string read from a URL or localStorage. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** All messages of one language. */
export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}

/** Values substituted into `{name}` placeholders. */
export type MessageVars = Record<string, string | number>;

/**
 * Replaces each `{name}` in `template` with `vars[name]`; unknown placeholders stay as written.
 * A template `singular|plural` (English only needs it) picks by `vars.count`: the singular for
 * exactly 1, the plural otherwise.
 */
export function formatMessage(template: string, vars: MessageVars = {}): string {
  const forms = template.split('|');
  if (forms.length === 2) template = (Number(vars.count) === 1 ? forms[0] : forms[1]) ?? template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

/** A function from message key (and placeholder values) to text in one language. */
export type Translate = (key: MessageKey, vars?: MessageVars) => string;

/** Builds the translator for `locale`. */
export function translator(locale: Locale): Translate {
  const messages = messagesFor(locale);
  return (key, vars) => formatMessage(messages[key], vars);
}
