import { describe, expect, it } from 'vitest';
import { laravelPage } from '../../../src/anyclassroom/mock/laravelPage.ts';

describe('laravelPage (Paginator::resolveCurrentPage: FILTER_VALIDATE_INT and >= 1, else 1)', () => {
  it.each<[unknown, number]>([
    ['1', 1],
    ['2', 2],
    ['40', 40],
    ['+3', 3],
    [' 2', 2],
    ['2\t', 2],
    ['\n7\n', 7],
    [2, 2],
    ['9007199254740991', 9007199254740991],
  ])('reads %j as page %i', (value, page) => {
    expect(laravelPage(value)).toBe(page);
  });

  it.each<[unknown]>([
    ['0'], ['-1'], ['-0'], ['abc'], ['1.0'], ['1.5'], ['0x10'], ['1e2'], ['1e400'], ['02'], ['2a'], [''], [' '], ['+'], ['1 2'],
    ['9007199254740993'], ['99999999999999999999'], [undefined], [null], [0], [-3], [1.5], [Number.NaN], [[2]], [{}],
  ])('reads %j as page 1', (value) => {
    expect(laravelPage(value)).toBe(1);
  });
});
