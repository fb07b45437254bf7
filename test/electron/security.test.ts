import { describe, expect, it, vi } from 'vitest';
import { resolveAppPath } from '../../electron/protocol';
import { dataFolderText, guardSession, guardWebContents, isAppUrl } from '../../electron/security';
import {
  validateNoArgs,
  validatePrintToPdf,
  validateSaveFile,
  validFileName,
} from '../../shared/ipc';
import { tempDir } from '../helpers';

vi.mock('electron', () => ({}));

describe('de eigen oorsprong', () => {
  it('de eigen oorsprong is alleen app://bm', () => {
    expect(isAppUrl('app://bm/index.html')).toBe(true);
    expect(isAppUrl('app://bm.evil/index.html')).toBe(false);
    expect(isAppUrl('https://bm/')).toBe(false);
  });
});

describe('webContents-bewaking', () => {
  const fakeContents = () => {
    const handlers = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
    let windowOpen: ((d: { url: string }) => { action: string }) | null = null;
    return {
      handlers,
      open: (url: string) => windowOpen?.({ url }),
      contents: {
        on: (name: string, fn: (event: { preventDefault(): void }, url: string) => void) =>
          handlers.set(name, fn),
        setWindowOpenHandler: (fn: (d: { url: string }) => { action: string }) => {
          windowOpen = fn;
        },
      },
    };
  };

  it('navigatie en redirects worden geannuleerd, ook naar http(s): de app heeft geen externe links', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents as never);
    for (const name of ['will-navigate', 'will-redirect'])
      for (const url of ['https://www.rijksoverheid.nl/', 'file:///etc/passwd', 'app://bm/x']) {
        const preventDefault = vi.fn();
        fake.handlers.get(name)?.({ preventDefault }, url);
        expect(preventDefault).toHaveBeenCalled();
      }
  });

  it('nieuwe vensters worden altijd geweigerd', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents as never);
    expect(fake.open('https://evil.example/?next=app://bm/')).toEqual({ action: 'deny' });
    expect(fake.open('app://bm/index.html')).toEqual({ action: 'deny' });
  });

  it('de gegevensmap voor mensen, zonder absoluut pad (dat de gebruikersnaam noemt)', () => {
    expect(dataFolderText('win32', 'Begeleidingsmonitor')).toBe('%APPDATA%\\Begeleidingsmonitor');
    expect(dataFolderText('darwin', 'Begeleidingsmonitor')).toBe(
      '~/Library/Application Support/Begeleidingsmonitor',
    );
    expect(dataFolderText('linux', 'Begeleidingsmonitor')).toBe('~/.config/Begeleidingsmonitor');
  });

  it('webviews worden nooit gekoppeld', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents as never);
    const preventDefault = vi.fn();
    fake.handlers.get('will-attach-webview')?.({ preventDefault }, '');
    expect(preventDefault).toHaveBeenCalled();
  });
});

describe('sessie', () => {
  it('weigert elke toestemming en blokkeert elk netwerkverzoek buiten app://', () => {
    type Permission = (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    type Check = () => boolean;
    type Request = (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    const h: { permission?: Permission; check?: Check; request?: Request } = {};
    guardSession({
      setPermissionRequestHandler: (fn: Permission) => {
        h.permission = fn;
      },
      setPermissionCheckHandler: (fn: Check) => {
        h.check = fn;
      },
      webRequest: {
        onBeforeRequest: (fn: Request) => {
          h.request = fn;
        },
      },
    } as never);
    const answer = vi.fn();
    h.permission?.(null, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    expect(h.check?.()).toBe(false);
    const decide = (url: string) => {
      let cancel = false;
      h.request?.({ url }, (r) => {
        cancel = r.cancel;
      });
      return cancel;
    };
    expect(decide('app://bm/assets/index.js')).toBe(false);
    expect(decide('https://cdn.example/x.js')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
  });
});

describe('app://-protocol', () => {
  const root = '/opt/bm/web';
  it.each([
    ['app://bm/', '/opt/bm/web/index.html'],
    ['app://bm/index.html', '/opt/bm/web/index.html'],
    ['app://bm/assets/index.js', '/opt/bm/web/assets/index.js'],
    ['app://bm/../../etc/passwd', '/opt/bm/web/etc/passwd'], // URL parsing already removes dot segments
    ['app://bm/%2e%2e/%2e%2e/etc/passwd', '/opt/bm/web/etc/passwd'], // so are encoded dots: still inside root
    ['app://bm/assets/..%2f..%2f..%2fetc/passwd', null],
    ['app://bm/..%5c..%5cwindows', null],
    ['app://bm/a%00b', null],
    ['app://other/index.html', null],
    ['https://bm/index.html', null],
  ])('%s → %s', (url, expected) => {
    expect(resolveAppPath(root, url)).toBe(expected);
  });
});

describe('IPC-argumenten', () => {
  it.each([
    ['cijfers.xlsx', true],
    ['Raadsbrief 2019.docx', true],
    ['../../.bashrc', false],
    ['map/bestand.xlsx', false],
    ['C:\\temp\\x.xlsx', false],
    ['bestand.exe', false],
    ['.verborgen.xlsx', false],
    ['regel\nbreuk.xlsx', false],
    ['', false],
  ])('bestandsnaam %j → %s', (name, ok) => {
    expect(validFileName(name)).toBe(ok);
  });

  it('saveFile eist (naam, Uint8Array) en niets anders', () => {
    expect(validateSaveFile(['a.xlsx', new Uint8Array([1])]).ok).toBe(true);
    expect(validateSaveFile(['a.xlsx', 'tekst']).ok).toBe(false);
    expect(validateSaveFile(['a.xlsx', new Uint8Array([1]), 'extra']).ok).toBe(false);
    expect(validateSaveFile(['../a.xlsx', new Uint8Array([1])]).ok).toBe(false);
    expect(validateSaveFile([{ toString: () => 'a.xlsx' }, new Uint8Array([1])]).ok).toBe(false);
  });

  it('printToPdf eist een .pdf-naam; verben zonder argumenten weigeren argumenten', () => {
    expect(validatePrintToPdf(['brief.pdf']).ok).toBe(true);
    expect(validatePrintToPdf(['brief.docx']).ok).toBe(false);
    expect(validateNoArgs([]).ok).toBe(true);
    expect(validateNoArgs(['x']).ok).toBe(false);
  });
});

describe('app://-bestanden', () => {
  const webRoot = tempDir('bm-web-');
  it('worden geserveerd met de CSP als header; wat buiten de map valt is 404', async () => {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { serveAppFile, CONTENT_SECURITY_POLICY } = await import('../../electron/protocol');
    const root = webRoot;
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
    const ok = await serveAppFile(root, new Request('app://bm/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('text/html');
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect((await serveAppFile(root, new Request('app://bm/bestaat-niet.js'))).status).toBe(404);
    expect((await serveAppFile(root, new Request('app://bm/..%2f..%2fetc%2fpasswd'))).status).toBe(
      404,
    );
  });
});
