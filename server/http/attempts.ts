/**
 * Attempts at the door, limited per client address with @fastify/rate-limit. Every enrolment counts
 * (a device enrols once; counting before the code is checked holds against a burst sent in parallel).
 * Of device authentications only failures count, so a device pulling thousands of pages is never
 * slowed, while guessing secrets stops after a few tries per window.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';

export type AttemptKind = 'enrolment' | 'authentication';
export type AttemptLimits = Record<AttemptKind, number> & { windowMs: number };

export const DEFAULT_ATTEMPT_LIMITS: AttemptLimits = { enrolment: 10, authentication: 30, windowMs: 60_000 };

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;

export type FailedAttempts = {
  /** Counts one attempt; whether this client has now tried too often in the current window. */
  isOverLimit(request: FastifyRequest, kind: AttemptKind): Promise<boolean>;
  /** Whether this client already failed too often in the current window (counts nothing). */
  isBlocked(request: FastifyRequest, kind: AttemptKind): Promise<boolean>;
  recordFailure(request: FastifyRequest, kind: AttemptKind): Promise<void>;
  /** Milliseconds until a blocked client may try again. */
  retryAfterMs: number;
};

export function limitFailedAttempts(app: FastifyInstance, limits: AttemptLimits): FailedAttempts {
  void app.register(rateLimit, { global: false });
  const limiters = new Map<AttemptKind, Limiter>();
  // Made at the first request: the plugin's decorator exists once the app has started.
  const limiterOf = (kind: AttemptKind): Limiter => {
    const existing = limiters.get(kind);
    if (existing) return existing;
    const made = app.createRateLimit({
      max: limits[kind],
      timeWindow: limits.windowMs,
      keyGenerator: (request) => `${kind}:${request.ip}`,
    });
    limiters.set(kind, made);
    return made;
  };
  return {
    async isOverLimit(request, kind) {
      const state = await limiterOf(kind)(request);
      return !state.isAllowed && state.isExceeded;
    },
    async isBlocked(request, kind) {
      const state = await limiterOf(kind)(request, { increment: false });
      // `isAllowed` means "on the allow list", which no client is here.
      return !state.isAllowed && state.remaining <= 0;
    },
    async recordFailure(request, kind) {
      await limiterOf(kind)(request);
    },
    retryAfterMs: limits.windowMs,
  };
}
