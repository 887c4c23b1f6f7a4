import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for Slack tokens at rest. Every ciphertext names the key that sealed it, so the key
 * can rotate: new ciphertexts use the current key, old ones open with any key still listed as
 * previous until `npm run tokens:rotate` has re-sealed them.
 *
 * Sealed form: `v1.<key id>.<iv>.<auth tag>.<ciphertext>`, the last three base64url. The caller's
 * `context` (which row and field) is bound in as associated data, so a ciphertext copied into
 * another row or field does not open.
 */
const FORMAT_VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type TokenKey = { id: string; secret: Buffer };
export type TokenKeyring = { current: TokenKey; previous: TokenKey[] };

export class TokenKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenKeyError';
  }
}

export type TokenDecryptionFailure = 'malformed' | 'unknown_key' | 'tampered';

/** A ciphertext that cannot be opened; the message never contains the ciphertext or the key. */
export class TokenDecryptionError extends Error {
  constructor(
    readonly reason: TokenDecryptionFailure,
    message: string,
  ) {
    super(message);
    this.name = 'TokenDecryptionError';
  }
}

/** A public fingerprint of a key: stored with each ciphertext, useless for recovering the key. */
function keyIdOf(secret: Buffer): string {
  return createHash('sha256').update('tandem-token-key:').update(secret).digest('hex').slice(0, 16);
}

/** A key given as base64 of exactly 32 random bytes (`openssl rand -base64 32`). */
export function parseTokenKey(base64: string): TokenKey {
  const text = base64.trim();
  const secret = Buffer.from(text, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || secret.length !== KEY_BYTES) {
    throw new TokenKeyError(
      `must be base64 of exactly ${KEY_BYTES} bytes (it decodes to ${secret.length}); generate one with: openssl rand -base64 32`,
    );
  }
  return { id: keyIdOf(secret), secret };
}

export function createTokenKeyring(currentBase64: string, previousBase64: string[] = []): TokenKeyring {
  const current = parseTokenKey(currentBase64);
  const previous = previousBase64.map(parseTokenKey).filter((key) => key.id !== current.id);
  return { current, previous };
}

export class TokenCipher {
  private readonly keys: Map<string, Buffer>;

  constructor(private readonly keyring: TokenKeyring) {
    this.keys = new Map([keyring.current, ...keyring.previous].map((key) => [key.id, key.secret]));
  }

  get currentKeyId(): string {
    return this.keyring.current.id;
  }

  encrypt(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.keyring.current.secret, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [
      FORMAT_VERSION,
      this.keyring.current.id,
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      ciphertext.toString('base64url'),
    ].join('.');
  }

  decrypt(sealed: string, context: string): string {
    const parts = sealed.split('.');
    const [version, keyId, iv, tag, ciphertext] = parts;
    if (
      parts.length !== 5 ||
      version !== FORMAT_VERSION ||
      !keyId ||
      !iv ||
      !tag ||
      ciphertext === undefined
    ) {
      throw new TokenDecryptionError('malformed', 'the stored token is not a Tandem v1 ciphertext');
    }
    const secret = this.keys.get(keyId);
    if (!secret) {
      throw new TokenDecryptionError(
        'unknown_key',
        `the stored token was sealed with key ${keyId}, which is neither TOKEN_ENCRYPTION_KEY nor listed in TOKEN_ENCRYPTION_KEYS_OLD`,
      );
    }
    const ivBytes = Buffer.from(iv, 'base64url');
    const tagBytes = Buffer.from(tag, 'base64url');
    if (ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES) {
      throw new TokenDecryptionError(
        'malformed',
        'the stored token has a bad nonce or authentication tag length',
      );
    }
    try {
      const decipher = createDecipheriv(ALGORITHM, secret, ivBytes, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(tagBytes);
      return Buffer.concat([
        decipher.update(Buffer.from(ciphertext, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      throw new TokenDecryptionError(
        'tampered',
        'the stored token failed authentication: it was altered, or belongs to another row or field',
      );
    }
  }

  /** True when `sealed` was sealed with the current key, so rotation can skip it. */
  isSealedWithCurrentKey(sealed: string): boolean {
    return sealed.split('.')[1] === this.keyring.current.id;
  }
}
