// Generates both Prisma clients offline. `prisma generate` needs no schema engine, but the CLI
// insists that PRISMA_SCHEMA_ENGINE_BINARY names an existing file when the binary cannot be
// downloaded, so point it at node itself unless the user configured a real one.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
};
const cli = join(root, 'node_modules/prisma/build/index.js');
for (const provider of ['sqlite', 'postgresql']) {
  execFileSync(
    process.execPath,
    [cli, 'generate', '--schema', join(root, 'prisma', provider, 'schema.prisma')],
    {
      env,
      stdio: 'inherit',
      cwd: root,
    },
  );
}
