/**
 * Postal code → municipality at the counter: the shipped bpost list (shared/data/postal-codes.json)
 * is a chunk of its own, fetched the first time an address form needs it, so the first load of the
 * app does not carry it. Brussels municipalities come in both languages ("Bruxelles / Brussel").
 */
import { useEffect, useState } from 'react';
import type * as PostalCodeModule from '../../shared/domain/identifiers/postal-code';

type PostalCodes = typeof PostalCodeModule;

let loaded: PostalCodes | null = null;
let loading: Promise<PostalCodes> | null = null;

export function loadPostalCodes(): Promise<PostalCodes> {
  loading ??= import('../../shared/domain/identifiers/postal-code').then((module) => (loaded = module));
  return loading;
}

/** The names bpost accepts for a complete 4-digit code; empty for anything else or an unknown code. */
export function namesFor(postalCodes: PostalCodes, postalCode: string): string[] {
  const code = postalCode.trim();
  if (!/^\d{4}$/.test(code)) return [];
  return postalCodes.municipalitiesFor(code).map((municipality) => municipality.name);
}

/**
 * The municipality once the postal code is typed: the only name of a code that has one; kept when it
 * is one of the code's names (the advisor's choice among several, or typed before the code); emptied
 * when it belongs to another code, so a choice is asked for. Unknown codes leave the field as it is.
 */
export function municipalityAfter(names: readonly string[], current: string): string {
  if (names.length === 0) return current;
  if (names.includes(current.trim())) return current.trim();
  return names.length === 1 ? names[0]! : '';
}

/** The municipality names of a postal code, once the list has arrived (an empty list until then). */
export function useMunicipalityNames(postalCode: string): readonly string[] {
  const [postalCodes, setPostalCodes] = useState<PostalCodes | null>(loaded);
  useEffect(() => {
    if (postalCodes) return undefined;
    let isCurrent = true;
    void loadPostalCodes().then((module) => {
      if (isCurrent) setPostalCodes(module);
    });
    return () => {
      isCurrent = false;
    };
  }, [postalCodes]);
  return postalCodes ? namesFor(postalCodes, postalCode) : [];
}
