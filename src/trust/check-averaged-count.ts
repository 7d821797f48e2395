import { splitIdentifier } from '../catalog/split-identifier.js';
import { bareName } from '../models/offline/bare-name.js';
import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { aggregateOf, columnOf, outerSelectTree, type OuterSelectTree } from '../sql-tree/outer-select-tree.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { groupPhrases } from './group-phrases.js';
import { groupedNodes } from './grouped-nodes.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { treeColumnSchema } from './tree-column-schema.js';

const AVERAGE = /^(average|averages|averaged|avg|mean)$/;
/** Words that say the thing averaged is itself a count ("average number of …", "avg # of …"). */
const COUNT_ASKED = /\bhow\s+many\b|#|\bnumbers?\b|\bcounts?\b|\bno\.\s*of\b|\bnos\b/i;
/** "size" counts the members of what the word before it names: "average class size", the pupils of each class. */
const SIZE = /\b(?:([a-z]+)\s+)?sizes?\b/i;
/** Closed-class words that end the noun phrase after "average": prepositions, determiners, conjunctions, relatives. */
const PHRASE_END =
  /^(per|for|by|of|at|in|on|across|over|each|every|among|between|from|to|with|without|where|when|that|which|who|whose|during|since|before|after|and|or|this|last|than|is|are|was|were|the|a|an|our|their|its)$/;

/**
 * "avg appt length per salon" answered by `SELECT AVG(appt_count) FROM (SELECT salon, COUNT(*) AS appt_count … GROUP
 * BY salon)`: the SQL averages how many rows each group has, which answers "average appointments per salon" or "the
 * average number of …", not an average of a measure of each row ("length", "time on site", "spend", "order total").
 * The noun the question averages (the last word of the phrase after "average", before its preposition) must name the
 * rows counted (their table, or the column a COUNT(DISTINCT …) reads), or the question must ask for a count ("how
 * many", "number", "#", "size").
 */
export const checkAveragedCount: AnswerCheckRule = ({ question, tree, context }) => {
  if (!tree) return undefined;
  const averaged = averagedCount(tree);
  if (!averaged) return undefined;
  const words = questionWords(question);
  const at = words.findIndex((word) => AVERAGE.test(word.text));
  if (at < 0) return undefined;
  if (COUNT_ASKED.test(question)) return { name: 'averaged_count', passed: true, detail: 'the question averages a count' };
  const size = SIZE.exec(question);
  // "average class size" grouped by class counts each class's members; "average ring size of the rings … per branch"
  // asks for a measure of each ring, which how many rings each branch has is not.
  const sizeOf = size?.[1]?.toLowerCase();
  if (size && (!sizeOf || AVERAGE.test(sizeOf) || PHRASE_END.test(sizeOf) || sqlReadsWord(sizeOf, innerGroupRoots(averaged.inner, context.table_schemas)))) {
    return { name: 'averaged_count', passed: true, detail: 'the question averages the size of each group' };
  }
  const phrase: string[] = [];
  for (let k = at + 1; k < words.length && !PHRASE_END.test(words[k]!.text); k++) {
    phrase.push(words[k]!.text);
    // "avg appts/salon": a slash reads "per".
    const next = words[k + 1];
    if (words[k]!.clauseEnd || (next && question.slice(words[k]!.offset, next.offset).includes('/'))) break;
  }
  // "appointments booked per salon": a participle after the noun describes it.
  while (phrase.length > 1 && /ed$/.test(phrase.at(-1)!)) phrase.pop();
  const head = phrase.at(-1);
  if (!head || /^\d/.test(head)) return undefined;
  const counted = countedNames(averaged.inner, averaged.count, context.table_schemas);
  if (counted.length === 0) return undefined;
  const roots = new Set(counted.flatMap((name) => splitIdentifier(name).flatMap((part) => [part.toLowerCase(), wordRoot(part.toLowerCase())])));
  if (sqlReadsWord(head, roots)) return { name: 'averaged_count', passed: true, detail: `the SQL averages how many ${head} each group has` };
  return {
    name: 'averaged_count',
    passed: false,
    detail: `the question asks for the average ${phrase.join(' ')}, but the SQL averages how many ${counted[0]} rows each group has (${averaged.alias})`,
  };
};

