import { randomBytes } from 'node:crypto';
import {
  createTokenKeyring,
  parseTokenKey,
  TokenCipher,
  TokenDecryptionError,
  TokenKeyError,
} from '../../src/security/tokenCipher';

const key = () => randomBytes(32).toString('base64');
const TOKEN = 'xoxb-1234-5678-abcdefghijklmnop';
const CONTEXT = 'installation:team:T1:bot_token';

function decryptionFailure(run: () => unknown): TokenDecryptionError {
  try {
    run();
  } catch (error) {
    if (error instanceof TokenDecryptionError) return error;
    throw error;
  }
  throw new Error('expected decryption to fail');
}

/** Flips one bit of the base64url part at `index` of a sealed token. */
function flipBit(sealed: string, index: number): string {
  const parts = sealed.split('.');
  const bytes = Buffer.from(parts[index] ?? '', 'base64url');
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  parts[index] = bytes.toString('base64url');
  return parts.join('.');
}

describe('TokenCipher', () => {
  it('round-trips a token; the ciphertext names its key and never contains the token', () => {
    const cipher = new TokenCipher(createTokenKeyring(key()));
    const sealed = cipher.encrypt(TOKEN, CONTEXT);
    expect(sealed).toMatch(/^v1\.[0-9a-f]{16}\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed.split('.')[1]).toBe(cipher.currentKeyId);
    expect(sealed).not.toContain('xoxb');
    expect(cipher.decrypt(sealed, CONTEXT)).toBe(TOKEN);
  });

  it('uses a fresh nonce each time, so equal tokens give different ciphertexts', () => {
    const cipher = new TokenCipher(createTokenKeyring(key()));
    expect(cipher.encrypt(TOKEN, CONTEXT)).not.toBe(cipher.encrypt(TOKEN, CONTEXT));
  });

  it.each([
    ['ciphertext', 4],
    ['authentication tag', 3],
    ['nonce', 2],
  ])('detects a flipped bit in the %s', (_part, index) => {
    const cipher = new TokenCipher(createTokenKeyring(key()));
    const failure = decryptionFailure(() =>
      cipher.decrypt(flipBit(cipher.encrypt(TOKEN, CONTEXT), index), CONTEXT),
    );
    expect(failure.reason).toBe('tampered');
    expect(failure.message).not.toContain(TOKEN);
  });

  it('refuses a ciphertext moved to another row or field (bound by its context)', () => {
    const cipher = new TokenCipher(createTokenKeyring(key()));
    const sealed = cipher.encrypt(TOKEN, CONTEXT);
    expect(decryptionFailure(() => cipher.decrypt(sealed, 'installation:team:T2:bot_token')).reason).toBe(
      'tampered',
    );
  });

  it('refuses a wrong key whose id was forged into the ciphertext', () => {
    const right = new TokenCipher(createTokenKeyring(key()));
    const wrong = new TokenCipher(createTokenKeyring(key()));
    const sealed = right.encrypt(TOKEN, CONTEXT).split('.');
    sealed[1] = wrong.currentKeyId;
    expect(decryptionFailure(() => wrong.decrypt(sealed.join('.'), CONTEXT)).reason).toBe('tampered');
  });

  it('names the unknown key when the ciphertext was sealed with a key it does not have', () => {
    const sealed = new TokenCipher(createTokenKeyring(key())).encrypt(TOKEN, CONTEXT);
    const failure = decryptionFailure(() =>
      new TokenCipher(createTokenKeyring(key())).decrypt(sealed, CONTEXT),
    );
    expect(failure.reason).toBe('unknown_key');
    expect(failure.message).toContain(sealed.split('.')[1]);
    expect(failure.message).toContain('TOKEN_ENCRYPTION_KEYS_OLD');
  });

  it.each([
    '',
    'xoxb-plain-token',
    'v2.abc.def.ghi.jkl',
    'v1.only.three',
    'v1.0123456789abcdef.AAAA.AAAA.AAAA',
  ])('reports %j as malformed or unknown, never as a token', (sealed) => {
    const cipher = new TokenCipher(createTokenKeyring(key()));
    expect(['malformed', 'unknown_key']).toContain(
      decryptionFailure(() => cipher.decrypt(sealed, CONTEXT)).reason,
    );
  });

  it('rotates: the new key seals, the old key still opens what it sealed, until re-sealed', () => {
    const oldKey = key();
    const newKey = key();
    const before = new TokenCipher(createTokenKeyring(oldKey));
    const sealedWithOld = before.encrypt(TOKEN, CONTEXT);

    const after = new TokenCipher(createTokenKeyring(newKey, [oldKey]));
    expect(after.decrypt(sealedWithOld, CONTEXT)).toBe(TOKEN);
    expect(after.isSealedWithCurrentKey(sealedWithOld)).toBe(false);
    const resealed = after.encrypt(after.decrypt(sealedWithOld, CONTEXT), CONTEXT);
    expect(after.isSealedWithCurrentKey(resealed)).toBe(true);

    const oldKeyRetired = new TokenCipher(createTokenKeyring(newKey));
    expect(oldKeyRetired.decrypt(resealed, CONTEXT)).toBe(TOKEN);
    expect(decryptionFailure(() => oldKeyRetired.decrypt(sealedWithOld, CONTEXT)).reason).toBe('unknown_key');
  });
});

describe('parseTokenKey', () => {
  it('accepts base64 of 32 bytes and derives a stable id that does not reveal the key', () => {
    const text = key();
    const parsed = parseTokenKey(text);
    expect(parsed.secret).toHaveLength(32);
    expect(parseTokenKey(` ${text} `).id).toBe(parsed.id);
    expect(text).not.toContain(parsed.id);
  });

  it.each([
    ['too short', randomBytes(16).toString('base64'), /decodes to 16/],
    ['too long', randomBytes(48).toString('base64'), /decodes to 48/],
    ['not base64', 'correct horse battery staple correct horse', /base64 of exactly 32 bytes/],
  ])('rejects a key that is %s, saying how to make one', (_case, text, message) => {
    expect(() => parseTokenKey(text)).toThrow(TokenKeyError);
    expect(() => parseTokenKey(text)).toThrow(message);
    expect(() => parseTokenKey(text)).toThrow(/openssl rand -base64 32/);
  });
});
