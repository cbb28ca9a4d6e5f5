import { expect } from "vitest";

type ErrorClass<E extends Error> = abstract new (...args: never[]) => E;

/** The error `fn` throws, which must be an `errorClass`; fails the test when it throws none or another. */
export function thrown<E extends Error>(errorClass: ErrorClass<E>, fn: () => unknown): E {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(errorClass);
    return err as E;
  }
  throw new Error(`expected a ${errorClass.name}`);
}

/** The error `promise` rejects with, which must be an `errorClass`; fails the test when it resolves. */
export async function rejected<E extends Error>(errorClass: ErrorClass<E>, promise: Promise<unknown>): Promise<E> {
  const err = await promise.then(() => new Error(`expected a ${errorClass.name}`), (e: unknown) => e);
  expect(err).toBeInstanceOf(errorClass);
  return err as E;
}
