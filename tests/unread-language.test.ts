import { describe, expect, it } from 'vitest';
import { unreadLanguage } from '../src/trust/unread-language.js';
import { runCli } from './helpers/run-cli.js';

/**
 * A question in Latin letters but not in English is declined as such, not reasoned about word by word in English
 * ("neither the schema nor the docs explain 'cuántos'"). The read sets' 2,728 English questions, terse and
 * abbreviated ones included, are none of them (measured when the rule was written; see the commit).
 */
describe('questions in another language than English', () => {
  it('names the language of a Spanish, German, French or Italian question', () => {
    expect(unreadLanguage('Wie viele Bestellungen gibt es pro Status?')).toMatchObject({ language: 'German' });
    expect(unreadLanguage("Quel est le chiffre d'affaires total par mois ?")).toMatchObject({ language: 'French' });
    expect(unreadLanguage('Quanti ordini ci sono per stato?')).toMatchObject({ language: 'Italian' });
    expect(unreadLanguage('Quantos pedidos por status?')).toMatchObject({ language: 'Spanish or Portuguese' });
    // Its one function word ('en') is one in four languages alike: no language is named, the words still are.
    expect(unreadLanguage('¿Cuántos clientes hay en Madrid?')).toEqual({ words: ['cuántos', 'en'] });
  });

  it('leaves English alone: plain, terse, abbreviated, with foreign names or quoted foreign values', () => {
    for (const question of [
      'How many orders per status',
      'Top 5 products by revenue',
      'avg labour hrs per PM WO',
      'props w/ EPC E',
      'avg ann prem for HO pols eff Q1 2026',
      'How many customers live in Los Angeles or San José?',
      "Which wines are labelled 'vino de la casa'?",
      'Revenue by customer segment',
    ]) {
      expect(unreadLanguage(question), question).toBeUndefined();
    }
  });

  it('a Spanish question on the demo ends unanswerable (exit 4) saying the offline model reads English, with no SQL run', async () => {
    const { code, stdout, stderr } = await runCli(['run', '--format', 'json', '--task', '¿Cuál es el total de ventas por mes?']);
    expect(code, stderr).toBe(4);
    const summary = JSON.parse(stdout) as { status: string; sql: string | null; reason: string };
    expect(summary).toMatchObject({ status: 'unanswerable', sql: null });
    expect(summary.reason).toMatch(/^the question reads as Spanish.*'cuál', 'es', 'el'.*reads questions written in English.*configure an LLM model$/);
    expect(summary.reason).not.toMatch(/explain|neither/);
  });
});
