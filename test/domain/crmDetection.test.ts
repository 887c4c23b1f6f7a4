import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from '../../src/domain/import/csvFile';
import { CRM_PRESETS } from '../../src/domain/import/presets';
import { detectCrm } from '../../src/domain/import/presets/crmDetection';

const FIXTURES = join(__dirname, '..', 'import', 'fixtures');

function headersOf(file: string): string[] {
  const read = readCsv(readFileSync(join(FIXTURES, file)), {});
  if (!read.ok) throw new Error(read.message);
  return read.table.headers;
}

describe('detectCrm (a CSV sent in a DM says nothing of where it came from)', () => {
  it.each(readdirSync(FIXTURES).map((file) => [file, file.split('-')[0]]))(
    'reads %s as its CRM’s export',
    (file, crm) => {
      expect(detectCrm(headersOf(file), CRM_PRESETS)).toBe(crm);
    },
  );

  it('takes no plain file for a CRM’s, even when its headers are ones every CRM uses', () => {
    const plain = ['Deal ID', 'Deal name', 'Company', 'Stage', 'Amount', 'Currency', 'Created', 'Owner'];
    expect(detectCrm(plain, CRM_PRESETS)).toBeUndefined();
    expect(detectCrm(['Company', 'Contact', 'Email', 'Source'], CRM_PRESETS)).toBeUndefined();
  });

  it('needs two of a CRM’s own headers, not one', () => {
    expect(detectCrm(['Associated Company', 'Amount', 'Company'], CRM_PRESETS)).toBeUndefined();
    expect(detectCrm(['Associated Company', 'Original Source', 'Amount'], CRM_PRESETS)).toBe('hubspot');
  });
});
