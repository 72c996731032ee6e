// How a type mapping (`withTypeMapping`, `commandOptions.typeMapping`) and the RESP version flow
// into reply types. The command signatures declare replies as plain TypeScript types; a plain
// part is read by its shape:
//   - a `string` is a blob string (BLOB_STRING maps it); a string literal ('OK') a simple string
//     (SIMPLE_STRING);
//   - a `number` is an integer (NUMBER);
//   - arrays, tuples and objects map part by part; null, booleans, Buffers stay as they are.
// Where the shape does not tell how the server sends a part, the part is marked with the alias
// below that says it (`SimpleStringReply`, `DoubleReply`, `MapReply`...). A marked part reads as
// its plain type everywhere (a `DoubleReply` is a number): the mark is an optional property under
// a symbol no value has.

import type { VerbatimString } from '../index';
import type { ReplyUnion } from './cluster-scripting';

declare const RESP_TYPE: unique symbol;

/** `T`, sent as the RESP type `CODE` (a RESP_TYPES code, or a ferrodis rule name). */
type Sent<T, CODE> = T & { readonly [RESP_TYPE]?: [CODE, T] };

/** A string the server sends as a simple string (SIMPLE_STRING maps it). */
export type SimpleStringReply<T extends string = string> = Sent<T, 43>;
/** A string sent as a blob string (BLOB_STRING maps it); the unmarked `string` already means it. */
export type BlobStringReply<T extends string = string> = Sent<T, 36>;
/** Text sent as a verbatim string on RESP3 (VERBATIM_STRING maps it), a blob string on RESP2. */
export type VerbatimStringReply = Sent<string, 61>;
/** A double: a number on RESP2 as on RESP3 (the client parses RESP2's blob string); DOUBLE maps
 *  it (e.g. to String: the digits as the server sent them). */
export type DoubleReply = Sent<number, 44>;
/** A double as the server sends it: a blob string on RESP2 (a `string`, BLOB_STRING maps it), a
 *  double on RESP3 (a `number`, DOUBLE maps it). */
export type RespDoubleReply = Sent<string | number, 'double'>;
/** An integer (NUMBER maps it); the unmarked `number` already means it. */
export type NumberReply<T extends number = number> = Sent<T, 58>;
/** A map: an object by default; MAP maps it to a `Map` or a flat `[key, value, ...]` array. */
export type MapReply<V> = Sent<Record<string, V>, 37>;
/** A set: an array on RESP2; on RESP3 an array unless SET maps it to a `Set`. */
export type SetReply<T> = Sent<T[], 126>;
/** A value the client computes from the reply: no type mapping changes it. */
export type ComputedReply<T> = Sent<T, 'computed'>;

/** The JS type a type mapping entry (a constructor or a function) turns a part into; `D` when
 *  the entry does not say. */
type MappedTo<M, D> =
  M extends BufferConstructor ? Buffer :
  M extends StringConstructor ? string :
  M extends NumberConstructor ? number :
  M extends BigIntConstructor ? bigint :
  M extends BooleanConstructor ? boolean :
  M extends new (...args: any[]) => infer T ? T :
  M extends (...args: any[]) => infer T ? T :
  D;

/** A scalar part sent as `CODE`, with `D` its type without a mapping. */
type Scalar<CODE, D, TM> = CODE extends keyof TM ? MappedTo<TM[CODE], D> : D;

type IsAny<T> = 0 extends 1 & T ? true : false;

/** A reply as a client with type mapping `TM` and RESP version `RESP` returns it. */
export type MappedReply<R, TM, RESP> =
  IsAny<R> extends true ? R :
  [ReplyUnion] extends [R] ? R :
  R extends null | undefined | void | boolean | bigint | Buffer | Error | Date | VerbatimString | ReadonlySet<unknown> | ReadonlyMap<unknown, unknown> ? R :
  // (an unmarked type fails this test or infers `unknown`: weak-type detection decides which)
  R extends { readonly [RESP_TYPE]?: [infer CODE, infer T] } ?
    unknown extends CODE ? PlainReply<R, TM, RESP> : MarkedReply<CODE, T, TM, RESP> :
  PlainReply<R, TM, RESP>;

type PlainReply<R, TM, RESP> =
  R extends string ? (string extends R ? Scalar<36, R, TM> : Scalar<43, R, TM>) :
  R extends number ? Scalar<58, R, TM> :
  R extends object ? { [K in keyof R]: MappedReply<R[K], TM, RESP> } :
  R;

type MarkedReply<CODE, T, TM, RESP> =
  CODE extends 'computed' ? T :
  CODE extends 'double' ? (RESP extends 3 ? Scalar<44, number, TM> : Scalar<36, string, TM>) :
  CODE extends 61 ? (RESP extends 3 ? Scalar<61, string, TM> : Scalar<36, string, TM>) :
  CODE extends 37 ? MapOf<T extends Record<string, infer V> ? MappedReply<V, TM, RESP> : never, TM> :
  CODE extends 126 ? SetOf<T extends Array<infer E> ? MappedReply<E, TM, RESP> : never, TM, RESP> :
  Scalar<CODE, T, TM>;

type MapOf<V, TM> =
  37 extends keyof TM ?
    TM[37] extends MapConstructor ? Map<Scalar<36, string, TM>, V> :
    TM[37] extends ArrayConstructor ? Array<Scalar<36, string, TM> | V> :
    Record<string, V> :
  Record<string, V>;

type SetOf<E, TM, RESP> = RESP extends 3 ? (126 extends keyof TM ? (TM[126] extends SetConstructor ? Set<E> : E[]) : E[]) : E[];
