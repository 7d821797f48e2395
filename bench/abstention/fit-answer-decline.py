#!/usr/bin/env python3
"""
Fits the post-execution decline (issue 14: "reflect may also end a run `unanswerable` after execution"): among the runs
that end `unsure`, whether what the answer checks found tells an unanswerable question from an answerable one. A
logistic regression over what each bench line carries, fitted leave one set out; with --write it writes
src/trust/unsure-decline-weights.ts (src/trust/unsure-decline.ts applies it to the offline model's runs).

  python3 bench/abstention/fit-answer-decline.py OUT [--write]

OUT holds one bench report per set (OUT/<set>.jsonl), best as bench/abstention/refit.sh writes it
(SLUICE_UNSURE_DECLINE=never, so the runs the current decline would end unanswerable stay `unsure` on their lines;
SLUICE_GROUNDING_FEATURES=all; SLUICE_GROUNDING_DECLINE=never). A line whose grounding score reaches the current
threshold (src/trust/grounding-weights.ts) is left out: a normal run declines it before any SQL runs. It first runs
bench/abstention/unread-words.mjs, bench/abstention/sql-shapes.mjs and bench/abstention/evidence-features.mjs over OUT
(the built dist/ must be current; WORDS=FILE, SHAPES=FILE and EVIDENCE_FEATURES=FILE reuse files they wrote).
SETS=a,b,c picks some sets. Never point it at a blind set's output.

Candidates: lines that ended `unsure`, that the grounding score did not decline, and whose SQL leaves some word of the
question unread (the decline names them). Label 1: `"answerable": false` without the tag partly_answerable. A partly
answerable question (one ask grounded, another not) must stay `unsure` naming the part (issue 14), so it counts as a
false decline here, as an answerable question does.

Features (decline_features; src/trust/unsure-decline.ts computes the same at run time): each failed check's name
(those failing on at least MIN_CHECK candidates of the fit), the answer-confidence features of the run (answer_features:
how many of the question's words the SQL leaves unread and what grounds them), what the unread words are
(src/trust/unread-word-kinds.ts: the head or a word of a phrase the question asks for; how many are nouns, verbs,
adjectives or unknown to WordNet), the final SQL's shape read from its parse tree as run time reads it
(src/trust/sql-shape-features.ts: every column, a filter, a join, an aggregate, a grouping),
whether the answer had no, one or many rows, how many checks failed, and how grounding linked the unread words and the
question's names, verbs and adjectives (src/trust/evidence-features.ts over the line's grounding_evidence, by
evidence-features.mjs; EVIDENCE=all / none to compare). EXTRA=1 adds the grounding features, the words
reflect says neither the schema nor the docs explain and the confidence model's probability (never written).

Per left-out set, three thresholds chosen on the other sets: `strict` declines nothing any fitted set would wrongly
decline, `net` declines the most unanswerable questions net of wrongly declined ones with spider-dev within
MAX_SPIDER_FALSE_ABSTENTION, and `cost` the same with each wrong decline weighing COST (3) right ones, since an
answerable question declined is worse than an unanswerable one left `unsure`. Pooled over the held-out sets, the bar
is declines gained with at most one new false decline per 60 answerable questions (every answerable question of the
held-out sets, not only the `unsure` ones); the penalty and threshold rule written are those whose pooled held-out
declines net of COST per false one are best among those within the bar and above zero. A dev tool: numpy only.
"""
import datetime, json, os, re, sys
import numpy as np
from logistic import fit, from_dist, probability, set_names
from evidence_features import PREFIX, record_features, runtime_features

SPIDER = ('spider', 'spider-dev')
MAX_SPIDER_FALSE_ABSTENTION = float(os.environ.get('MAX_SPIDER_FALSE_ABSTENTION', 2 / 523))
MIN_CHECK = int(os.environ.get('MIN_CHECK', '10'))
PENALTIES = [float(p) for p in os.environ.get('PENALTIES', '1,3,10,30').split(',')]
GROUNDING = ['missing_attribute', 'unlinked_focus', 'unknown_topic', 'ranks_by_table', 'open_where_asked', 'asked_open',
             'no_column', 'open_share', 'open_name', 'asked_by_text', 'asked_elsewhere', 'text_share', 'open_distance', 'asked_distance']
