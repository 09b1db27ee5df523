/**
 * One token bucket for all clients together: the collector keeps nothing about who sends, so it
 * cannot limit per client. Holds up to one second's worth, refilled continuously.
 */
export class RateLimiter {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = perSecond;
    this.last = now();
  }

  /** Takes one token: 0 when allowed, else the whole seconds to wait before trying again. */
  take(): number {
    if (this.perSecond === 0) return 0;
    const now = this.now();
    this.tokens = Math.min(this.perSecond, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - this.tokens) / this.perSecond));
  }
}
