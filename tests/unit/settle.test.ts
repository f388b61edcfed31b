import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { changeKind, createChangeRun, isStepKey, SETTLE_MS, type SettleTimers } from '../../src/interactive/settle.ts';

/** Timers the test moves by hand: `advance(ms)` fires what is due. */
function fakeTimers(): SettleTimers & { advance(ms: number): void; pending(): number } {
  let now = 0;
  let nextId = 1;
  const due = new Map<number, { at: number; callback: () => void }>();
  return {
    set(callback, ms) {
      const id = nextId++;
      due.set(id, { at: now + ms, callback });
      return id;
    },
    clear(handle) {
      due.delete(handle as number);
    },
    advance(ms) {
      now += ms;
      for (const [id, timer] of [...due]) {
        if (timer.at <= now) {
          due.delete(id);
          timer.callback();
        }
      }
    },
    pending: () => due.size,
  };
}

describe('which changes are deliberate', () => {
  test('arrow keys, Home/End, Page keys and type-ahead letters step through a select', () => {
    for (const key of ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown', 'h', 'Đ']) {
      assert.equal(isStepKey(key), true, key);
    }
    for (const key of ['Enter', 'Tab', 'Escape', 'Shift', 'F5']) assert.equal(isStepKey(key), false, key);
  });

  test('a select changed after a step key is a step; after a pointer or Enter it is deliberate', () => {
    assert.equal(changeKind('SELECT', 'ArrowDown'), 'step');
    assert.equal(changeKind('select', 'n'), 'step');
    assert.equal(changeKind('SELECT', null), 'deliberate', 'a pointer came last');
    assert.equal(changeKind('SELECT', 'Enter'), 'deliberate');
  });

  test('other controls are always deliberate: a chip changes the hidden units input once', () => {
    assert.equal(changeKind('INPUT', 'ArrowDown'), 'deliberate');
    assert.equal(changeKind('INPUT', null), 'deliberate');
  });
});

describe('a run of steps is one history entry', () => {
  test('the first step pushes, the next ones replace, and the run ends after the settle time', () => {
    const timers = fakeTimers();
    const run = createChangeRun(timers);
    assert.deepEqual(
      ['step', 'step', 'step'].map(() => run.change('step')),
      ['push', 'replace', 'replace'],
    );
    timers.advance(SETTLE_MS - 1);
    assert.equal(run.isOpen(), true, 'each step restarts the wait');
    assert.equal(run.change('step'), 'replace');
    timers.advance(SETTLE_MS - 1);
    assert.equal(run.isOpen(), true);
    timers.advance(1);
    assert.equal(run.isOpen(), false);
    assert.equal(run.change('step'), 'push', 'a step after the run settled starts a new entry');
  });

  test('ending the run (Enter, blur) makes the next step push', () => {
    const timers = fakeTimers();
    const run = createChangeRun(timers);
    assert.equal(run.change('step'), 'push');
    run.end();
    assert.equal(timers.pending(), 0, 'no timer left behind');
    assert.equal(run.change('step'), 'push');
  });

  test('a deliberate change always pushes and ends the run', () => {
    const timers = fakeTimers();
    const run = createChangeRun(timers);
    run.change('step');
    assert.equal(run.change('deliberate'), 'push');
    assert.equal(run.isOpen(), false);
    assert.equal(run.change('deliberate'), 'push');
    assert.equal(run.change('step'), 'push');
  });
});
