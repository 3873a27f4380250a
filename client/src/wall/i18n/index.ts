/**
 * The wall's two languages and its translator: flat keys, `{name}` placeholders. The wall keeps
 * its own messages so the desk dashboard's text can change without touching the wall.
 */
import { en } from './en';
import { zhCN, type WallMessageKey, type WallMessages } from './zh-CN';
import type { WallLocale } from '../params';

export type { WallMessageKey } from './zh-CN';

const MESSAGES: Record<WallLocale, WallMessages> = { 'zh-CN': zhCN, en };

/** Values substituted into `{name}` placeholders. */
export type WallVars = Record<string, string | number>;

/** Replaces each `{name}` in `template` with `vars[name]`; unknown placeholders stay as written. */
export function formatMessage(template: string, vars: WallVars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

/** A function from message key (and placeholder values) to text in one language. */
export type WallTranslate = (key: WallMessageKey, vars?: WallVars) => string;

/** The translator for `locale`. */
export function wallTranslator(locale: WallLocale): WallTranslate {
  const messages = MESSAGES[locale];
  return (key, vars) => formatMessage(messages[key], vars);
}