interface AveragedCount {
  inner: OuterSelectTree;
  count: TreeNode;
  alias: string;
}

/** `AVG(x)` of the outer SELECT where x is a COUNT of the subquery it reads FROM. */
function averagedCount(tree: OuterSelectTree): AveragedCount | undefined {
  const from = tree.clauses.at(-1);
  if (from?.type !== 'SUBQUERY') return undefined;
  const inner = outerSelectTree(from.subquery as TreeNode);
  if (!inner) return undefined;
  for (const item of tree.selectList) {
    const aggregate = aggregateOf(item.class === 'CAST' ? (item.child as TreeNode) : item);
    if (aggregate?.name !== 'avg') continue;
    const ref = columnOf(aggregate.argument);
    if (!ref) continue;
    const count = inner.selectList.find((node) => String(node.alias ?? '').toLowerCase() === ref.column && aggregateOf(node)?.name === 'count');
    if (count) return { inner, count, alias: ref.column };
  }
  return undefined;
}

/** What a COUNT counts: the table of the column it reads (and the column), or for COUNT(*) the first table read. */
function countedNames(inner: OuterSelectTree, count: TreeNode, schemas: Parameters<typeof treeColumnSchema>[1]): string[] {
  const ref = columnOf(aggregateOf(count)?.argument);
  if (ref) {
    const resolved = treeColumnSchema(inner, schemas, ref);
    return resolved ? [bareName(resolved.table.name), resolved.column.name] : [ref.owner ?? '', ref.column].filter(Boolean);
  }
  const first = inner.tables[0];
  return first ? [first.name] : [];
}

/** Word roots of what a subquery groups by: its grouped columns and their tables. */
function innerGroupRoots(inner: OuterSelectTree, schemas: Parameters<typeof treeColumnSchema>[1]): Set<string> {
  return new Set(
    groupedNodes(inner).flatMap((node) => {
      const ref = columnOf(node);
      if (!ref) return [];
      const resolved = treeColumnSchema(inner, schemas, ref);
      const names = [ref.column, ...(resolved ? [bareName(resolved.table.name), resolved.column.name] : [])];
      return names.flatMap((name) => splitIdentifier(name).flatMap((part) => [part.toLowerCase(), wordRoot(part.toLowerCase())]));
    }),
  );
}

/**
 * "On average how many swimmers are enrolled in a class at each pool?" answered by `SELECT AVG(n) FROM (SELECT pool,
 * COUNT(…) AS n … GROUP BY pool)`: "each / every X" asks for an answer per X, and an outer aggregate with no GROUP BY of
 * its own over a subquery grouped by X folds the groups into one number ("per X" may be that one ratio: "average
 * visits per member").
 */
export const checkGroupsFolded: AnswerCheckRule = ({ tree, analysis, context }) => {
  if (!tree || tree.groupBy.length > 0) return undefined;
  const from = tree.clauses.at(-1);
  if (from?.type !== 'SUBQUERY') return undefined;
  const inner = outerSelectTree(from.subquery as TreeNode);
  if (!inner || inner.groupBy.length === 0) return undefined;
  const folded = tree.selectList.map((item) => aggregateOf(item.class === 'CAST' ? (item.child as TreeNode) : item)).find((aggregate) => aggregate !== undefined);
  if (!folded) return undefined;
  const each = groupPhrases(analysis).filter((phrase) => /\b(each|every)\b/.test(phrase.keyword));
  if (each.length === 0) return undefined;
  const grouped = innerGroupRoots(inner, context.table_schemas);
  const phrase = each.find((candidate) => candidate.words.some((word) => sqlReadsWord(word.text, grouped)));
  if (!phrase) return { name: 'groups_folded', passed: true, detail: 'the groups the question asks for are not the ones folded' };
  const text = phrase.words.map((word) => word.text).join(' ');
  return {
    name: 'groups_folded',
    passed: false,
    detail: `the question asks for an answer ${/^(each|every)$/.test(phrase.keyword) ? `for ${phrase.keyword}` : phrase.keyword} ${text}, but the SQL groups by ${text} only inside and takes one ${folded.name.toUpperCase()} across the groups`,
  };
};
