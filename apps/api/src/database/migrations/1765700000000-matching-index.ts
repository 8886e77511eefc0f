import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col, ensureColumn, ensureIndices, ensureTable, hasTrigger, isMysql } from '../migration-helpers';

/** Tags that put a worker first in staff views (困难职工, 零就业家庭): kept in `worker.match_priority`. */
const PRIORITY_TAGS = "('HARDSHIP', 'ZERO_EMPLOYMENT_HOUSEHOLD')";

/**
 * Matching at provincial scale (decision "Matching by bounded candidate sets"). The fit score is
 * computed over candidate sets read on indexes, so each part it ranks by must be indexable:
 * - `worker.match_priority` (1 when the worker has a priority tag), kept by triggers on `worker_tag`;
 * - `worker_skill`: one row per worker and skill, with the worker's county and priority, kept by
 *   triggers on `worker` from its JSON `skills` (every path that writes a worker keeps it right);
 * - `job_posting_skill`: one row per posting and required skill, with the posting's county.
 * The triggers are the same on SQLite (json_each) and MySQL/MariaDB (JSON_TABLE).
 */
export class MatchingIndex1765700000000 implements MigrationInterface {
  name = 'MatchingIndex1765700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = isMysql(queryRunner);
    await ensureColumn(queryRunner, 'worker', col.int('match_priority', { default: 0 }));
    await ensureIndices(queryRunner, 'worker', [
      new TableIndex({ name: 'idx_worker_match', columnNames: ['match_priority', 'region_code', 'employment_status'] }),
    ]);
    await ensureTable(
      queryRunner,
      new Table({
        name: 'worker_skill',
        columns: [
          col.int('worker_id', { isPrimary: true }),
          col.str('skill', 64, { isPrimary: true }),
          col.str('region_code', 12),
          col.int('match_priority', { default: 0 }),
        ],
        indices: [
          { name: 'idx_worker_skill_match', columnNames: ['skill', 'match_priority', 'region_code', 'worker_id'] },
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'job_posting_skill',
        columns: [
          col.int('posting_id', { isPrimary: true }),
          col.str('skill', 64, { isPrimary: true }),
          col.str('region_code', 12),
        ],
        indices: [{ name: 'idx_job_posting_skill_match', columnNames: ['skill', 'region_code', 'posting_id'] }],
      }),
    );

    // the skills of one row (alias `r`) as rows `j.skill`, each at most 64 characters
    const skillsOf = (column: string) =>
      mysql
        ? `JSON_TABLE(${column}, '$[*]' COLUMNS (skill VARCHAR(255) PATH '$')) j WHERE j.skill IS NOT NULL AND CHAR_LENGTH(j.skill) BETWEEN 1 AND 64`
        : `json_each(${column}) je WHERE je.type = 'text' AND length(je.value) BETWEEN 1 AND 64`;
    const skillCol = mysql ? 'j.skill' : 'je.value';
    const workerSkills = (w: string) =>
      `INSERT INTO worker_skill (worker_id, skill, region_code, match_priority) SELECT DISTINCT ${w}.id, ${skillCol}, ${w}.region_code, ${w}.match_priority FROM ${skillsOf(`${w}.skills`)}`;
    const postingSkills = (p: string) =>
      `INSERT INTO job_posting_skill (posting_id, skill, region_code) SELECT DISTINCT ${p}.id, ${skillCol}, ${p}.region_code FROM ${skillsOf(`${p}.skills`)}`;
    const priorityOf = (workerId: string) =>
      `UPDATE worker SET match_priority = (CASE WHEN EXISTS (SELECT 1 FROM worker_tag t WHERE t.worker_id = ${workerId} AND t.tag IN ${PRIORITY_TAGS}) THEN 1 ELSE 0 END) WHERE id = ${workerId}`;

    // what is there already (before the triggers, which would redo each row)
    await queryRunner.query(
      `UPDATE worker SET match_priority = 1 WHERE match_priority = 0 AND id IN (SELECT worker_id FROM worker_tag WHERE tag IN ${PRIORITY_TAGS})`,
    );
    await queryRunner.query('DELETE FROM worker_skill');
    await queryRunner.query(workerSkills('w').replace(' FROM ', ' FROM worker w, '));
    await queryRunner.query('DELETE FROM job_posting_skill');
    await queryRunner.query(postingSkills('p').replace(' FROM ', ' FROM job_posting p, '));

    const triggers: { name: string; table: string; event: string; body: string[] }[] = [
      {
        name: 'worker_tag_priority_ins',
        table: 'worker_tag',
        event: 'AFTER INSERT',
        body: [priorityOf('NEW.worker_id')],
      },
      {
        name: 'worker_tag_priority_del',
        table: 'worker_tag',
        event: 'AFTER DELETE',
        body: [priorityOf('OLD.worker_id')],
      },
      {
        name: 'worker_tag_priority_upd',
        table: 'worker_tag',
        event: 'AFTER UPDATE',
        body: [priorityOf('OLD.worker_id'), priorityOf('NEW.worker_id')],
      },
      { name: 'worker_skill_ins', table: 'worker', event: 'AFTER INSERT', body: [workerSkills('NEW')] },
      {
        name: 'worker_skill_upd',
        table: 'worker',
        event: mysql ? 'AFTER UPDATE' : 'AFTER UPDATE OF skills, region_code, match_priority',
        body: ['DELETE FROM worker_skill WHERE worker_id = OLD.id', workerSkills('NEW')],
      },
      {
        name: 'worker_skill_del',
        table: 'worker',
        event: 'AFTER DELETE',
        body: ['DELETE FROM worker_skill WHERE worker_id = OLD.id'],
      },
      { name: 'job_posting_skill_ins', table: 'job_posting', event: 'AFTER INSERT', body: [postingSkills('NEW')] },
      {
        name: 'job_posting_skill_upd',
        table: 'job_posting',
        event: mysql ? 'AFTER UPDATE' : 'AFTER UPDATE OF skills, region_code',
        body: ['DELETE FROM job_posting_skill WHERE posting_id = OLD.id', postingSkills('NEW')],
      },
      {
        name: 'job_posting_skill_del',
        table: 'job_posting',
        event: 'AFTER DELETE',
        body: ['DELETE FROM job_posting_skill WHERE posting_id = OLD.id'],
      },
    ];
    for (const t of triggers) {
      if (await hasTrigger(queryRunner, t.name)) continue;
      let body = t.body.map((s) => `${s};`).join(' ');
      // MySQL: only when what the rows derive from changed (SQLite says it with UPDATE OF)
      if (mysql && t.name === 'worker_skill_upd') {
        body = `IF NOT (OLD.skills <=> NEW.skills AND OLD.region_code <=> NEW.region_code AND OLD.match_priority <=> NEW.match_priority) THEN ${body} END IF;`;
      } else if (mysql && t.name === 'job_posting_skill_upd') {
        body = `IF NOT (OLD.skills <=> NEW.skills AND OLD.region_code <=> NEW.region_code) THEN ${body} END IF;`;
      }
      await queryRunner.query(`CREATE TRIGGER ${t.name} ${t.event} ON ${t.table} FOR EACH ROW BEGIN ${body} END`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of [
      'worker_tag_priority_ins',
      'worker_tag_priority_del',
      'worker_tag_priority_upd',
      'worker_skill_ins',
      'worker_skill_upd',
      'worker_skill_del',
      'job_posting_skill_ins',
      'job_posting_skill_upd',
      'job_posting_skill_del',
    ]) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS ${name}`);
    }
    await queryRunner.dropTable('job_posting_skill', true);
    await queryRunner.dropTable('worker_skill', true);
    await queryRunner.dropIndex('worker', 'idx_worker_match');
    await queryRunner.dropColumn('worker', 'match_priority');
  }
}
