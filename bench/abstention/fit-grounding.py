#!/usr/bin/env python3
"""
Fits the scored grounding decision (src/trust/score-grounding.ts): a logistic regression over the grounding features
each bench question's line carries (grounding_score.features), on every labelled set, and writes its weights to
src/trust/grounding-weights.ts. Reports leave-one-set-out figures: for each set, the model is fitted on the others and
scores the one left out, beside the rules the score replaced (any of the rule features firing) on the same questions.

  SLUICE_GROUNDING_FEATURES=all node dist/cli/sluice.js bench --dataset bench/datasets/abstention-dev-a --concurrency 2 --out OUT/abstention-dev-a.json
  ... (abstention, abstention-blind, abstention-blind-2, abstention-dev-a, abstention-dev-b; spider-dev as OUT/spider.json)
  python3 bench/abstention/fit-grounding.py OUT [--write]

The threshold is the one that declines most unanswerable questions net of wrongly declined near-misses while the
spider-dev questions in the fit are declined at most MAX_SPIDER_FALSE_ABSTENTION of the time; with spider-dev left out,
the mean of the other folds' thresholds. Only questions whose kind left the decision to the score carry features:
the others (future, advice, "why", a table asked about as a table) are declined whatever the score says.
A dev tool: numpy only. SLUICE_GROUNDING_FEATURES=all makes the runs compute every feature: without it a feature the
fitted weights give 0 is not computed (the hot path) and reads 0.
"""
import json, os, sys, datetime
import numpy as np

RULES = ['missing_attribute', 'unlinked_focus', 'unknown_topic', 'ranks_by_table', 'open_where_asked']
SETS = ['abstention', 'abstention-blind', 'abstention-blind-2', 'abstention-dev-a', 'abstention-dev-b', 'spider']
FEATURES = ['missing_attribute', 'unlinked_focus', 'unknown_topic', 'ranks_by_table', 'open_where_asked', 'asked_open',
            'no_column', 'open_share', 'open_name', 'asked_by_text', 'asked_elsewhere', 'text_share', 'open_distance', 'asked_distance']
MAX_SPIDER_FALSE_ABSTENTION = 0.02
# The feature sets and penalties tried; the one kept declines the most unanswerable questions net of wrongly declined
# answerable ones over the left-out abstention sets, with spider-dev's left-out false abstention within the bound.
VECTORS = ['open_distance', 'asked_distance']
EVIDENCE = ['asked_by_text', 'asked_elsewhere', 'text_share']
CANDIDATES = [RULES, RULES + EVIDENCE, RULES + EVIDENCE + VECTORS, RULES + ['open_distance'], RULES + VECTORS, RULES + VECTORS + ['open_name'], RULES + ['asked_open', 'no_column', 'open_share'], FEATURES]
PENALTIES = [0.1, 1.0]
OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'trust', 'grounding-weights.ts')


def load(folder):
    questions = []
    for name in SETS:
        for line in open(os.path.join(folder, f'{name}.jsonl')):
            row = json.loads(line)
            score = row.get('grounding_score')
            if score is None:
                continue
            questions.append({'set': name, 'y': 0 if row['answerable'] else 1, 'features': score['features']})
    return questions


def fit(A, y, l2):
    """Logistic regression by Newton's method with an L2 penalty on the weights (not the bias)."""
    n, d = A.shape
    A1 = np.hstack([A, np.ones((n, 1))])
    theta = np.zeros(d + 1)
    penalty = np.r_[np.full(d, l2), 1e-9]
    for _ in range(100):
        p = 1 / (1 + np.exp(-A1 @ theta))
        gradient = A1.T @ (p - y) + penalty * theta
        hessian = (A1.T * (p * (1 - p))) @ A1 + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if np.abs(step).max() < 1e-9:
            break
    return theta


def probability(theta, A):
    return 1 / (1 + np.exp(-(np.hstack([A, np.ones((len(A), 1))]) @ theta)))


def threshold(p, questions):
    y = np.array([q['y'] for q in questions])
    spider = np.array([q['set'] == 'spider' for q in questions])
    best = None
    levels = np.unique(p)
    for i, t in enumerate(levels):
        declined = p >= t
        if spider.any() and declined[spider].mean() > MAX_SPIDER_FALSE_ABSTENTION:
            continue
        gain = declined[y == 1].mean() - declined[(y == 0) & ~spider].mean()
        if best is None or gain > best[0] + 1e-12:
            # Halfway down to the next lower probability: the rounded weights keep the same questions on each side.
            best = (gain, (t + levels[i - 1]) / 2 if i > 0 else t / 2)
    return float(best[1])


