/**
 * The browser lookup on Linux, macOS and Windows, on any machine: the file system is a list of
 * paths that exist, the platform and environment are given.
 */
import { describe, expect, it } from 'vitest';
import {
  CHROME_FOR_TESTING_INSTALL,
  CHROME_FOR_TESTING_INSTALL_WINDOWS,
  canShowWindow,
  findBrowser,
  installHint,
  type System,
} from '../../support/find-browser';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nNAME="Debian GNU/Linux"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';
const ARCH = 'NAME="Arch Linux"\nID=arch\n';

function system(
  platform: NodeJS.Platform,
  files: string[],
  { env = {}, arch = 'x64', osRelease }: { env?: Record<string, string>; arch?: string; osRelease?: string } = {},
): System {
  const sep = platform === 'win32' ? '\\' : '/';
  const home = platform === 'win32' ? 'C:\\Users\\seller' : platform === 'darwin' ? '/Users/seller' : '/home/seller';
  const root = platform === 'win32' ? 'C:\\src\\cancel-or-close' : `${home}/src/cancel-or-close`;
  const set = new Set(files);
  return {
    platform,
    arch,
    env,
    homedir: home,
    root,
    exists: (p) => set.has(p),
    // A folder's entries are the next path segment of every file under it.
    list: (dir) => [...new Set(files.filter((f) => f.startsWith(dir + sep)).map((f) => f.slice(dir.length + 1).split(sep)[0]!))],
    readText: (p) => (p === '/etc/os-release' ? osRelease : undefined),
  };
}

describe('findBrowser on Linux', () => {
  it("finds Debian's Chromium, then the other distributions' paths", () => {
    expect(findBrowser(system('linux', ['/usr/bin/chromium', '/snap/bin/chromium']))).toEqual({
      found: true,
      path: '/usr/bin/chromium',
      via: 'installed',
    });
    expect(findBrowser(system('linux', ['/usr/bin/chromium-browser']))).toMatchObject({ found: true, path: '/usr/bin/chromium-browser' });
  });

  it('never takes the snap, and says why', () => {
    const ubuntu = findBrowser(system('linux', ['/snap/bin/chromium', '/usr/bin/chromium-browser'], { osRelease: UBUNTU }));
    expect(ubuntu).toMatchObject({ found: false, install: CHROME_FOR_TESTING_INSTALL });
    expect(ubuntu.found ? '' : ubuntu.message).toMatch(/snap/);
  });

  it('finds Chrome for Testing under .browsers/ or the Puppeteer cache, newest build first', () => {
    const local = '/home/seller/src/cancel-or-close/.browsers/chrome';
    const found = findBrowser(
      system('linux', [
        `${local}/linux-99.0.4844.51/chrome-linux64/chrome`,
        `${local}/linux-131.0.6778.85/chrome-linux64/chrome`,
        `${local}/linux-131.0.6778.9/chrome-linux64/chrome`,
        '/home/seller/.cache/puppeteer/chrome/linux-140.0.7339.80/chrome-linux64/chrome',
      ]),
    );
    expect(found).toEqual({ found: true, path: `${local}/linux-131.0.6778.85/chrome-linux64/chrome`, via: 'chrome-for-testing' });
    expect(findBrowser(system('linux', ['/home/seller/.cache/puppeteer/chrome/linux-140.0.7339.80/chrome-linux64/chrome']))).toMatchObject({
      found: true,
      path: '/home/seller/.cache/puppeteer/chrome/linux-140.0.7339.80/chrome-linux64/chrome',
    });
  });

  it('never takes branded Google Chrome, which ignores --load-extension since version 137', () => {
    const result = findBrowser(system('linux', ['/usr/bin/google-chrome', '/opt/google/chrome/chrome'], { osRelease: DEBIAN }));
    expect(result.found).toBe(false);
  });

  it('prints the install line of the distribution, Chrome for Testing where there is no plain package', () => {
    const missing = findBrowser(system('linux', [], { osRelease: DEBIAN }));
    expect(missing).toMatchObject({ found: false, install: 'sudo apt-get install -y chromium' });
    expect(missing.found ? '' : missing.message).toContain('Install one:  sudo apt-get install -y chromium');
    expect(missing.found ? '' : missing.message).toContain('CHROMIUM_PATH');
    expect(installHint(system('linux', [], { osRelease: FEDORA }))).toBe('sudo dnf install -y chromium');
    expect(installHint(system('linux', [], { osRelease: UBUNTU }))).toBe(CHROME_FOR_TESTING_INSTALL);
    expect(installHint(system('linux', [], { osRelease: ARCH }))).toBe(CHROME_FOR_TESTING_INSTALL);
    expect(installHint(system('linux', []))).toBe(CHROME_FOR_TESTING_INSTALL);
  });
});

