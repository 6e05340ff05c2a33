/**
 * Sends items one at a time, in the order they were pushed. A failed item stays first in line, so
 * nothing is skipped or reordered: video chunks must be appended in order, and a keypoint batch that
 * could not be saved is retried by the next drain rather than lost.
 */
export class OrderedSender<T> {
  private readonly queue: T[] = [];
  private running: Promise<void> | null = null;

  constructor(
    private readonly send: (item: T) => Promise<unknown>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Items waiting to be sent, including one being sent now. */
  get pending(): number {
    return this.queue.length;
  }

  push(item: T): void {
    this.queue.push(item);
    // Failures reach onError; the rejected promise itself is only for callers who await drain().
    this.drain().catch(() => undefined);
  }

  /** Resolves once everything pushed so far (and meanwhile) is sent; rejects on the first failure. */
  drain(): Promise<void> {
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(): Promise<void> {
    while (this.queue.length > 0) {
      try {
        await this.send(this.queue[0]);
      } catch (error) {
        this.onError(error);
        throw error;
      }
      this.queue.shift();
    }
  }
}
