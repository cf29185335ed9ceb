import { downloadFilename, downloadKey, verifyCommands } from './downloads';

describe('downloads', () => {
  it.each([
    ['cells.csv', 'cellsCsv'],
    ['cells.json', 'cellsJson'],
    ['statistics.json', 'statisticsJson'],
    ['datapackage.json', 'datapackageJson'],
    ['other.txt', null],
    ['toString', null],
  ])('names %p with the key %p', (name, key) => {
    expect(downloadKey(name)).toBe(key);
  });

  it('gives the file name the API sends', () => {
    expect(downloadFilename('network-month', 3, 'cells.csv')).toBe(
      'candor-network-month-v3-cells.csv',
    );
  });

  it('gives commands that print or compare the SHA-256 of the file', () => {
    const sum = 'ab'.repeat(32);
    expect(verifyCommands('candor-network-month-v3-cells.csv', sum)).toEqual({
      linux: 'sha256sum candor-network-month-v3-cells.csv',
      mac: 'shasum -a 256 candor-network-month-v3-cells.csv',
      windows: 'Get-FileHash candor-network-month-v3-cells.csv -Algorithm SHA256',
      // sha256sum -c reads "<hash><two spaces><file>" lines.
      check: `echo "${sum}  candor-network-month-v3-cells.csv" | sha256sum -c`,
    });
  });
});
