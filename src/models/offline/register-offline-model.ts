import { registerModelProvider } from '../model-providers.js';
import { createOfflineModel } from './offline-model.js';

export function registerOfflineModel(): void {
  registerModelProvider('offline', () => createOfflineModel());
}
