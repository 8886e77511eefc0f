import { startTestApp, TestApp } from './helpers/test-app';

/**
 * Two transactions that take the same two rows in opposite order at the same moment: on MariaDB
 * InnoDB rolls one back to break the deadlock, and the API runs that one again; on SQLite they
 * take turns. Either way both commit, once each.
 */
describe('transactions that cross each other', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.db.query('CREATE TABLE deadlock_probe (id INT PRIMARY KEY, n INT NOT NULL)');
    await t.db.query('INSERT INTO deadlock_probe (id, n) VALUES (1, 0), (2, 0)');
  });
  afterAll(async () => {
    await t.db.query('DROP TABLE deadlock_probe');
    await t.close();
  });

  it('both commit, each once, when InnoDB picks one of them to break a deadlock', async () => {
    // each waits (a little) for the other to hold its first row before taking its second
    const held = [false, false];
    const other = async (me: number) => {
      for (let i = 0; i < 40 && !held[1 - me]; i++) await new Promise((r) => setTimeout(r, 5));
    };
    let runs = 0;
    const crossing = (me: number, first: number, second: number) =>
      t.db.transaction(async (m) => {
        runs += 1;
        await m.query('UPDATE deadlock_probe SET n = n + 1 WHERE id = ?', [first]);
        held[me] = true;
        await other(me);
        await m.query('UPDATE deadlock_probe SET n = n + 1 WHERE id = ?', [second]);
      });
    await Promise.all([crossing(0, 1, 2), crossing(1, 2, 1)]);
    const rows: { id: number; n: number }[] = await t.db.query('SELECT id, n FROM deadlock_probe ORDER BY id');
    expect(rows.map((r) => Number(r.n))).toEqual([2, 2]);
    expect(runs).toBeGreaterThanOrEqual(2);
  });
});
