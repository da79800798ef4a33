/**
 * The fund's identity is configuration, not code: name, address, logo, bank account, fee rate and
 * signatory come from this record (a JSON file in the profile, or the demo default below).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseIban } from '../../shared/domain/identifiers/iban';
import type { Language } from './letter-data';
import { defaultAssetsDir } from './render/pdf';

export type Localised = Readonly<Record<Language, string>>;

export type FundIdentity = {
  /** Short name used as EPC beneficiary (≤ 70 characters). */
  name: string;
  /** Legal name line under the logo, per language. */
  legalName: Localised;
  enterpriseNumber: string;
  /** Postal address lines of head office, as printed. */
  address: readonly string[];
  phone: string;
  email: string;
  website: string;
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
  /** Side of the envelope window; the address block is placed for it (NF EN ISO 269 / C5 DL windows). */
  window: 'left' | 'right';
  /** The labour court named in decisions when the case file gives none. */
  defaultLabourCourt: { name: Localised; address: string };
};

/** Demo fund used by the CLI, tests and demo data. IBAN BE48 0011 2345 6727 is BNP Paribas Fortis (GEBABEBB). */
export const demoFundConfig: FundConfig = {
  name: "L'Entraide",
  legalName: {
    fr: "L'Entraide, caisse d'assurances sociales pour travailleurs indépendants ASBL",
    nl: "L'Entraide, sociaal verzekeringsfonds voor zelfstandigen vzw",
    de: "L'Entraide, Sozialversicherungskasse für Selbständige VoG",
  },
  enterpriseNumber: '0409.999.994',
  address: ['Rue de la Loi 155', '1040 Bruxelles'],
  phone: '+32 2 555 01 00',
  email: 'contact@entraide.example.be',
  website: 'www.entraide.example.be',
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
  defaultLabourCourt: {
    name: {
      fr: 'Tribunal du travail francophone de Bruxelles',
      nl: 'Nederlandstalige arbeidsrechtbank Brussel',
      de: 'Arbeitsgericht Brüssel (französischsprachig)',
    },
    address: 'Boulevard de Waterloo 70, 1000 Bruxelles',
  },
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
  enterpriseNumber: z.string(),
  address: z.array(z.string()).min(1),
  phone: z.string(),
  email: z.string(),
  website: z.string(),
  iban: z.string(),
  bic: z.string(),
  feeRateBasisPoints: z.number().int().min(0),
  signatory: z.object({ name: z.string().min(1), title: localised }),
  logoFile: z.string().regex(/\.(svg|png)$/i),
  window: z.enum(['left', 'right']),
  defaultLabourCourt: z.object({ name: localised, address: z.string().min(1) }),
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

export type FundProblem = 'iban' | 'bic' | 'name' | 'fee-rate';

/** Checks a configured identity before any letter asking for money is drawn with it. */
export function checkFundIdentity(fund: FundIdentity): readonly FundProblem[] {
  const problems: FundProblem[] = [];
  const iban = parseIban(fund.iban);
  if (!iban.ok) problems.push('iban');
  else if (iban.value.bic !== undefined && iban.value.bic !== fund.bic) problems.push('bic');
  if (!/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(fund.bic)) problems.push('bic');
  if (fund.name.trim() === '' || [...fund.name].length > 70) problems.push('name');
  if (!Number.isSafeInteger(fund.feeRateBasisPoints) || fund.feeRateBasisPoints < 0) problems.push('fee-rate');
  return [...new Set(problems)];
}
