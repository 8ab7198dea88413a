/**
 * Which browser `npm start`, `npm test` and `npm run bench` launch: a Chromium-family build that
 * still honours `--load-extension` (Chromium, Chrome for Testing). Branded Google Chrome 137 and
 * later ignore that switch, so it is never picked, even when it is the only browser installed.
 *
 * Pure: the file system, the platform and the environment come in as `System`, so one unit test
 * covers Linux, macOS and Windows on any machine. Nothing here installs anything; when no browser
 * is found the answer carries the one command that installs one on that system, to be printed.
 */
import { posix, win32 } from 'node:path';

export interface System {
  platform: NodeJS.Platform;
  /** CPU architecture as Node names it (`arm64`, `x64`), for the right Chrome for Testing folder. */
  arch: string;
  env: Readonly<Record<string, string | undefined>>;
  homedir: string;
  /** The repository root: `npx @puppeteer/browsers install … --path .browsers` installs under it. */
  root: string;
  exists(path: string): boolean;
  /** Folder entries, [] when the folder is missing. */
  list(dir: string): string[];
  /** A small text file's contents (/etc/os-release), undefined when it is missing. */
  readText(path: string): string | undefined;
}

export type BrowserLookup =
  | { found: true; path: string; via: 'CHROMIUM_PATH' | 'installed' | 'chrome-for-testing' }
  | { found: false; looked: string[]; install: string; message: string };

/** Where `--path .browsers` puts Chrome for Testing, relative to the repository root. */
const LOCAL_BROWSERS_DIR = '.browsers';

/** The one line that installs Chrome for Testing into the repository. */
export const CHROME_FOR_TESTING_INSTALL = `npx @puppeteer/browsers install chrome@stable --path ${LOCAL_BROWSERS_DIR}`;
/** The same for Windows: quoted, because PowerShell reads a bare `@name` as splatting a variable. */
export const CHROME_FOR_TESTING_INSTALL_WINDOWS = `npx "@puppeteer/browsers" install chrome@stable --path ${LOCAL_BROWSERS_DIR}`;

const SNAP_CHROMIUM = '/snap/bin/chromium';

/** Installed Chromium builds, by system, in the order they are tried. */
function installedCandidates(sys: System): string[] {
  const p = sys.platform === 'win32' ? win32 : posix;
  switch (sys.platform) {
    case 'darwin':
      return [
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        p.join(sys.homedir, 'Applications/Chromium.app/Contents/MacOS/Chromium'),
        '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
      ];
    case 'win32': {
      const roots = [sys.env['LOCALAPPDATA'], sys.env['ProgramFiles'], sys.env['ProgramFiles(x86)']].filter((r): r is string => !!r);
      return roots.map((r) => p.join(r, 'Chromium', 'Application', 'chrome.exe'));
    }
    default:
      // Never the snap (Ubuntu's only Chromium, where /usr/bin/chromium-browser is a wrapper that
      // starts it): its private /tmp hides the temporary profile the launcher gives it.
      return ['/usr/bin/chromium', '/usr/lib/chromium/chromium', ...(sys.exists(SNAP_CHROMIUM) ? [] : ['/usr/bin/chromium-browser'])];
  }
}

/** Chrome for Testing's folder and executable inside `<cache>/chrome/<platform>-<build>/`, by system. */
function chromeForTestingLayout(sys: System): { prefix: string; exe: string } {
  switch (sys.platform) {
    case 'darwin': {
      const arm = sys.arch === 'arm64';
      return {
        prefix: arm ? 'mac_arm-' : 'mac-',
        exe: `chrome-mac-${arm ? 'arm64' : 'x64'}/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing`,
      };
    }
    case 'win32':
      return sys.arch === 'ia32'
        ? { prefix: 'win32-', exe: 'chrome-win32/chrome.exe' }
        : { prefix: 'win64-', exe: 'chrome-win64/chrome.exe' };
    default:
      return { prefix: 'linux-', exe: 'chrome-linux64/chrome' };
  }
}

