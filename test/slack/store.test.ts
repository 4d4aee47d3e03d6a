import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore, openStore, STORE_FILE } from '../../src/store/open-store.js';
import { SCHEMA_VERSION } from '../../src/store/migrations.js';
import type { QuestionEntry } from '../../src/store/question-log.js';
import type { Store } from '../../src/store/store.js';

const T0 = new Date('2011-02-10T10:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

let store: Store | undefined;
let dir: string | undefined;
afterEach(() => {
  store?.close();
  store = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const memory = () => (store = openSqliteStore(':memory:'));

describe('processed deliveries', () => {
  it('claims a delivery once; any key already seen makes it a repeat', () => {
    const s = memory();
    expect(s.deliveries.claim(['event:Ev1', 'message:T1:C1:1.1'], T0, 600_000)).toBe(true);
    expect(s.deliveries.claim(['event:Ev1', 'message:T1:C1:1.1'], at(1), 600_000)).toBe(false);
    // The same message under a new event id (Slack has sent those).
    expect(s.deliveries.claim(['event:Ev2', 'message:T1:C1:1.1'], at(1), 600_000)).toBe(false);
    // A refused claim records nothing: Ev2 alone is still new.
    expect(s.deliveries.claim(['event:Ev2'], at(1), 600_000)).toBe(true);
  });

  it('forgets keys once they expire', () => {
    const s = memory();
    s.deliveries.claim(['event:Ev1'], T0, 10 * 60_000);
    expect(s.deliveries.claim(['event:Ev1'], at(9), 60_000)).toBe(false);
    expect(s.deliveries.purge(at(11))).toBe(1);
    expect(s.deliveries.claim(['event:Ev1'], at(11), 60_000)).toBe(true);
  });
});

describe('pending questions', () => {
  it('keeps questions per channel, oldest first, until removed', () => {
    const s = memory();
    s.pending.add({ id: 'b', channel: 'slack', receivedAt: at(2), payload: '{"n":2}' });
    s.pending.add({ id: 'a', channel: 'slack', receivedAt: at(1), payload: '{"n":1}' });
    s.pending.add({ id: 'c', channel: 'teams', receivedAt: at(0), payload: '{}' });
    expect(s.pending.list('slack').map((p) => [p.id, p.receivedAt.toISOString(), p.payload])).toEqual([
      ['a', at(1).toISOString(), '{"n":1}'],
      ['b', at(2).toISOString(), '{"n":2}'],
    ]);
    s.pending.remove('a');
    expect(s.pending.list('slack').map((p) => p.id)).toEqual(['b']);
  });

  it('writes nothing from a transaction that throws', () => {
    const s = memory();
    expect(() =>
      s.transaction(() => {
        s.deliveries.claim(['event:Ev9'], T0, 60_000);
        s.pending.add({ id: 'x', channel: 'slack', receivedAt: T0, payload: '{}' });
        throw new Error('crash');
      }),
    ).toThrow('crash');
    expect(s.pending.list('slack')).toEqual([]);
    expect(s.deliveries.claim(['event:Ev9'], T0, 60_000)).toBe(true);
  });
});

describe('question log', () => {
  const entry: QuestionEntry = {
    id: 'q1',
    channel: 'slack',
    surface: 'dm',
    askedAt: T0,
    question: 'When does consultation close?',
    intent: 'general',
    bestSourceRef: 'faq/when-does-consultation-close.md',
    confidence: 0.9,
    abstained: false,
    askerSlackId: 'U1234',
    answeredAt: null,
  };

  it('records, then updates the answer without losing feedback', () => {
    const s = memory();
    s.questions.record(entry);
    expect(s.questions.setFeedback('q1', 'down', at(1))).toBe(true);
    s.questions.record({ ...entry, answeredAt: at(2) });
    expect(s.questions.get('q1')).toEqual({ ...entry, answeredAt: at(2), feedback: 'down', feedbackAt: at(1), sentToHrAt: null, resolvedFaqId: null, resolvedAt: null, notifiedAt: null });
  });

  it('keeps the last feedback click', () => {
    const s = memory();
    s.questions.record(entry);
    s.questions.setFeedback('q1', 'up', at(1));
    s.questions.setFeedback('q1', 'down', at(2));
    s.questions.setFeedback('q1', 'up', at(3));
    expect(s.questions.get('q1')).toMatchObject({ feedback: 'up', feedbackAt: at(3) });
    expect(s.questions.setFeedback('nope', 'up', at(3))).toBe(false);
  });

  it('marks a question sent to HR once, and can undo it', () => {
    const s = memory();
    s.questions.record(entry);
    expect(s.questions.markSentToHr('q1', at(1))).toBe(true);
    expect(s.questions.markSentToHr('q1', at(2))).toBe(false);
    s.questions.unmarkSentToHr('q1');
    expect(s.questions.markSentToHr('q1', at(3))).toBe(true);
    expect(s.questions.get('q1')?.sentToHrAt).toEqual(at(3));
  });

  it('forgets askers of old questions and lists by date', () => {
    const s = memory();
    s.questions.record(entry);
    s.questions.record({ ...entry, id: 'q2', askedAt: at(60) });
    expect(s.questions.forgetAskers(at(30))).toBe(1);
    expect(s.questions.list(T0).map((q) => [q.id, q.askerSlackId])).toEqual([
      ['q1', null],
      ['q2', 'U1234'],
    ]);
    expect(s.questions.list(at(1)).map((q) => q.id)).toEqual(['q2']);
  });
});

describe('identity cache and home viewers', () => {
  it('returns an email (or a known absence of one) until it expires', () => {
    const s = memory();
    s.identities.put('U1', 'pat@example.org', T0, 60 * 60_000);
    s.identities.put('U2', null, T0, 60 * 60_000);
    expect(s.identities.get('U1', at(59))).toEqual({ userId: 'U1', email: 'pat@example.org', fetchedAt: T0 });
    expect(s.identities.get('U2', at(59))?.email).toBeNull();
    expect(s.identities.get('U1', at(60))).toBeNull();
    expect(s.identities.purge(at(60))).toBe(2);
  });

  it('lists who opened the Home tab since a date', () => {
    const s = memory();
    s.homeViewers.touch('U1', at(1));
    s.homeViewers.touch('U2', at(2));
    s.homeViewers.touch('U1', at(3));
    expect(s.homeViewers.list(T0)).toEqual(['U2', 'U1']);
    expect(s.homeViewers.list(at(3))).toEqual(['U1']);
  });
});

describe('openStore', () => {
  it('creates DATA_DIR and a WAL-mode SQLite file that survives reopening', () => {
    dir = mkdtempSync(join(tmpdir(), 'store-'));
    const dataDir = join(dir, 'nested', 'data');
    const first = openStore(dataDir);
    first.pending.add({ id: 'p', channel: 'slack', receivedAt: T0, payload: '{}' });
    first.close();
    store = openStore(dataDir);
    expect(store.pending.list('slack').map((p) => p.id)).toEqual(['p']);
    const db = new Database(join(dataDir, STORE_FILE), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });
});
