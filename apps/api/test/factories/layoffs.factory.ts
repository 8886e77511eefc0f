import { randomUUID } from 'node:crypto';
import type { TestApp } from '../helpers/test-app';

/** hr_demo's company (城西区) files a layoff of 25 of 200 workers: answers the API's response. */
export async function fileLayoff(
  t: TestApp,
  hr: string,
  dates: { plannedDate: string; noticeDate: string },
  overrides: Record<string, unknown> = {},
) {
  return t
    .http()
    .post('/api/v1/layoffs')
    .set('Authorization', hr)
    .set('Idempotency-Key', randomUUID())
    .send({
      totalWorkforce: 200,
      layoffCount: 25,
      reasons: '生产经营发生严重困难，主要生产线停产',
      ...dates,
      ...overrides,
    });
}