/** Chrome for Testing installed by `@puppeteer/browsers` (ours under .browsers/, or Puppeteer's cache), newest build first. */
function chromeForTestingCandidates(sys: System): string[] {
  const p = sys.platform === 'win32' ? win32 : posix;
  const { prefix, exe } = chromeForTestingLayout(sys);
  const caches = [p.join(sys.root, LOCAL_BROWSERS_DIR, 'chrome'), p.join(sys.homedir, '.cache', 'puppeteer', 'chrome')];
  return caches.flatMap((cache) =>
    sys
      .list(cache)
      .filter((d) => d.startsWith(prefix))
      .sort((a, b) => compareBuilds(b.slice(prefix.length), a.slice(prefix.length)))
      .map((d) => p.join(cache, d, ...exe.split('/'))),
  );
}

/** Compares dotted build numbers (131.0.6778.85) numerically. */
function compareBuilds(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The one line that installs a suitable browser here. Debian and Fedora package Chromium as it is;
 * Ubuntu's `chromium` is a snap whose private /tmp hides the test profile, and macOS and Windows
 * have no official Chromium package, so everywhere else it is Google's Chrome for Testing.
 */
export function installHint(sys: System): string {
  if (sys.platform === 'win32') return CHROME_FOR_TESTING_INSTALL_WINDOWS;
  if (sys.platform !== 'linux') return CHROME_FOR_TESTING_INSTALL;
  const osRelease = sys.readText('/etc/os-release') ?? '';
  const field = (name: string): string[] =>
    (new RegExp(`^${name}=("?)([^"\\n]*)\\1$`, 'm').exec(osRelease)?.[2] ?? '').split(/\s+/).filter(Boolean);
  const ids = [...field('ID'), ...field('ID_LIKE')];
  if (ids.includes('ubuntu')) return CHROME_FOR_TESTING_INSTALL;
  if (ids.includes('debian')) return 'sudo apt-get install -y chromium';
  if (ids.includes('fedora')) return 'sudo dnf install -y chromium';
  return CHROME_FOR_TESTING_INSTALL;
}

export function findBrowser(sys: System): BrowserLookup {
  const override = sys.env['CHROMIUM_PATH'];
  if (override) {
    if (sys.exists(override)) return { found: true, path: override, via: 'CHROMIUM_PATH' };
    const install = installHint(sys);
    return {
      found: false,
      looked: [override],
      install,
      message: [
        `CHROMIUM_PATH is set to ${override}, which does not exist. Point it at a Chromium or Chrome for Testing executable, or unset it.`,
        `To install one:  ${install}`,
      ].join('\n'),
    };
  }
  const installed = installedCandidates(sys);
  const hit = installed.find((c) => sys.exists(c));
  if (hit) return { found: true, path: hit, via: 'installed' };
  const cft = chromeForTestingCandidates(sys).find((c) => sys.exists(c));
  if (cft) return { found: true, path: cft, via: 'chrome-for-testing' };
  const install = installHint(sys);
  return {
    found: false,
    looked: installed,
    install,
    message: [
      'No browser that can load an unpacked extension was found (Chromium or Chrome for Testing; Google Chrome 137+ cannot).',
      ...(sys.platform === 'linux' && sys.exists(SNAP_CHROMIUM)
        ? ['The snap Chromium cannot be used: its private /tmp hides the test profile.']
        : []),
      `Install one:  ${install}`,
      'or set CHROMIUM_PATH to one you already have.',
    ].join('\n'),
  };
}

/**
 * Whether a visible browser window can open: macOS and Windows always have a desktop; Linux has
 * one when an X11 or Wayland display is set (not over SSH or on CI).
 */
export function canShowWindow(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): boolean {
  if (platform === 'darwin' || platform === 'win32') return true;
  return !!(env['DISPLAY'] || env['WAYLAND_DISPLAY']);
}