# EXTRA=1 adds what src/trust/unsure-decline.ts does not compute (the grounding features, the words reflect could not
# explain, the confidence model's probability), to see whether they would pay; a model fitted with them is not written.
EXTRA = os.environ.get('EXTRA', '0') == '1'
# The features of the grounding evidence record (a line's grounding_evidence) run time computes, read by the built dist/
# (evidence-features.mjs); EVIDENCE=all also weighs those only evidence_features.py computes, EVIDENCE=none none
# (neither written).
EVIDENCE = os.environ.get('EVIDENCE', 'runtime')
COST = float(os.environ.get('COST', '3'))
# DROP=a,b leaves out the features whose names start with any of these (to try smaller models).
DROP = tuple(d for d in os.environ.get('DROP', '').split(',') if d)
DECLINE_WEIGHTS = os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'trust', 'unsure-decline-weights.ts')
WORDS = {}
SHAPES = {}
RECORDS = {}
WEIGHTS = os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'trust', 'grounding-weights.ts')
UNEXPLAINED = re.compile(r'except (.*?), which (?:the schema|neither)')




def unexplained(row):
    """The words the offline reflect says neither the schema nor the docs explain ("except brought and rather, which …"),
    as src/models/offline/reflect-on-attempt.ts words it."""
    for reflection in row.get('reflections', []):
        match = UNEXPLAINED.search(reflection.get('reason', ''))
        if match:
            return [part for part in re.split(r',\s*|\s+and\s+', match.group(1)) if part.strip()]
    return []


def grounding_threshold():
    """The current grounding score's threshold: under SLUICE_GROUNDING_DECLINE=never a line's `declined` is always false."""
    return float(re.search(r'\bthreshold: (-?[0-9.e-]+)', open(WEIGHTS).read()).group(1))


def load(folder, names):
    rows, answerable = [], {}
    threshold = grounding_threshold()
    for name in names:
        answerable[name] = 0
        for line in open(os.path.join(folder, f'{name}.jsonl')):
            row = json.loads(line)
            answerable[name] += int(bool(row['answerable']))
            score = row.get('grounding_score') or {}
            if row['status'] != 'unsure' or score.get('declined') or score.get('probability', 0) >= threshold:
                continue
            # The decline names what nothing holds: a run whose SQL reads every word of the question is never a candidate.
            if not row.get('answer_unread'):
                continue
            partly = 'partly_answerable' in (row.get('tags') or [])
            features = decline_features(row, WORDS.get(f"{name}/{row['id']}", {}), SHAPES[f"{name}/{row['id']}"])
            if EVIDENCE != 'none':
                features.update(RECORDS.get(f"{name}/{row['id']}", {}))
            if EVIDENCE == 'all':
                features.update({PREFIX + k: v for k, v in record_features(row.get('grounding_evidence')).items()})
            if EXTRA:
                features.update({f: float((score.get('features') or {}).get(f, 0.0)) for f in GROUNDING})
                features['unexplained_words'] = min(len(unexplained(row)), 3) / 3
                features['answer_probability'] = float(row.get('answer_probability') or 0.0)
            features = {k: v for k, v in features.items() if not k.startswith(DROP)} if DROP else features
            rows.append({'set': name, 'y': int(not row['answerable'] and not partly), 'partly': partly, 'features': features})
    return rows, answerable


def decline_features(row, words, shape):
    """What src/trust/unsure-decline.ts computes at run time, from the same facts the bench line carries: the
    answer-confidence features (answer_features), each failed check by name, the SQL's shape (sql-shapes.mjs), how many
    rows and failed checks, and what the unread words are (unread-words.mjs)."""
    attempts = row.get('attempts') or []
    count = attempts[-1]['row_count'] if attempts else 0
    features = {k: float(v) for k, v in shape.items()}
    features.update({
        'no_rows': float(count == 0), 'one_row': float(count == 1), 'many_rows': float(count >= 50),
        'failed_checks': min(len(row['failed_checks']), 5) / 5,
    })
    features.update({f'answer:{k}': float(v) for k, v in (row.get('answer_features') or {}).items() if k != 'content_words'})
    features.update({f'word:{k}': min(float(v), 3) / 3 for k, v in words.items()})
    for check in row['failed_checks']:
        features[f"check:{check['name']}"] = 1.0
    return features


