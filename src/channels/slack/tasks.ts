/**
 * Work still running after Slack has been answered "received" (answers, Home tab
 * publishes), so a stop can wait for it and tests can wait for quiet instead of sleeping.
 */
export class Tasks {
  private readonly running = new Set<Promise<unknown>>();

  run<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    const done = () => this.running.delete(work);
    work.then(done, done);
    return work;
  }

  /** Resolves when nothing is running, including work started by work that was running. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
