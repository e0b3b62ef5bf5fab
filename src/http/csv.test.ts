import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { csvCell, csvColumns, csvEncoder, csvFilename, csvLine, lookupColumn, prefersCsv } from './csv.js';

// Every expected string below is written out by hand from RFC 4180 and OWASP's CSV injection advice.

describe('csvCell (RFC 4180)', () => {
  it('leaves plain text as it is', () => {
    expect(csvCell('Hartley')).toBe('Hartley');
    expect(csvCell('two words')).toBe('two words');
    expect(csvCell('')).toBe('');
  });

  it('quotes a field with a comma, a quote, CR or LF, doubling its quotes', () => {
    expect(csvCell('Smith, Jones')).toBe('"Smith, Jones"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('"')).toBe('""""');
    expect(csvCell('line one\r\nline two')).toBe('"line one\r\nline two"');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('a\rb')).toBe('"a\rb"');
  });

  it('keeps unicode as it is (the answer is UTF-8)', () => {
    expect(csvCell('Zoë’s Café — 東京 🌳')).toBe('Zoë’s Café — 東京 🌳');
    expect(csvCell('Łódź, Polska')).toBe('"Łódź, Polska"');
  });

  it('writes numbers as JSON does, booleans as true/false, null and undefined as an empty cell', () => {
    expect(csvCell(0)).toBe('0');
    expect(csvCell(395)).toBe('395');
    expect(csvCell(1.5)).toBe('1.5');
    expect(csvCell(0.2159)).toBe('0.2159');
    expect(csvCell(-140)).toBe('-140'); // a number, not text: no formula escape
    expect(csvCell(1e21)).toBe('1e+21');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(false)).toBe('false');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['=1+1', `"'=1+1"`],
    ['+cmd', `"'+cmd"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1:A2)', `"'@SUM(A1:A2)"`],
    ['\tcmd', `"'\tcmd"`],
    ['\rcmd', `"'\rcmd"`],
    ['=cmd, with a comma', `"'=cmd, with a comma"`],
  ])('escapes the formula %j with a leading quote, and quotes it', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('does not escape those characters elsewhere in the text', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('user@example.com')).toBe('user@example.com');
    expect(csvCell('2024-03-04T00:00:00Z')).toBe('2024-03-04T00:00:00Z');
  });
});

describe('csvLine', () => {
  it('joins the cells with commas and ends the record with CRLF', () => {
    expect(csvLine(['a', 1, null, 'b,c', -2])).toBe('a,1,,"b,c",-2\r\n');
    expect(csvLine([])).toBe('\r\n');
    expect(csvLine([null])).toBe('\r\n');
  });
});

const project = z.strictObject({ id: z.string(), name: z.string(), images: z.array(z.string()), latitude: z.number() });
const thing = z.strictObject({
  id: z.string(),
  account_id: z.string(),
  pages: z.number(),
  note: z.string().nullable(),
  project: project.nullable(),
  shares: z.array(z.strictObject({ pages: z.number() })),
  status: z.enum(['a', 'b']),
  at: z.string().optional(),
});

describe('csvColumns', () => {
  it('takes the scalar fields in the schema order, flattens nested objects with dots, and leaves arrays out', () => {
    expect(csvColumns(thing).map((c) => c.name)).toEqual([
      'id',
      'account_id',
      'pages',
      'note',
      'project.id',
      'project.name',
      'project.latitude',
      'status',
      'at',
    ]);
    expect(csvColumns(z.array(thing).element).map((c) => c.name)[0]).toBe('id');
    expect(() => csvColumns(z.string())).toThrow(/object/);
  });
});

describe('csvEncoder', () => {
  it('writes the header, then one record per item, a nested null object as empty cells', async () => {
    const encoder = csvEncoder(thing);
    expect(encoder.header).toBe('id,account_id,pages,note,project.id,project.name,project.latitude,status,at\r\n');
    const items = [
      {
        id: 'x1',
        account_id: 'acc-1',
        pages: 12,
        note: 'say "hi", then\nleave',
        project: { id: 'p1', name: 'Madagascar', images: ['a.png'], latitude: -15.7358 },
        shares: [{ pages: 12 }],
        status: 'a',
      },
      { id: 'x2', account_id: 'acc-2', pages: 0, note: null, project: null, shares: [], status: 'b', at: '2024-03-01T00:00:00Z' },
    ];
    expect(await encoder.records(items)).toBe(
      'x1,acc-1,12,"say ""hi"", then\nleave",p1,Madagascar,-15.7358,a,\r\n' + 'x2,acc-2,0,,,,,b,2024-03-01T00:00:00Z\r\n',
    );
    expect(await encoder.records([])).toBe('');
  });

  it('puts an extra column after the one it names, looked up once per batch', async () => {
    const asked: string[][] = [];
    const names = lookupColumn('account_name', 'account_id', async (ids) => {
      asked.push(ids);
      return new Map([
        ['acc-1', '=HYPERLINK("http://x")'],
        ['acc-2', 'Willow & Sons'],
      ]);
    });
    const encoder = csvEncoder(z.strictObject({ id: z.string(), account_id: z.string(), pages: z.number() }), [names]);
    expect(encoder.header).toBe('id,account_id,account_name,pages\r\n');
    const records = await encoder.records([
      { id: 'a', account_id: 'acc-1', pages: 1 },
      { id: 'b', account_id: 'acc-2', pages: 2 },
      { id: 'c', account_id: 'acc-1', pages: 3 },
      { id: 'd', account_id: 'acc-9', pages: 4 },
    ]);
    expect(records).toBe(
      `a,acc-1,"'=HYPERLINK(""http://x"")",1\r\n` +
        'b,acc-2,Willow & Sons,2\r\n' +
        `c,acc-1,"'=HYPERLINK(""http://x"")",3\r\n` +
        'd,acc-9,,4\r\n',
    );
    expect(asked).toEqual([['acc-1', 'acc-2', 'acc-9']]);
  });
});

describe('prefersCsv (Accept)', () => {
  it.each([
    ['text/csv', true],
    ['text/csv; charset=utf-8', true],
    ['TEXT/CSV', true],
    ['text/csv, application/json', true],
    ['application/json, text/csv', false],
    ['application/json;q=0.5, text/csv', true],
    ['text/csv;q=0.2, application/json', false],
    ['text/csv;q=0', false],
    ['application/json', false],
    ['*/*', false],
    ['text/*', false],
    ['', false],
    [undefined, false],
  ])('%j → %s', (accept, csv) => {
    expect(prefersCsv(accept)).toBe(csv);
  });
});

describe('csvFilename', () => {
  it('names the resource, the account (or all) and the dates', () => {
    const id = '2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c';
    expect(csvFilename('volume', id, { start_date: '2024-01-01', end_date: '2024-03-31' })).toBe(
      'volume-2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c-2024-01-01_2024-03-31.csv',
    );
    expect(csvFilename('deposits', undefined, { start_date: '2024-01-01' })).toBe('deposits-all-from-2024-01-01.csv');
    expect(csvFilename('deposits', undefined, { end_date: '2024-03-31' })).toBe('deposits-all-to-2024-03-31.csv');
    expect(csvFilename('certificates', undefined)).toBe('certificates-all-all-dates.csv');
    expect(csvFilename('deposits', 'a"b/c')).toBe('deposits-a_b_c-all-dates.csv');
  });
});
