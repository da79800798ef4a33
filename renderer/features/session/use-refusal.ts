/**
 * The refusal a sign-in or unlock screen shows. One refused for too many attempts says how long to
 * wait: the time left keeps counting down on screen, and the message goes when the wait is over.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ContractError } from '../../../shared/contract/errors';

type Refusal = { error: ContractError; deadline: number | null };

function secondsLeftOf(error: ContractError): number | null {
  const seconds = error.messageKey === 'errors.session.throttled' ? error.details?.['secondsLeft'] : undefined;
  return typeof seconds === 'number' && Number.isFinite(seconds) ? seconds : null;
}

/** As `useState<ContractError | null>`, with a throttled refusal's time left kept current. */
export function useRefusal(): [ContractError | null, (error: ContractError | null) => void] {
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const deadline = refusal?.deadline ?? null;

  useEffect(() => {
    if (deadline === null) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [deadline]);

  const show = useCallback((error: ContractError | null) => {
    const at = Date.now();
    const seconds = error && secondsLeftOf(error);
    setNow(at);
    setRefusal(error && { error, deadline: seconds === null ? null : at + seconds * 1000 });
  }, []);

  if (refusal === null || refusal.deadline === null) return [refusal?.error ?? null, show];
  const left = Math.ceil((refusal.deadline - now) / 1000);
  if (left <= 0) return [null, show];
  const params = { minutes: Math.floor(left / 60), seconds: left % 60 };
  return [{ ...refusal.error, details: { ...refusal.error.details, secondsLeft: left, params } }, show];
}
