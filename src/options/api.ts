/** What the options page asks of the worker; a parameter of the page so tests can fake it. */
import type { CustomTemplate, Result, UserSettings } from '../messages/protocol';
import { askWorker } from '../messages/client';

export interface OptionsApi {
  settings(): Promise<Result<UserSettings>>;
  saveSettings(settings: UserSettings): Promise<Result<UserSettings>>;
  templates(): Promise<Result<CustomTemplate[]>>;
  saveTemplate(template: CustomTemplate): Promise<Result<CustomTemplate>>;
  deleteTemplate(id: string): Promise<Result<{ deleted: boolean }>>;
}

export const extensionOptionsApi: OptionsApi = {
  settings: () => askWorker({ kind: 'settings/get' }),
  saveSettings: (settings) => askWorker({ kind: 'settings/set', settings }),
  templates: () => askWorker({ kind: 'templates/list' }),
  saveTemplate: (template) => askWorker({ kind: 'templates/save', template }),
  deleteTemplate: (id) => askWorker({ kind: 'templates/delete', id }),
};
