import { stringConstantsUnder } from '../sql-tree/string-constants.js';
import type { AnswerCheckRule } from './answer-facts.js';

/** A question that asks which rows (or who): its answer names rows other than the ones it names itself. */
const ASKS_WHICH = /^\s*(which|who|whom|list|name|show|give|find)\b/i;

const spelled = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * "Which players were beaten by Serena Williams?" answered by Serena Williams herself (`… WHERE matches.loser_name =
 * 'Serena Williams'`, shown as first_name, last_name): every row of the answer spells a name the SQL filters on, so
 * the answer repeats who the question named instead of saying who else stands in that relation to them. Only for a
 * question that asks which rows or who, whose answer has rows, each of whose text cells together spell the value.
 */
export const checkAnswerEchoes: AnswerCheckRule = ({ question, tree, attempt }) => {
  if (!tree?.where || !ASKS_WHICH.test(question) || attempt.rows.length === 0) return undefined;
  const named = new Set(stringConstantsUnder(tree.where).map(spelled).filter((value) => value.length >= 6 && /[a-z]/.test(value)));
  if (named.size === 0) return undefined;
  const echoed = new Set(
    attempt.rows.map((row) =>
      spelled(
        row
          .filter((cell) => typeof cell === 'string')
          .map(String)
          .join(' '),
      ),
    ),
  );
  if (echoed.size !== 1) return undefined;
  const [value] = [...echoed];
  if (!value || !named.has(value)) return undefined;
  return {
    name: 'answer_echoes',
    passed: false,
    detail: `the answer is '${attempt.rows[0]!.filter((cell) => typeof cell === 'string').join(' ')}', the name the question gives itself, not the rows it asks for`,
  };
};
