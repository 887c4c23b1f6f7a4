import { CATALOG } from './src/i18n/catalog';
const [lang, ...keys] = process.argv.slice(2);
for (const k of keys) console.log(lang, k, '=>', JSON.stringify((CATALOG as any)[lang!][k]));
