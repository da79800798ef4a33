import { describe, expect, it } from 'vitest';
import { makeNiss } from '../../../shared/domain/identifiers/niss';
import {
  validateActivity,
  validateCompany,
  validateDirectors,
  validateIdentity,
  validateMandates,
  validateSpouse,
} from '../../../shared/domain/intake/validate';
import type {
  ActivityFields,
  CompanyFields,
  DirectorFields,
  IdentityFields,
  MandateFields,
  SpouseFields,
} from '../../../shared/domain/intake/validate';

// python-stdnum doctest numbers (see tests/domain/identifiers): a man born on 1985-07-30.
const NISS = '85.07.30-033.28';
const NISS_WOMAN = makeNiss({ birthDate: '1987-03-12', serial: 34 });
// Month 00: a valid number whose birth date is not known (97 − 850000033 mod 97 = 6).
const NISS_NO_BIRTH_DATE = '85000003306';
const NISS_BIS_SEX_UNKNOWN = makeNiss({ birthDate: '1985-07-30', serial: 33, bis: 'sex-unknown' });
const PARTNER_NISS = makeNiss({ birthDate: '1986-01-15', serial: 122 });
// python-stdnum vat.py doctest: a valid enterprise number; one digit off fails its check.
const ENTERPRISE = '0403.019.261';
const ENTERPRISE_BAD = '0403.019.262';

const identity: IdentityFields = {
  niss: NISS,
  lastName: 'Dupont',
  firstName: 'Jean',
  birthDate: '1985-07-30',
  sex: 'M',
  email: 'jean.dupont@example.be',
  phone: '+32 470 12 34 56',
  iban: 'BE48 3200 7018 4927',
  street: 'Rue de la Loi',
  houseNumber: '16',
  postalCode: '1000',
  municipality: 'Bruxelles / Brussel',
};

const company: CompanyFields = {
  enterpriseNumber: ENTERPRISE,
  name: 'Dupont SRL',
  legalForm: 'SRL',
  balanceSheetClass: 'small',
  startDate: '2026-01-01',
  street: 'Kouter',
  houseNumber: '1',
  postalCode: '9000',
  municipality: 'Gent',
};

