// Re-encrypts every stored Slack token with the current TOKEN_ENCRYPTION_KEY:
//   npm run tokens:rotate
// Run it after moving the old key to TOKEN_ENCRYPTION_KEYS_OLD and setting a new TOKEN_ENCRYPTION_KEY;
// once it reports 0 left on old keys, the old key can be deleted. Safe to run again at any time.
// See docs/SECURITY.md → "Rotating the encryption key".
import { systemClock } from '../src/clock';
import { readTokenKeyring } from '../src/oauthConfig';
import { TokenCipher } from '../src/security/tokenCipher';
import { openDatabase } from '../src/store/db/database';
import { redactUrl } from '../src/store/db/databaseUrl';
import { PrismaInstallationStore } from '../src/store/repos/installationStore';

async function main(): Promise<number> {
  const { keyring, problems } = readTokenKeyring(process.env);
  if (!keyring) {
    for (const problem of problems) console.error(`- ${problem.name} ${problem.message}`);
    return 2;
  }
  const databaseUrl = process.env.DATABASE_URL ?? 'file:./data/tandem.db';
  const database = openDatabase(databaseUrl);
  try {
    const cipher = new TokenCipher(keyring);
    const store = new PrismaInstallationStore(database.prisma, cipher, systemClock);
    const { checked, resealed } = await store.reencryptAll();
    console.log(
      `${redactUrl(databaseUrl)}: ${checked} installation(s) checked, ${resealed} re-encrypted with key ${cipher.currentKeyId}; 0 left on old keys.`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`tokens:rotate failed: ${message.replace(/\s*\n\s*/g, ' ')}`);
    process.exit(1);
  });
