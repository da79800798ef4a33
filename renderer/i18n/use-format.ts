/** The formatters bound to the current interface language; components re-render when it changes. */
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/contract/app-contract';
import type { Cents } from '../../shared/domain/money';
import { asLanguage, formatCountry, formatDate, formatMoney, type DateStyle } from './format';

export type Formatters = {
  language: Language;
  date: (isoDate: string, style?: DateStyle) => string;
  money: (amount: Cents) => string;
  country: (code: string) => string;
};

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  return {
    language,
    date: (isoDate, style) => formatDate(isoDate, language, style),
    money: (amount) => formatMoney(amount, language),
    country: (code) => formatCountry(code, language),
  };
}