describe('validateIdentity', () => {
  it('accepts a complete identity whose NISS agrees with the birth date and sex', () => {
    expect(validateIdentity(identity)).toEqual([]);
  });

  it('accepts an identity without the optional email, phone and IBAN', () => {
    expect(validateIdentity({ ...identity, email: '', phone: ' ', iban: '' })).toEqual([]);
  });

  it.each<[string, Partial<IdentityFields>, string, string]>([
    ['a NISS with wrong check digits', { niss: '12345678901' }, 'identity.niss', 'identifiers.niss.checksum'],
    ['an empty NISS', { niss: '' }, 'identity.niss', 'identifiers.niss.empty'],
    ['an empty last name', { lastName: '  ' }, 'identity.lastName', 'validation.intake.required'],
    ['an empty first name', { firstName: '' }, 'identity.firstName', 'validation.intake.required'],
    ['an empty birth date', { birthDate: '' }, 'identity.birthDate', 'validation.intake.required'],
    ['an impossible birth date', { birthDate: '1985-02-30' }, 'identity.birthDate', 'validation.intake.dateInvalid'],
    [
      'a birth date other than the NISS one',
      { birthDate: '1985-07-31' },
      'identity.birthDate',
      'validation.intake.birthDateNotNiss',
    ],
    ['no sex', { sex: '' }, 'identity.sex', 'validation.intake.required'],
    ['a sex other than the NISS one', { sex: 'F' }, 'identity.sex', 'validation.intake.sexNotNiss'],
    ['an email without domain', { email: 'jean.dupont@' }, 'identity.email', 'validation.intake.emailInvalid'],
    ['a phone number with letters', { phone: '0470 ABC DEF' }, 'identity.phone', 'validation.intake.phoneInvalid'],
    ['an IBAN with wrong check digits', { iban: 'BE49 3200 7018 4927' }, 'identity.iban', 'identifiers.iban.checksum'],
    ['an empty street', { street: '' }, 'identity.street', 'validation.intake.required'],
    ['an empty house number', { houseNumber: '' }, 'identity.houseNumber', 'validation.intake.required'],
    ['an empty postal code', { postalCode: '' }, 'identity.postalCode', 'validation.intake.required'],
    ['an unknown postal code', { postalCode: '0999' }, 'identity.postalCode', 'validation.intake.postalCodeUnknown'],
    [
      'a municipality of another postal code',
      { municipality: 'Gent' },
      'identity.municipality',
      'validation.intake.municipalityMismatch',
    ],
    [
      'a municipality of punctuation only',
      { municipality: '--' },
      'identity.municipality',
      'validation.intake.municipalityMismatch',
    ],
    ['an empty municipality', { municipality: '' }, 'identity.municipality', 'validation.intake.required'],
  ])('refuses %s', (_label, change, path, messageKey) => {
    expect(validateIdentity({ ...identity, ...change })).toEqual([{ path, messageKey }]);
  });

  it('accepts a woman whose NISS has an even serial', () => {
    expect(validateIdentity({ ...identity, niss: NISS_WOMAN, birthDate: '1987-03-12', sex: 'F' })).toEqual([]);
  });

  it('does not compare the birth date with a NISS that does not carry one', () => {
    expect(validateIdentity({ ...identity, niss: NISS_NO_BIRTH_DATE, birthDate: '1985-07-30' })).toEqual([]);
  });

  it('does not compare the sex with a BIS number issued with the sex unknown', () => {
    expect(validateIdentity({ ...identity, niss: NISS_BIS_SEX_UNKNOWN, sex: 'F' })).toEqual([]);
  });

  it('compares neither birth date nor sex with an invalid NISS, and reports every problem', () => {
    expect(
      validateIdentity({
        ...identity,
        niss: 'abc',
        birthDate: '1990-01-01',
        sex: 'F',
        lastName: '',
        postalCode: '0999',
      }),
    ).toEqual([
      { path: 'identity.niss', messageKey: 'identifiers.niss.format' },
      { path: 'identity.lastName', messageKey: 'validation.intake.required' },
      { path: 'identity.postalCode', messageKey: 'validation.intake.postalCodeUnknown' },
    ]);
  });

  describe('municipality of the postal code', () => {
    // Postal code 1000 is 'Bruxelles / Brussel' officially, 'Bruxelles' in French and 'Brussel' in Dutch;
    // 4780 is 'Sankt-Vith' (official and German) and 'Saint-Vith' in French.
    it.each([
      ['1000', 'Bruxelles / Brussel'],
      ['1000', 'Bruxelles'],
      ['1000', 'Brussel'],
      ['1000', 'BRUXELLES'],
      ['1000', '  brussel '],
      ['1050', 'Ixelles'],
      ['1050', 'elsene'],
      ['4000', 'Liege'],
      ['4000', 'LIÈGE'],
      ['4780', 'Saint-Vith'],
      ['4780', 'sankt vith'],
      ['9000', 'gent'],
    ])('accepts %s %s', (postalCode, municipality) => {
      expect(validateIdentity({ ...identity, postalCode, municipality })).toEqual([]);
    });

    it.each([
      ['1000', 'Ixelles'],
      ['1000', 'Bruxelles-Ville'],
      ['1050', 'Bruxelles'],
      ['4780', 'Eupen'],
    ])('refuses %s %s', (postalCode, municipality) => {
      expect(validateIdentity({ ...identity, postalCode, municipality })).toEqual([
        { path: 'identity.municipality', messageKey: 'validation.intake.municipalityMismatch' },
      ]);
    });
  });
});

