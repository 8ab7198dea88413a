/** What the options page asks of the worker; a parameter of the page so tests can fake it. */
import type { CustomTemplate, Result, TaughtWordEntry, TaughtWordRecord, UserSettings } from '../messages/protocol';
import type { Platform } from '../rules/types';
import { askWorker } from '../messages/client';

export interface OptionsApi {
  settings(): Promise<Result<UserSettings>>;
  saveSettings(settings: UserSettings): Promise<Result<UserSettings>>;
  templates(): Promise<Result<CustomTemplate[]>>;
  saveTemplate(template: CustomTemplate): Promise<Result<CustomTemplate>>;
  deleteTemplate(id: string): Promise<Result<{ deleted: boolean }>>;
  /** The status words the person taught (the hint asks for them on pages with a word it does not know). */
  taughtWords(): Promise<Result<TaughtWordRecord[]>>;
  forgetWord(platform: Platform, word: string): Promise<Result<TaughtWordEntry[]>>;
}

export const extensionOptionsApi: OptionsApi = {
  settings: () => askWorker({ kind: 'settings/get' }),
  saveSettings: (settings) => askWorker({ kind: 'settings/set', settings }),
  templates: () => askWorker({ kind: 'templates/list' }),
  saveTemplate: (template) => askWorker({ kind: 'templates/save', template }),
  deleteTemplate: (id) => askWorker({ kind: 'templates/delete', id }),
  taughtWords: () => askWorker({ kind: 'words/list' }),
  forgetWord: (platform, word) => askWorker({ kind: 'words/forget', platform, word }),
};
