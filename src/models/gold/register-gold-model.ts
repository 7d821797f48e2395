import { registerModelProvider } from '../model-providers.js';
import { createGoldModel } from './gold-model.js';

export function registerGoldModel(): void {
  registerModelProvider('gold', ({ name }) => createGoldModel(name));
}