describe('validateActivity', () => {
  const today = '2026-11-26';
  const activity: ActivityFields = {
    category: 'main',
    startDate: '2026-12-01',
    estimatedIncomeCents: null,
    isPrimoStarter: false,
  };

  it('accepts a main activity starting next month', () => {
    expect(validateActivity(activity, today, '1985-07-30')).toEqual([]);
  });

  it('accepts a primo-starter in main activity, a start date one year ahead, and a start long ago', () => {
    expect(
      validateActivity({ ...activity, isPrimoStarter: true, startDate: '2027-11-26' }, today, '1985-07-30'),
    ).toEqual([]);
    expect(validateActivity({ ...activity, startDate: '2010-01-01' }, today, '1985-07-30')).toEqual([]);
  });

  it('accepts a start date without a known birth date', () => {
    expect(validateActivity({ ...activity, category: 'student', startDate: '2026-12-01' }, today, undefined)).toEqual(
      [],
    );
  });

  it.each<[string, Partial<ActivityFields>, string | undefined, string, string]>([
    ['no category', { category: '' }, '1985-07-30', 'activity.category', 'validation.intake.required'],
    ['no start date', { startDate: '' }, '1985-07-30', 'activity.startDate', 'validation.intake.required'],
    [
      'an impossible start date',
      { startDate: '2026-13-01' },
      '1985-07-30',
      'activity.startDate',
      'validation.intake.dateInvalid',
    ],
    [
      'a start more than a year ahead',
      { startDate: '2027-11-27' },
      '1985-07-30',
      'activity.startDate',
      'validation.intake.startTooFarAhead',
    ],
    [
      'a start before birth',
      { startDate: '1985-07-29' },
      '1985-07-30',
      'activity.startDate',
      'validation.intake.startBeforeBirth',
    ],
    [
      'a primo-starter outside main activity',
      { category: 'complementary', isPrimoStarter: true },
      '1985-07-30',
      'activity.isPrimoStarter',
      'validation.intake.primoStarterOnlyMain',
    ],
    [
      'a student of 17',
      { category: 'student', startDate: '2026-12-01' },
      '2009-01-01',
      'activity.category',
      'validation.intake.studentAge',
    ],
    [
      'a student of 26',
      { category: 'student', startDate: '2026-12-01' },
      '2000-01-01',
      'activity.category',
      'validation.intake.studentAge',
    ],
  ])('refuses %s', (_label, change, birthDate, path, messageKey) => {
    expect(validateActivity({ ...activity, ...change }, today, birthDate)).toEqual([{ path, messageKey }]);
  });

  it.each([
    ['18', '2008-06-30'],
    ['25', '2001-01-01'],
  ])('accepts a student of %s (AR 38 art. 37bis)', (_age, birthDate) => {
    expect(validateActivity({ ...activity, category: 'student' }, today, birthDate)).toEqual([]);
  });

  it('does not check the student age without a valid start date', () => {
    expect(validateActivity({ ...activity, category: 'student', startDate: 'soon' }, today, '2015-01-01')).toEqual([
      { path: 'activity.startDate', messageKey: 'validation.intake.dateInvalid' },
    ]);
  });
});

describe('validateSpouse', () => {
  const spouse: SpouseFields = { hasPartner: true, relation: 'assists', partnerNiss: PARTNER_NISS };

  it('accepts a helping spouse naming the person they assist', () => {
    expect(validateSpouse(spouse, 'helping-spouse', NISS)).toEqual([]);
  });

  it('accepts a person without partner outside the helping-spouse category', () => {
    expect(validateSpouse({ hasPartner: false, relation: '', partnerNiss: '' }, 'main', NISS)).toEqual([]);
  });

  it('accepts a partner in another relation outside the helping-spouse category', () => {
    expect(validateSpouse({ ...spouse, relation: 'married' }, 'main', NISS)).toEqual([]);
  });

  it('refuses a helping spouse without partner (AR 38 art. 7bis)', () => {
    expect(validateSpouse({ hasPartner: false, relation: '', partnerNiss: '' }, 'helping-spouse', NISS)).toEqual([
      { path: 'spouse.relation', messageKey: 'validation.intake.helpingSpouseNeedsPartner' },
    ]);
  });

  it('refuses a helping spouse whose partner relation is not "assists"', () => {
    expect(validateSpouse({ ...spouse, relation: 'married' }, 'helping-spouse', NISS)).toEqual([
      { path: 'spouse.relation', messageKey: 'validation.intake.helpingSpouseNeedsPartner' },
    ]);
  });

  it.each<[string, Partial<SpouseFields>, string, string]>([
    ['no relation', { relation: '' }, 'spouse.relation', 'validation.intake.required'],
    ['an invalid partner NISS', { partnerNiss: '12345678901' }, 'spouse.partnerNiss', 'identifiers.niss.checksum'],
    [
      "the person's own NISS as partner",
      { partnerNiss: '85073003328' },
      'spouse.partnerNiss',
      'validation.intake.partnerIsSelf',
    ],
  ])('refuses %s', (_label, change, path, messageKey) => {
    expect(validateSpouse({ ...spouse, ...change }, 'main', NISS)).toEqual([{ path, messageKey }]);
  });
});

