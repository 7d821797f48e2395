import type { SqlModel } from './sql-model.js';

/** An SqlModel whose implementation (and the modules behind it) loads on its first call, so runs that never call it never pay for it. */
export function lazySqlModel(name: string, load: () => Promise<SqlModel>, traits: Pick<SqlModel, 'judgesAnswerability'> = {}): SqlModel {
  let loading: Promise<SqlModel> | undefined;
  const model = () => (loading ??= load());
  return {
    name,
    ...traits,
    generateSql: async (context, options) => (await model()).generateSql(context, options),
    reflect: async (context, options) => (await model()).reflect(context, options),
    fix: async (context, options) => (await model()).fix(context, options),
    compare: async (context, options) => (await model()).compare(context, options),
  };
}