describe('findBrowser on macOS', () => {
  it('finds Chromium in /Applications or ~/Applications', () => {
    expect(findBrowser(system('darwin', ['/Applications/Chromium.app/Contents/MacOS/Chromium']))).toMatchObject({
      found: true,
      path: '/Applications/Chromium.app/Contents/MacOS/Chromium',
    });
    expect(findBrowser(system('darwin', ['/Users/seller/Applications/Chromium.app/Contents/MacOS/Chromium']))).toMatchObject({
      found: true,
      path: '/Users/seller/Applications/Chromium.app/Contents/MacOS/Chromium',
    });
  });

  it('finds Chrome for Testing for the machine’s own architecture', () => {
    const app = 'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';
    const local = '/Users/seller/src/cancel-or-close/.browsers/chrome';
    const files = [`${local}/mac_arm-131.0.6778.85/chrome-mac-arm64/${app}`, `${local}/mac-131.0.6778.85/chrome-mac-x64/${app}`];
    expect(findBrowser(system('darwin', files, { arch: 'arm64' }))).toMatchObject({
      path: `${local}/mac_arm-131.0.6778.85/chrome-mac-arm64/${app}`,
    });
    expect(findBrowser(system('darwin', files, { arch: 'x64' }))).toMatchObject({
      path: `${local}/mac-131.0.6778.85/chrome-mac-x64/${app}`,
    });
  });

  it('does not take /Applications/Google Chrome.app, and prints the Chrome for Testing line', () => {
    const result = findBrowser(system('darwin', ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']));
    expect(result).toMatchObject({ found: false, install: CHROME_FOR_TESTING_INSTALL });
  });
});

describe('findBrowser on Windows', () => {
  const env = {
    LOCALAPPDATA: 'C:\\Users\\seller\\AppData\\Local',
    ProgramFiles: 'C:\\Program Files',
    'ProgramFiles(x86)': 'C:\\Program Files (x86)',
  };

  it('finds Chromium installed per user or per machine', () => {
    expect(findBrowser(system('win32', ['C:\\Program Files\\Chromium\\Application\\chrome.exe'], { env }))).toMatchObject({
      found: true,
      path: 'C:\\Program Files\\Chromium\\Application\\chrome.exe',
    });
    expect(findBrowser(system('win32', ['C:\\Users\\seller\\AppData\\Local\\Chromium\\Application\\chrome.exe'], { env }))).toMatchObject({
      path: 'C:\\Users\\seller\\AppData\\Local\\Chromium\\Application\\chrome.exe',
    });
  });

  it('finds Chrome for Testing with Windows paths', () => {
    const exe = 'C:\\src\\cancel-or-close\\.browsers\\chrome\\win64-131.0.6778.85\\chrome-win64\\chrome.exe';
    expect(findBrowser(system('win32', [exe], { env }))).toEqual({ found: true, path: exe, via: 'chrome-for-testing' });
  });

  it('does not take Google Chrome, and prints the Chrome for Testing line as PowerShell and cmd read it', () => {
    const result = findBrowser(system('win32', ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'], { env }));
    expect(result).toMatchObject({ found: false, install: CHROME_FOR_TESTING_INSTALL_WINDOWS });
    expect(CHROME_FOR_TESTING_INSTALL_WINDOWS).toContain('"@puppeteer/browsers"');
  });
});

describe('CHROMIUM_PATH', () => {
  it('overrides every other place, on every system', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const mine = platform === 'win32' ? 'D:\\tools\\chrome.exe' : '/opt/mine/chrome';
      const result = findBrowser(
        system(platform, [mine, '/usr/bin/chromium', '/Applications/Chromium.app/Contents/MacOS/Chromium'], {
          env: { CHROMIUM_PATH: mine },
        }),
      );
      expect(result).toEqual({ found: true, path: mine, via: 'CHROMIUM_PATH' });
    }
  });

  it('names the wrong path instead of silently taking another browser', () => {
    const result = findBrowser(system('linux', ['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/nowhere/chrome' } }));
    expect(result.found).toBe(false);
    expect(result.found ? '' : result.message).toContain('/nowhere/chrome');
    expect(result.found ? '' : result.message).toContain(CHROME_FOR_TESTING_INSTALL);
  });
});

describe('canShowWindow', () => {
  it('is true on macOS and Windows, and on Linux only with an X11 or Wayland display', () => {
    expect(canShowWindow('darwin', {})).toBe(true);
    expect(canShowWindow('win32', {})).toBe(true);
    expect(canShowWindow('linux', {})).toBe(false);
    expect(canShowWindow('linux', { DISPLAY: ':0' })).toBe(true);
    expect(canShowWindow('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
  });
});