def thresholds(p, y, spider, spider_size):
    """(strict, net, cost) on the fitted sets: strict just above every wrongly declined one; net the best gain, spider
    bounded; cost the same with each wrong decline weighing COST right ones (above every candidate when none pays)."""
    top = float(p[y == 0].max()) if (y == 0).any() else 0.5
    above = p[p > top]
    # Halfway to the next higher score, so rounding cannot move a scored run across it.
    strict = float((top + above.min()) / 2) if len(above) else top + 1e-9
    chosen = {}
    for name, weight in (('net', 1.0), ('cost', COST)):
        best, at = 0.0 if name == 'cost' else None, float(p.max()) + 1e-9
        for t in np.unique(p):
            d = p >= t
            false_spider = int((d & spider & (y == 0)).sum())
            if spider_size and false_spider > MAX_SPIDER_FALSE_ABSTENTION * spider_size:
                continue
            gain = int((d & (y == 1)).sum()) - weight * int((d & (y == 0) & ~spider).sum())
            if best is None or gain > best:
                below = p[p < t]
                # Halfway to the next lower score, so rounding cannot move a scored run across it.
                best, at = gain, float((t + below.max()) / 2) if len(below) else float(t)
        chosen[name] = at
    return strict, chosen['net'], chosen['cost']


def auc(p, y):
    order = np.argsort(-p, kind='stable')
    ys = y[order]
    tp, fp = np.cumsum(ys) / max(1, ys.sum()), np.cumsum(1 - ys) / max(1, (1 - ys).sum())
    return float(np.sum(np.diff(np.r_[0, fp]) * tp))


def main():
    global WORDS, SHAPES, RECORDS
    folder = sys.argv[1]
    # What the unread words are, the SQL's shape and the evidence record's features, read by the built dist/ exactly as
    # run time reads them.
    WORDS = json.load(open(from_dist('WORDS', 'unread-words', folder)))
    SHAPES = json.load(open(from_dist('SHAPES', 'sql-shapes', folder)))
    RECORDS = runtime_features(folder) if EVIDENCE != 'none' else {}
    names = set_names(folder)
    rows, answerable = load(folder, names)
    sets = np.array([r['set'] for r in rows])
    y = np.array([r['y'] for r in rows])
    partly = np.array([r['partly'] for r in rows])
    spider = np.isin(sets, SPIDER)
    # refit.sh names spider-dev's report after its folder (spider-dev), runset.sh spider.
    spider_name = next((n for n in names if n in SPIDER), None)
    spider_size = sum(1 for _ in open(os.path.join(folder, f'{spider_name}.jsonl'))) if spider_name else 0
    print(f'{len(names)} sets; unsure candidates: {int(y.sum())} unanswerable, {int((y == 0).sum() - partly.sum())} answerable, {int(partly.sum())} partly')
    every = sorted({k for r in rows for k in r['features']})
    matrix = np.array([[r['features'].get(f, 0.0) for f in every] for r in rows])
    is_check = np.array([f.startswith('check:') for f in every])
    pooled = {}
    for l2 in PENALTIES:
        held = np.zeros(len(y))
        lines, totals = [], np.zeros(9, int)
        for name in names:
            train, test = sets != name, sets == name
            # A check is weighed only when it failed often enough on the fitted sets.
            A = matrix[:, ~is_check | (matrix[train].sum(axis=0) >= MIN_CHECK)]
            theta = fit(A[train], y[train], l2)
            strict, net, cost = thresholds(probability(theta, A[train]), y[train], spider[train], spider_size if name not in SPIDER else 0)
            p = probability(theta, A[test])
            held[test] = p
            yt, pt = y[test], partly[test]
            counts = []
            for t in (strict, net, cost):
                d = p >= t
                counts += [int((d & (yt == 1)).sum()), int((d & (yt == 0) & ~pt).sum()), int((d & pt).sum())]
            totals += counts
            lines.append(f'  {name:12} unsure U {int(yt.sum()):3} A {int(((yt == 0) & ~pt).sum()):4} P {int(pt.sum()):2} | strict +U {counts[0]:2} +A {counts[1]:2} +P {counts[2]:2} | net +U {counts[3]:2} +A {counts[4]:3} +P {counts[5]:2} | cost +U {counts[6]:2} +A {counts[7]:2} +P {counts[8]:2}')
        print(f'L2 {l2}: leave-one-set-out AUC {auc(held, y):.3f}; declined when the left-out set is scored at thresholds chosen on the others')
        print('\n'.join(lines))
        print(f'  {"total":12} {"":25} | strict +U {totals[0]:2} +A {totals[1]:2} +P {totals[2]:2} | net +U {totals[3]:2} +A {totals[4]:3} +P {totals[5]:2} | cost +U {totals[6]:2} +A {totals[7]:2} +P {totals[8]:2}')
        wrong, bound = int(totals[7] + totals[8]), sum(answerable.values()) / 60
        print(f'  cost threshold (COST {COST:g}), pooled held out: {int(totals[6])} unanswerable declined, {wrong} answerable declined '
              f'of {sum(answerable.values())} answerable questions (bar: at most {bound:.1f}): '
              + ('meets the landing bar' if totals[6] > 0 and wrong <= bound else 'does not meet the landing bar'))
        pooled[(l2, 'strict')] = (int(totals[0]), int(totals[1] + totals[2]))
        pooled[(l2, 'cost')] = (int(totals[6]), wrong)
        order = np.argsort(-held, kind='stable')
        print('  best-ranked held-out candidates (top 10/20/40): unanswerable ' + ', '.join(f'{int(y[order[:k]].sum())}/{k}' for k in (10, 20, 40)))
    write(rows, y, sets, spider, spider_size, pooled, sum(answerable.values()) / 60)


