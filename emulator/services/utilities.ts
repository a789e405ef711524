// Utilities: formatDate in any zone with Java patterns, formatString, sleep on the emulator clock, blobs, digests.

import { createHash, createHmac } from 'node:crypto';
import type { ServiceEnv } from '../runtime';
import { formatDatePattern } from './date-format';
import { formatJavaString } from './java-format';
import { isDate, metered, signatureError } from './metered';

/** Utilities.Charset: how strings become bytes. */
export const Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;
/** Utilities.DigestAlgorithm. */
export const DigestAlgorithm = {
  MD2: 'MD2',
  MD5: 'MD5',
  SHA_1: 'SHA_1',
  SHA_256: 'SHA_256',
  SHA_384: 'SHA_384',
  SHA_512: 'SHA_512',
} as const;
/** Utilities.MacAlgorithm. */
export const MacAlgorithm = {
  HMAC_MD5: 'HMAC_MD5',
  HMAC_SHA_1: 'HMAC_SHA_1',
  HMAC_SHA_256: 'HMAC_SHA_256',
  HMAC_SHA_384: 'HMAC_SHA_384',
  HMAC_SHA_512: 'HMAC_SHA_512',
} as const;

const NODE_HASH: Record<string, string> = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Apps Script's Utilities.sleep maximum: five minutes. */
export const MAX_SLEEP_MS = 300_000;

/** Where getUuid's counter lives; share one across executions so ids stay unique. */
export interface UuidSource {
  next: number;
}
const sharedUuids: UuidSource = { next: 1 };

/**
 * A deterministic version-4-shaped UUID from a counter: runs are repeatable, ids still unique
 * within one emulator process (real Apps Script returns random ones).
 */
export function counterUuid(n: number): string {
  const hex = n.toString(16).padStart(12, '0').slice(-12);
  return `00000000-0000-4000-8000-${hex}`;
}

type Bytes = number[];

function encoding(charset?: string): BufferEncoding {
  return charset === Charset.US_ASCII ? 'latin1' : 'utf8';
}

/** Java bytes are signed: Apps Script hands out byte arrays with values −128..127. */
export function toSignedBytes(buf: Uint8Array): Bytes {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

function toBuffer(data: unknown, charset?: string): Buffer {
  if (typeof data === 'string') return Buffer.from(data, encoding(charset));
  if (Array.isArray(data) || data instanceof Uint8Array)
    return Buffer.from(Array.from(data as ArrayLike<number>, (b) => b & 0xff));
  if (data && typeof (data as { getBytes?: unknown }).getBytes === 'function')
    return toBuffer((data as { getBytes(): Bytes }).getBytes());
  return Buffer.from(String(data), encoding(charset));
}

/** A Blob: bytes with a name and content type. */
export interface EmulatedBlob {
  getBytes(): Bytes;
  setBytes(data: Bytes): EmulatedBlob;
  getDataAsString(charset?: string): string;
  setDataFromString(data: string, charset?: string): EmulatedBlob;
  getName(): string | null;
  setName(name: string): EmulatedBlob;
  getContentType(): string | null;
  setContentType(contentType: string | null): EmulatedBlob;
  copyBlob(): EmulatedBlob;
  isGoogleType(): boolean;
}

/** Builds a metered Blob (used by Utilities.newBlob and by services that hand out blobs). */
export function createBlob(
  env: ServiceEnv,
  data: unknown,
  contentType: string | null = null,
  name: string | null = null,
): EmulatedBlob {
  let bytes = toBuffer(data);
  const blob: EmulatedBlob = {
    getBytes: () => toSignedBytes(bytes),
    setBytes: (d) => {
      bytes = toBuffer(d);
      return blob;
    },
    getDataAsString: (charset) => bytes.toString(encoding(charset)),
    setDataFromString: (d, charset) => {
      bytes = toBuffer(String(d), charset);
      return blob;
    },
    getName: () => name,
    setName: (n) => {
      name = n;
      return blob;
    },
    getContentType: () => contentType,
    setContentType: (t) => {
      contentType = t;
      return blob;
    },
    copyBlob: () => createBlob(env, Buffer.from(bytes), contentType, name),
    isGoogleType: () => false,
  };
  return metered(env, 'Blob', blob);
}

function webSafe(b64: string): string {
  return b64.replace(/\+/g, '-').replace(/\//g, '_');
}

/**
 * Utilities. formatDate honours the zone through Intl and Java patterns; sleep advances the
 * emulator clock and then checks the execution deadline (Apps Script kills a script mid-sleep).
 */
export function createUtilities(env: ServiceEnv, uuids: UuidSource = sharedUuids) {
  return metered(env, 'Utilities', {
    Charset,
    DigestAlgorithm,
    MacAlgorithm,
    /** Formats `date` in `timeZone` with a Java SimpleDateFormat pattern. */
    formatDate(date: Date, timeZone: string, format: string): string {
      if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string')
        throw signatureError('Utilities.formatDate', [date, timeZone, format]);
      const ms = date.getTime();
      if (Number.isNaN(ms)) throw new Error('Invalid argument: date');
      return formatDatePattern(ms, timeZone, format);
    },
    formatString(template: string, ...args: unknown[]): string {
      return formatJavaString(template, args);
    },
    sleep(milliseconds: number): void {
      const ms = Number(milliseconds);
      if (!Number.isFinite(ms) || ms < 0 || ms > MAX_SLEEP_MS)
        throw new Error(`Invalid argument: milliseconds (0 to ${MAX_SLEEP_MS})`);
      env.clock.advance(Math.floor(ms));
      env.execution().checkDeadline();
    },
    newBlob(data: unknown, contentType?: string, name?: string): EmulatedBlob {
      return createBlob(env, data ?? '', contentType ?? null, name ?? null);
    },
    base64Encode(data: string | Bytes, charset?: string): string {
      return toBuffer(data, charset).toString('base64');
    },
    base64EncodeWebSafe(data: string | Bytes, charset?: string): string {
      return webSafe(toBuffer(data, charset).toString('base64'));
    },
    base64Decode(encoded: string): Bytes {
      return toSignedBytes(Buffer.from(String(encoded), 'base64'));
    },
    base64DecodeWebSafe(encoded: string): Bytes {
      return toSignedBytes(Buffer.from(String(encoded), 'base64url'));
    },
    computeDigest(algorithm: string, value: string | Bytes, charset?: string): Bytes {
      const node = NODE_HASH[String(algorithm)];
      if (!node) throw signatureError('Utilities.computeDigest', [algorithm, value]);
      return toSignedBytes(createHash(node).update(toBuffer(value, charset)).digest());
    },
    computeHmacSignature(
      algorithm: string,
      value: string | Bytes,
      key: string | Bytes,
      charset?: string,
    ): Bytes {
      const node = NODE_HASH[String(algorithm).replace(/^HMAC_/, '')];
      if (!node) throw signatureError('Utilities.computeHmacSignature', [algorithm, value, key]);
      return toSignedBytes(
        createHmac(node, toBuffer(key, charset)).update(toBuffer(value, charset)).digest(),
      );
    },
    computeHmacSha256Signature(
      value: string | Bytes,
      key: string | Bytes,
      charset?: string,
    ): Bytes {
      return toSignedBytes(
        createHmac('sha256', toBuffer(key, charset)).update(toBuffer(value, charset)).digest(),
      );
    },
    getUuid(): string {
      return counterUuid(uuids.next++);
    },
  });
}

/** The Utilities object createUtilities returns. */
export type EmulatedUtilities = ReturnType<typeof createUtilities>;
