/**
 * The fund's identity is configuration, not code: name, address, logo, bank account, fee rate and
 * signatory come from this record (a JSON file in the profile, or the demo default below).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseEnterpriseNumber } from '../../shared/domain/identifiers/enterprise-number';
import { parseIban } from '../../shared/domain/identifiers/iban';
import type { Language } from './letter-data';
import { defaultAssetsDir } from './render/pdf';

export type Localised = Readonly<Record<Language, string>>;

export type FundIdentity = {
  /** Short name used as EPC beneficiary (≤ 70 characters). */
  name: string;
  /** Legal name line under the logo, per language. */
  legalName: Localised;
  /** Legal form as the letter's language abbreviates it (ASBL, vzw, VoG). */
  legalForm: Localised;
  enterpriseNumber: string;
  /**
   * Register of legal entities and the court of the seat, as Code des sociétés et des associations
   * art. 2:20 wants them on every document: "RPM Bruxelles", "RPR Brussel", "RJP Brüssel".
   */
  registerMention: Localised;
  /** The fund's approval as a social insurance fund (AR n° 38 art. 20), per language. */
  approval: Localised;
  /** Postal address lines of head office, per language (Brussels streets have a French and a Dutch name). */
  address: Readonly<Record<Language, readonly string[]>>;
  phone: string;
  email: string;
  website: string;
  /** GDPR art. 13: the data protection officer's address and the full privacy notice. */
  privacy: { dpoEmail: string; noticeUrl: string };
  iban: string;
  bic: string;
  /** Management fees in basis points of the contribution (e.g. 395 = 3.95 %). */
  feeRateBasisPoints: number;
  signatory: { name: string; title: Localised };
  /**
   * Path of the letterhead logo, relative to the assets folder: SVG (drawn as vectors on every page)
   * or PNG (embedded once per PDF and reused on every page, which is cheaper for large batches).
   */
  logoFile: string;
  /** The logo itself, read from logoFile by resolveFund so templates stay pure. */
  logo: { svg: string } | { pngDataUrl: string };
  /** Side of the envelope window; the address block is placed for it (shared/domain/letters/address-block.ts). */
  window: 'left' | 'right';
};

/** Demo fund used by the CLI, tests and demo data. IBAN BE48 0011 2345 6727 is BNP Paribas Fortis (GEBABEBB). */
export const demoFundConfig: FundConfig = {
  name: "L'Entraide",
  legalName: {
    fr: "L'Entraide, caisse d'assurances sociales pour travailleurs indépendants ASBL",
    nl: "L'Entraide, sociaal verzekeringsfonds voor zelfstandigen vzw",
    de: "L'Entraide, Sozialversicherungskasse für Selbständige VoG",
  },
  legalForm: { fr: 'ASBL', nl: 'vzw', de: 'VoG' },
  enterpriseNumber: '0409.999.994',
  registerMention: { fr: 'RPM Bruxelles', nl: 'RPR Brussel', de: 'RJP Brüssel' },
  approval: {
    fr: 'Caisse d’assurances sociales agréée (arrêté royal n° 38, art. 20)',
    nl: 'Erkend sociaal verzekeringsfonds (koninklijk besluit nr. 38, art. 20)',
    de: 'Zugelassene Sozialversicherungskasse (Königlicher Erlass Nr. 38, Art. 20)',
  },
  address: {
    fr: ['Rue de la Loi 155', '1040 Bruxelles'],
    nl: ['Wetstraat 155', '1040 Brussel'],
    de: ['Rue de la Loi 155', '1040 Brüssel'],
  },
  phone: '+32 2 555 01 00',
  email: 'contact@entraide.example.be',
  website: 'www.entraide.example.be',
  privacy: { dpoEmail: 'dpo@entraide.example.be', noticeUrl: 'www.entraide.example.be/privacy' },
  iban: 'BE48001123456727',
  bic: 'GEBABEBB',
  feeRateBasisPoints: 395,
  signatory: {
    name: 'Claire Vandenberghe',
    title: { fr: 'Directrice générale', nl: 'Algemeen directeur', de: 'Generaldirektorin' },
  },
  // The PNG is the SVG next to it rendered at 384 px (see docs/letters.md): same drawing, embedded once per PDF.
  logoFile: 'letterhead/entraide-logo.png',
  window: 'right',
};

/** The identity as written in a configuration file: the logo is a path. */
export type FundConfig = Omit<FundIdentity, 'logo'>;

/** Reads the logo named by the configuration; the result is all a template needs. */
export function resolveFund(config: FundConfig, assetsDir: string = defaultAssetsDir()): FundIdentity {
  const file = join(assetsDir, config.logoFile);
  const logo = file.toLowerCase().endsWith('.png')
    ? { pngDataUrl: `data:image/png;base64,${readFileSync(file).toString('base64')}` }
    : { svg: readFileSync(file, 'utf8') };
  return { ...config, logo };
}

const localised = z.object({ fr: z.string().min(1), nl: z.string().min(1), de: z.string().min(1) });
const fundConfigSchema = z.object({
  name: z.string().min(1).max(70),
  legalName: localised,
  legalForm: localised,
  enterpriseNumber: z.string().regex(/^[01]\d{3}\.?\d{3}\.?\d{3}$/),
  registerMention: localised,
  approval: localised,
  address: z.object({
    fr: z.array(z.string().min(1)).min(1),
    nl: z.array(z.string().min(1)).min(1),
    de: z.array(z.string().min(1)).min(1),
  }),
  phone: z.string().min(1),
  email: z.string().min(3),
  website: z.string(),
  privacy: z.object({ dpoEmail: z.string().min(3), noticeUrl: z.string().min(1) }),
  iban: z.string(),
  bic: z.string(),
  feeRateBasisPoints: z.number().int().min(0),
  signatory: z.object({ name: z.string().min(1), title: localised }),
  logoFile: z.string().regex(/\.(svg|png)$/i),
  window: z.enum(['left', 'right']),
});

/** Loads and checks a fund configuration file (JSON with the FundConfig fields); throws RangeError when invalid. */
export function loadFundConfig(file: string): FundConfig {
  const parsed = fundConfigSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new RangeError(
      `fund configuration ${file}: ${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')} invalid`,
    );
  return parsed.data;
}

export function demoFund(assetsDir: string = defaultAssetsDir()): FundIdentity {
  return resolveFund(demoFundConfig, assetsDir);
}

export type FundProblem = 'iban' | 'bic' | 'name' | 'fee-rate' | 'enterprise-number';

/** Checks a configured identity before any letter asking for money is drawn with it. */
export function checkFundIdentity(fund: FundIdentity): readonly FundProblem[] {
  const problems: FundProblem[] = [];
  const iban = parseIban(fund.iban);
  if (!iban.ok) problems.push('iban');
  else if (iban.value.bic !== undefined && iban.value.bic !== fund.bic) problems.push('bic');
  if (!/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(fund.bic)) problems.push('bic');
  if (fund.name.trim() === '' || [...fund.name].length > 70) problems.push('name');
  if (!Number.isSafeInteger(fund.feeRateBasisPoints) || fund.feeRateBasisPoints < 0) problems.push('fee-rate');
  // Printed on every letter (Code des sociétés et des associations art. 2:20): a wrong number is refused.
  if (!parseEnterpriseNumber(fund.enterpriseNumber).ok) problems.push('enterprise-number');
  return [...new Set(problems)];
}