def write(rows, y, sets, spider, spider_size, pooled, bound):
    """Fits the penalty and threshold rule (strict or cost) whose pooled held-out declines, net of COST per false one,
    are best among those that gain within the bar, on every set, and with --write writes
    src/trust/unsure-decline-weights.ts (never when EXTRA or DROP is set: run time computes exactly the default
    features)."""
    fair = {key: u - COST * a for key, (u, a) in pooled.items() if u > 0 and a <= bound and u - COST * a > 0}
    if not fair:
        print('no penalty and threshold gain declines net of COST per false one within the bar: nothing to write')
        return
    l2, rule = max(fair, key=lambda k: (fair[k], k[0]))
    print(f'chosen: L2 {l2:g}, {rule} threshold (held out {pooled[(l2, rule)][0]} unanswerable, {pooled[(l2, rule)][1]} answerable declined)')
    every = sorted({k for r in rows for k in r['features']})
    matrix = np.array([[r['features'].get(f, 0.0) for f in every] for r in rows])
    keep = [f for i, f in enumerate(every) if not f.startswith('check:') or matrix[:, i].sum() >= MIN_CHECK]
    A = matrix[:, [every.index(f) for f in keep]]
    theta = fit(A, y, l2)
    p = probability(theta, A)
    strict, _, cost = thresholds(p, y, spider, spider_size)
    cost = strict if rule == 'strict' else cost
    d = p >= cost
    print(f'fitted on all (L2 {l2:g}): threshold {cost:.4f}, in sample {int((d & (y == 1)).sum())} unanswerable and {int((d & (y == 0)).sum())} answerable declined')
    if '--write' not in sys.argv:
        return
    if EXTRA or DROP or EVIDENCE != 'runtime':
        print('EXTRA, DROP or EVIDENCE is set: run time does not compute these features, nothing written')
        return
    weights = ''.join(f"    '{f}': {round(float(w), 4)},\n" for f, w in zip(keep, theta[:-1]) if abs(w) >= 1e-4)
    stamp = datetime.date.today().isoformat()
    with open(DECLINE_WEIGHTS, 'w') as out:
        out.write('// Written by bench/abstention/fit-answer-decline.py --write: do not edit by hand, refit (bench/abstention/refit.sh).\n')
        out.write(f"export const FITTED_UNSURE_DECLINE = {{\n  fitted: '{stamp}',\n  l2: {l2:g},\n  rule: '{rule}',\n  bias: {round(float(theta[-1]), 4)},\n  threshold: {round(cost, 4)},\n  weights: {{\n{weights}  }} as Record<string, number>,\n}};\n")
    print(f'wrote {os.path.relpath(DECLINE_WEIGHTS)}')


if __name__ == '__main__':
    main()