describe('validateMandates', () => {
  const mandate: MandateFields = {
    enterpriseNumber: ENTERPRISE,
    startDate: '2026-01-01',
    companyName: 'Dupont SRL',
    legalForm: 'SRL',
    balanceSheetClass: 'small',
  };
  const known = new Set(['0403019261']);

  it('accepts no mandate, a new company described in full, and a known company with its number only', () => {
    expect(validateMandates([], new Set())).toEqual([]);
    expect(validateMandates([mandate], new Set())).toEqual([]);
    expect(validateMandates([{ ...mandate, companyName: '', legalForm: '', balanceSheetClass: '' }], known)).toEqual(
      [],
    );
  });

  it.each<[string, Partial<MandateFields>, string, string]>([
    [
      'an invalid enterprise number',
      { enterpriseNumber: ENTERPRISE_BAD },
      'mandates.0.enterpriseNumber',
      'identifiers.enterpriseNumber.checksum',
    ],
    ['a new company without name', { companyName: ' ' }, 'mandates.0.companyName', 'validation.intake.required'],
    ['a new company without legal form', { legalForm: '' }, 'mandates.0.legalForm', 'validation.intake.required'],
    [
      'a new company without balance-sheet class',
      { balanceSheetClass: '' },
      'mandates.0.balanceSheetClass',
      'validation.intake.required',
    ],
    ['no start date', { startDate: '' }, 'mandates.0.startDate', 'validation.intake.required'],
    ['an impossible start date', { startDate: '2026-02-29' }, 'mandates.0.startDate', 'validation.intake.dateInvalid'],
  ])('refuses %s', (_label, change, path, messageKey) => {
    expect(validateMandates([{ ...mandate, ...change }], new Set())).toEqual([{ path, messageKey }]);
  });

  it('refuses the same company twice, however its number is written', () => {
    expect(validateMandates([mandate, { ...mandate, enterpriseNumber: 'BE 0403019261' }], new Set())).toEqual([
      { path: 'mandates.1.enterpriseNumber', messageKey: 'validation.intake.mandateTwice' },
    ]);
  });
});

describe('validateCompany', () => {
  it('accepts a complete company with a Belgian address', () => {
    expect(validateCompany(company)).toEqual([]);
  });

  it.each<[string, Partial<CompanyFields>, string, string]>([
    [
      'an invalid enterprise number',
      { enterpriseNumber: ENTERPRISE_BAD },
      'company.enterpriseNumber',
      'identifiers.enterpriseNumber.checksum',
    ],
    ['no name', { name: '' }, 'company.name', 'validation.intake.required'],
    ['no legal form', { legalForm: '' }, 'company.legalForm', 'validation.intake.required'],
    ['no balance-sheet class', { balanceSheetClass: '' }, 'company.balanceSheetClass', 'validation.intake.required'],
    ['no start date', { startDate: '' }, 'company.startDate', 'validation.intake.required'],
    ['an impossible start date', { startDate: '01/01/2026' }, 'company.startDate', 'validation.intake.dateInvalid'],
    ['no street', { street: '' }, 'company.street', 'validation.intake.required'],
    ['an unknown postal code', { postalCode: '12345' }, 'company.postalCode', 'validation.intake.postalCodeUnknown'],
    [
      'a municipality of another postal code',
      { municipality: 'Brussel' },
      'company.municipality',
      'validation.intake.municipalityMismatch',
    ],
  ])('refuses %s', (_label, change, path, messageKey) => {
    expect(validateCompany({ ...company, ...change })).toEqual([{ path, messageKey }]);
  });
});

describe('validateDirectors', () => {
  const director: DirectorFields = { niss: NISS, startDate: '2026-01-01' };
  const known = new Set(['85073003328']);

  it('accepts a known person as director', () => {
    expect(validateDirectors([director], known)).toEqual([]);
  });

  it('refuses a company without director', () => {
    expect(validateDirectors([], known)).toEqual([
      { path: 'directors', messageKey: 'validation.intake.directorRequired' },
    ]);
  });

  it.each<[string, DirectorFields, string, string]>([
    [
      'an invalid NISS',
      { niss: '12345678901', startDate: '2026-01-01' },
      'directors.0.niss',
      'identifiers.niss.checksum',
    ],
    [
      'a person not yet known',
      { niss: PARTNER_NISS, startDate: '2026-01-01' },
      'directors.0.niss',
      'validation.intake.directorUnknown',
    ],
    ['no start date', { niss: NISS, startDate: '' }, 'directors.0.startDate', 'validation.intake.required'],
    [
      'an impossible start date',
      { niss: NISS, startDate: '2026-04-31' },
      'directors.0.startDate',
      'validation.intake.dateInvalid',
    ],
  ])('refuses %s', (_label, candidate, path, messageKey) => {
    expect(validateDirectors([candidate], known)).toEqual([{ path, messageKey }]);
  });
});
