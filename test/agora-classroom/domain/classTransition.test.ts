import { describe, expect, it } from 'vitest';
import { classTransition, type ClassTransition } from '../../../src/agora-classroom/mock/classTransition.ts';
import type { ClassState } from '../../../src/agora-classroom/mock/state.ts';

const change: ClassTransition = { kind: 'Change' };
const same: ClassTransition = { kind: 'Unchanged' };
const started: ClassTransition = { kind: 'Conflict', code: 30409100 };
const ended: ClassTransition = { kind: 'Conflict', code: 30409101 };

/** Every (from, to) pair of class states, with the outcome AG-4 and BEHAVIOUR.md give it. */
const TABLE: readonly [ClassState, ClassState, string, ClassTransition][] = [
  [0, 0, 'succeeds with no change (same state)', same],
  [0, 1, 'changes (start)', change],
  [0, 2, 'changes (ends a class that never started, skipping 1)', change],
  [0, 3, 'changes (closes a class that never started, skipping 1 and 2)', change],
  [1, 0, 'conflicts with 30409100 (the class has been started)', started],
  [1, 1, 'succeeds with no change (same state)', same],
  [1, 2, 'changes (end)', change],
  [1, 3, 'changes (closes a running class, skipping 2)', change],
  [2, 0, 'conflicts with 30409101 (the class has been ended)', ended],
  [2, 1, 'conflicts with 30409101 (an ended class cannot restart)', ended],
  [2, 2, 'succeeds with no change (same state)', same],
  [2, 3, 'changes (close)', change],
  [3, 0, 'conflicts with 30409101 (the class has been closed)', ended],
  [3, 1, 'conflicts with 30409101 (the class has been closed)', ended],
  [3, 2, 'conflicts with 30409101 (the class has been closed)', ended],
  [3, 3, 'succeeds with no change (same state)', same],
];

describe('classTransition (AG-4: forward only, same state is a no-op)', () => {
  it('covers all 16 (from, to) pairs', () => {
    expect(new Set(TABLE.map(([from, to]) => `${from}${to}`)).size).toBe(16);
  });

  it.each(TABLE)('%i -> %i: %s', (from, to, _label, expected) => {
    expect(classTransition(from, to)).toEqual(expected);
  });
});
