/**
 * The official texts of a document: undocs.org serves each symbol in the six official languages
 * of the United Nations at `https://undocs.org/<language>/<symbol>`.
 */
import { officialUrl } from '../symbol/symbol.ts';

/** The six official languages, in the United Nations' order (Arabic, Chinese, English, French, Russian, Spanish). */
export const OFFICIAL_LANGUAGES = [
  { code: 'ar', name: 'Arabic', native: 'العربية' },
  { code: 'zh', name: 'Chinese', native: '中文' },
  { code: 'en', name: 'English', native: 'English' },
  { code: 'fr', name: 'French', native: 'Français' },
  { code: 'ru', name: 'Russian', native: 'Русский' },
  { code: 'es', name: 'Spanish', native: 'Español' },
] as const;

/** One official text: its language and its address on undocs.org. */
export interface OfficialText {
  /** The BCP 47 code: "ar". */
  code: string;
  /** The language's English name: "Arabic". */
  name: string;
  /** The language's name in itself: "العربية". */
  native: string;
  href: string;
}

/** The official texts of a symbol: "A/RES/53/137" → https://undocs.org/ar/A/RES/53/137, … */
export function officialTexts(symbol: string): OfficialText[] {
  const path = officialUrl(symbol).replace(/^https:\/\/undocs\.org\//, '');
  return OFFICIAL_LANGUAGES.map((language) => ({ ...language, href: `https://undocs.org/${language.code}/${path}` }));
}

/** The language this site's text is in: the site publishes the English texts. */
export const SITE_LANGUAGE = 'English';

/**
 * What the page says of its own language: "This text: English", with the original language when
 * the masthead states it ("This text: English, the original language", "This text: English;
 * original: French").
 */
export function textLanguage(originalLanguage: string | undefined): string {
  const original = originalLanguage?.trim();
  if (!original) return `This text: ${SITE_LANGUAGE}`;
  return original.toLowerCase() === SITE_LANGUAGE.toLowerCase() ? `This text: ${SITE_LANGUAGE}, the original language` : `This text: ${SITE_LANGUAGE}; original: ${original}`;
}
