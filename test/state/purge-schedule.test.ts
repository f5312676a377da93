import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createPurgeSchedule } from '../../src/state/purge-schedule.ts';
import { createTestClock } from './test-clock.ts';

it('is due on first use, then once per interval', () => {
  const clock = createTestClock();
  const schedule = createPurgeSchedule(clock.now, 1_000);
  assert.equal(schedule.due(), true);
  assert.equal(schedule.due(), false);
  clock.advance(999);
  assert.equal(schedule.due(), false);
  clock.advance(1);
  assert.equal(schedule.due(), true);
  assert.equal(schedule.due(), false);
});