def matrix(questions, features):
    return np.array([[q['features'][f] for f in features] for q in questions], float), np.array([q['y'] for q in questions], float)


def counts(declined, y):
    return int(declined[y == 1].sum()), int((y == 1).sum()), int(declined[y == 0].sum()), int((y == 0).sum())


def leave_one_set_out(questions, features, l2):
    """Per set: (declined unanswerable, unanswerable, declined answerable, answerable, threshold), fitted on the others."""
    folds = {}
    thresholds = []
    for name in SETS:
        train = [q for q in questions if q['set'] != name]
        A, y = matrix(train, features)
        theta = fit(A, y, l2)
        t = threshold(probability(theta, A), train) if name != 'spider' else float(np.mean(thresholds))
        if name != 'spider':
            thresholds.append(t)
        B, z = matrix([q for q in questions if q['set'] == name], features)
        folds[name] = counts(probability(theta, B) >= t, z) + (t,)
    return folds


def net(folds):
    return sum(folds[name][0] - folds[name][2] for name in SETS if name != 'spider')


def main():
    folder = sys.argv[1]
    questions = load(folder)
    rules = {}
    for name in SETS:
        B, z = matrix([q for q in questions if q['set'] == name], RULES)
        rules[name] = counts(B.max(axis=1) > 0, z)
    print(f'rules: net {sum(rules[n][0] - rules[n][2] for n in SETS if n != "spider")}, spider-dev {rules["spider"][2]}/{rules["spider"][3]}')
    best = None
    for features in CANDIDATES:
        for l2 in PENALTIES:
            folds = leave_one_set_out(questions, features, l2)
            spider = folds['spider']
            allowed = spider[2] <= MAX_SPIDER_FALSE_ABSTENTION * spider[3]
            print(f'{"+".join(f for f in features if f not in RULES) or "rules only"} (L2 {l2}): net {net(folds)}, spider-dev {spider[2]}/{spider[3]}{"" if allowed else " (over the bound)"}')
            if allowed and (best is None or net(folds) > net(best[2])):
                best = (features, l2, folds)
    features, l2, folds = best
    for rule in RULES:
        without = leave_one_set_out(questions, [f for f in features if f != rule], l2)
        print(f'kept set without {rule}: net {net(without)}, spider-dev {without["spider"][2]}/{without["spider"][3]}')
    print(f'\nkept: {", ".join(features)} (L2 {l2})\n')
    print('| set (left out) | unanswerable declined: rules → score | answerable declined: rules → score | threshold |')
    print('|---|---|---|---|')
    for name in SETS:
        r, f = rules[name], folds[name]
        print(f'| {name} | {r[0]}/{r[1]} → {f[0]}/{f[1]} | {r[2]}/{r[3]} → {f[2]}/{f[3]} | {f[4]:.3f} |')
    A, y = matrix(questions, features)
    theta = fit(A, y, l2)
    t = threshold(probability(theta, A), questions)
    fitted = {f: (float(theta[features.index(f)]) if f in features else 0.0) for f in FEATURES}
    print('\nfitted on all:', {f: round(w, 3) for f, w in fitted.items()}, 'bias', round(float(theta[-1]), 3), 'threshold', round(t, 3))
    if '--write' in sys.argv:
        weights = ''.join(f'    {f}: {round(w, 4)},\n' for f, w in fitted.items())
        stamp = f"{datetime.date.today().isoformat()}, {len(questions)} questions of {', '.join(SETS)}; L2 {l2}"
        with open(OUT, 'w') as out:
            out.write('// Written by bench/abstention/fit-grounding.py: do not edit by hand, refit.\n')
            out.write(f"export const FITTED_GROUNDING_WEIGHTS = {{\n  fitted: '{stamp}',\n  bias: {round(float(theta[-1]), 4)},\n  threshold: {round(t, 4)},\n  weights: {{\n{weights}  }},\n}};\n")
        print('wrote', os.path.normpath(OUT))


if __name__ == '__main__':
    main()
