import fc from 'fast-check';

/**
 * One generated piece of a request (a path segment, a header list, a body) with the labels of what
 * was made invalid in it (`[]` when it is valid). The labels of all pieces become
 * `FuzzRequest.mutations`, which a failure report prints.
 */
export interface Part<T> {
  readonly value: T;
  readonly mutations: readonly string[];
}

/** Pieces that are valid. */
export const validPart = <T>(values: fc.Arbitrary<T>): fc.Arbitrary<Part<T>> => values.map((value) => ({ value, mutations: [] }));

/** Pieces made invalid on purpose, labelled `label`. */
export const invalidPart = <T>(values: fc.Arbitrary<T>, label: string): fc.Arbitrary<Part<T>> => values.map((value) => ({ value, mutations: [label] }));

/** Joins pieces: their values in order and all their labels. */
export const joinParts = <T>(parts: readonly Part<T>[]): Part<T[]> => ({ value: parts.map((p) => p.value), mutations: parts.flatMap((p) => p.mutations) });
