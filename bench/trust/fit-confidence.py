#!/usr/bin/env python3
"""Fits the confidence model of `success` answers (src/trust/answer-confidence-model.ts) from bench logs.

usage: python3 bench/trust/fit-confidence.py DIR [--write]

DIR holds one bench JSONL log per set (DIR/<set>.jsonl, written by `sluice bench --out DIR/<set>.json` with the offline
model); every set there is fitted on and is one fold (SETS=a,b,c picks some). bench/abstention/refit.sh writes DIR.
Each executed answer's line carries `answer_features` (src/trust/answer-feature-vector.ts).
Rows: the questions that ended `success` when the model doubts nothing (status success, or unsure only because of
scored_confidence), labelled by `correct`; a question the grounding score declines (src/trust/grounding-weights.ts,
as the grounding fit wrote it, scored from the line's grounding features) is left out, since it never reaches the
model: so runs with SLUICE_GROUNDING_DECLINE=never are scored as the current grounding weights would decide them.
UNANSWERABLE=wrong also counts a `success` on a question the data cannot answer as a wrong answer (default: left out).
Logistic regression with an L2 penalty, each set weighted equally; validated leave-one-set-out (fit on the other
sets, threshold chosen on them, scored on the one left out), beside the current model file on the same answers. The
feature sets and penalties tried are CANDIDATES x PENALTIES (FEATURES=a,b and L2=x fix one); the one kept doubts the
most wrong answers net of right ones doubted. WRONG_COST=3 weighs a wrong success as three right ones lost (in the fit,
the threshold and the net) and also reports the current weights with only the threshold chosen so; with it a refit wins
only when every left-out set's success precision holds or rises and no set loses more right answers than it newly
doubts wrong ones. --write rewrites src/trust/answer-confidence-model.ts with it, fitted
on every set.
"""
import json, math, os, re, signal, sys
import numpy as np

signal.signal(signal.SIGPIPE, signal.SIG_DFL)

SPIDER = ('spider', 'spider-dev')
ROOT = os.path.join(os.path.dirname(__file__), '..', '..')
MODEL = os.path.join(ROOT, 'src', 'trust', 'answer-confidence-model.ts')
GROUNDING = os.path.join(ROOT, 'src', 'trust', 'grounding-weights.ts')


def label(name):
    return 'spider-dev' if name in SPIDER else name


BASE = ['unread_share', 'unread_far', 'unread_column', 'unread_value', 'unread_ungrounded', 'asked_unread', 'read_by_relative',
        'select_star', 'earlier_attempts', 'rows_none', 'shape_gaps']
ALL = BASE + ['unread_weak', 'rows_one', 'content_words']
CANDIDATES = [os.environ['FEATURES'].split(',')] if 'FEATURES' in os.environ else [BASE, BASE + ['unread_weak'], BASE + ['rows_one', 'content_words'], ALL]
PENALTIES = [float(os.environ['L2'])] if 'L2' in os.environ else [0.1, 1.0, 10.0]
# Right answers newly doubted, as a share of the right `success` answers of the sets the threshold is chosen on.
MAX_RIGHT_DOUBTED = float(os.environ.get('MAX_RIGHT_DOUBTED', '0.02'))
# --write writes the refit only when its leave-one-set-out net beats the current model's, no set's right answers
# doubted rise by more than this many and no set keeps a wrong success the current model doubts (--force writes anyway).
MAX_FOLD_RISE = int(os.environ.get('MAX_FOLD_RISE', '2'))
UNANSWERABLE = os.environ.get('UNANSWERABLE', 'out')
# WRONG_COST=c weighs a wrong `success` as c lost right ones: the fit weighs wrong rows c times, the threshold is the one
# that doubts the most c·wrong − right on the fitting sets, and models are compared by that net (unset: the 2% rule).
WRONG_COST = float(os.environ['WRONG_COST']) if 'WRONG_COST' in os.environ else None


# Fitted on every executed answer (success or unsure), with `checks_failed` telling them apart, so the few wrong
# `success` answers are not the only wrong ones the weights learn from; only answers that passed every check are ever
# scored, with checks_failed 0. ROWS=success fits on those alone.
ROWS = os.environ.get('ROWS', 'executed')


def set_names(folder):
    names = os.environ.get('SETS')
    return names.split(',') if names else sorted(f[:-len('.jsonl')] for f in os.listdir(folder) if f.endswith('.jsonl'))


def grounding_declines():
    """Whether the grounding weights file declines a line's question by its recorded features (the score's own rule)."""
    text = open(GROUNDING).read()
    number = lambda key: float(re.search(rf'\b{key}: (-?[0-9.e-]+)', text).group(1))
    weights = {name: float(value) for name, value in re.findall(r'^\s+([a-z_]+): (-?[0-9.e-]+),?$', text, re.M) if name not in ('bias', 'threshold')}
    bias, threshold = number('bias'), number('threshold')

    def declines(row):
        score = row.get('grounding_score')
        if not score:
            return False
        logit = bias + sum(w * score['features'].get(f, 0.0) for f, w in weights.items())
        return 1 / (1 + math.exp(-logit)) >= threshold
    return declines


DECLINES = grounding_declines()


def reaches(row):
    """The question reaches the answer checks: answerable (or counted as wrong when not) and not declined by the score."""
    if 'answer_features' not in row or DECLINES(row): return False
    return row.get('answerable') is not False or UNANSWERABLE == 'wrong'


def would_succeed(row):
    if not reaches(row): return False
    if row['status'] == 'success': return True
    return row['status'] == 'unsure' and all(check['name'] == 'scored_confidence' for check in row.get('failed_checks', []))


def fitted_row(row):
    return reaches(row) and (row['status'] in ('success', 'unsure') if ROWS == 'executed' else would_succeed(row))


def right(row):
    return 1.0 if row['correct'] and row.get('answerable') is not False else 0.0


def matrix(rows, names):
    return np.array([[row['answer_features'].get(f, 0.0) for f in names] + ([0.0 if would_succeed(row) else 1.0] if ROWS == 'executed' else [])
                     for row in rows], dtype=float).reshape(-1, len(names) + (ROWS == 'executed'))


def load(directory, names, features):
    """Per set: (X, y, rows) of the rows fitted on, and the same of the would-be-success rows scored."""
    data, scored = {}, {}
    for name in names:
        rows = [json.loads(line) for line in open(os.path.join(directory, f'{name}.jsonl'))]
        for target, keep in ((data, fitted_row), (scored, would_succeed)):
            kept = [row for row in rows if keep(row)]
            target[name] = (matrix(kept, features), np.array([right(row) for row in kept]), kept)
    return data, scored


def fit(X, y, w, l2):
    """Weighted logistic regression by Newton's method; the intercept is not penalised."""
    A = np.hstack([np.ones((len(X), 1)), X])
    beta = np.zeros(A.shape[1])
    penalty = np.full(A.shape[1], l2); penalty[0] = 0
    for _ in range(100):
        p = 1 / (1 + np.exp(-A @ beta))
        grad = A.T @ (w * (y - p)) - penalty * beta
        H = -(A.T * (w * p * (1 - p))) @ A - np.diag(penalty)
        step = np.linalg.solve(H, grad)
        beta -= step
        if np.abs(step).max() < 1e-9: break
    return beta


def prob(beta, X):
    return 1 / (1 + np.exp(-(beta[0] + X[:, :len(beta) - 1] @ beta[1:])))


def choose_threshold(beta, parts):
    """The highest threshold that doubts at most MAX_RIGHT_DOUBTED of the right answers (pooled over the sets)."""
    scores = np.concatenate([prob(beta, X) for X, _, _ in parts])
    labels = np.concatenate([y for _, y, _ in parts])
    if WRONG_COST is not None: return costed_threshold(scores, labels)
    right_scores = np.sort(scores[labels == 1])
    allowed = int(math.floor(MAX_RIGHT_DOUBTED * len(right_scores)))
    # Doubting is "p < t": t halfway between the `allowed`-th lowest right score and the next doubts exactly `allowed`
    # of them (ties aside), and stays so when the weights are rounded for the model file.
    if allowed >= len(right_scores): return 1.0
    return float(right_scores[allowed]) if allowed == 0 else float(right_scores[allowed - 1] + right_scores[allowed]) / 2


def costed_threshold(scores, labels):
    """The threshold (halfway between two neighbouring scores) doubting the most WRONG_COST·wrong − right; ties: the lowest."""
    cuts = np.unique(scores)
    candidates = [float(cuts[0]) - 1e-6] + [float(a + b) / 2 for a, b in zip(cuts[:-1], cuts[1:])]
    gain = lambda t: WRONG_COST * ((scores < t) & (labels == 0)).sum() - ((scores < t) & (labels == 1)).sum()
    return max(candidates, key=lambda t: (gain(t), -t))


def training(data, names):
    X = np.vstack([data[n][0] for n in names]); y = np.concatenate([data[n][1] for n in names])
    # Every set weighs the same in total, so spider-dev's 300 answers do not drown the read sets' few dozen.
    w = np.concatenate([np.full(len(data[n][1]), 1.0 / max(1, len(data[n][1]))) for n in names if len(data[n][1])]) * len(y) / len([n for n in names if len(data[n][1])])
    if WRONG_COST is not None: w = w * np.where(y == 0, WRONG_COST, 1.0)
    return X, y, w


def fold(y, doubted):
    """(right kept, right, wrong doubted, wrong)."""
    return int(((~doubted) & (y == 1)).sum()), int((y == 1).sum()), int((doubted & (y == 0)).sum()), int((y == 0).sum())


def current_model(features):
    text = open(MODEL).read()
    intercept = float(re.search(r'intercept: (-?[0-9.]+)', text).group(1))
    threshold = float(re.search(r'threshold: (-?[0-9.]+)', text).group(1))
    weights = dict((name, float(value)) for name, value in re.findall(r'^\s+([a-z_]+): (-?[0-9.]+),?$', text, re.M) if name not in ('intercept', 'threshold'))
    return weights, intercept, threshold


def current_folds(directory, names):
    weights, intercept, threshold = current_model(ALL)
    features = list(weights)
    _, scored = load(directory, names, features)
    beta = np.array([intercept] + [weights[f] for f in features])
    return {n: fold(scored[n][1], prob(beta, scored[n][0]) < threshold) for n in names}


def current_weights_costed(directory, names):
    """The current weights with only the threshold refitted, leave-one-set-out: does moving the threshold alone pay?"""
    weights, intercept, _ = current_model(ALL)
    _, scored = load(directory, names, list(weights))
    beta = np.array([intercept] + list(weights.values()))
    folds = {}
    for name in names:
        threshold = choose_threshold(beta, [scored[n] for n in names if n != name])
        folds[name] = fold(scored[name][1], prob(beta, scored[name][0]) < threshold) + (threshold,)
    return folds


def leave_one_set_out(data, scored, names, l2):
    folds = {}
    for name in names:
        others = [n for n in names if n != name]
        beta = fit(*training(data, others), l2)
        threshold = choose_threshold(beta, [scored[n] for n in others])
        X, y, _ = scored[name]
        folds[name] = fold(y, prob(beta, X) < threshold) + (threshold,)
    return folds


def net(folds):
    return sum((WRONG_COST or 1) * f[2] - (f[1] - f[0]) for f in folds.values())


def precision(f):
    """Of the answers left `success` on a fold: right kept / (right kept + wrong kept)."""
    kept = f[0] + f[3] - f[2]
    return f'{f[0]}/{kept}' if kept else '-'



def main():
    directory = sys.argv[1]
    names = set_names(directory)
    now = current_folds(directory, names)
    print(f'{len(names)} sets; right answers doubted at most {MAX_RIGHT_DOUBTED:.0%} on the fitting sets; unanswerable questions\' successes {UNANSWERABLE}')
    print(f'current model: net {net(now)} (wrong doubted {sum(f[2] for f in now.values())}, right doubted {sum(f[1] - f[0] for f in now.values())})')
    if WRONG_COST is not None:
        moved = current_weights_costed(directory, names)
        print(f'current weights, threshold chosen by the cost on the other sets: net {net(moved)} (wrong doubted {sum(f[2] for f in moved.values())}, right doubted {sum(f[1] - f[0] for f in moved.values())}; thresholds {min(f[4] for f in moved.values()):.3f}–{max(f[4] for f in moved.values()):.3f})')
    best = None
    for features in CANDIDATES:
        data, scored = load(directory, names, features)
        for l2 in PENALTIES:
            folds = leave_one_set_out(data, scored, names, l2)
            extra = '+'.join(f for f in features if f not in BASE) or 'base'
            print(f'{extra} (L2 {l2}): net {net(folds)} (wrong doubted {sum(f[2] for f in folds.values())}, right doubted {sum(f[1] - f[0] for f in folds.values())})')
            if best is None or net(folds) > net(best[2]):
                best = (features, l2, folds, data, scored)
    features, l2, folds, data, scored = best
    print(f'\nkept: {", ".join(features)} (L2 {l2})\n')
    print('| set (left out) | right successes kept: current → refit | wrong successes doubted: current → refit | success precision: current → refit | threshold |')
    print('|---|---|---|---|---|')
    for name in names:
        r, f = now[name], folds[name]
        print(f'| {label(name)} | {r[0]}/{r[1]} → {f[0]}/{f[1]} | {r[2]}/{r[3]} → {f[2]}/{f[3]} | {precision(r)} → {precision(f)} | {f[4]:.3f} |')
    total = lambda fs, i: sum(fs[n][i] for n in names)
    print(f'| all | {total(now, 0)}/{total(now, 1)} → {total(folds, 0)}/{total(folds, 1)} | {total(now, 2)}/{total(now, 3)} → {total(folds, 2)}/{total(folds, 3)} | |')
    print(f'\nnet (wrong doubted − right doubted): current {net(now)} → refit {net(folds)}')
    beta = fit(*training(data, names), l2)
    threshold = choose_threshold(beta, [scored[n] for n in names])
    print('fitted on every set: intercept', round(beta[0], 3), {f: round(float(b), 3) for f, b in zip(features + ['checks_failed'], beta[1:])}, 'threshold', round(threshold, 3))
    if '--verbose' in sys.argv:
        for name in names:
            X, y, rows = scored[name]
            for row, score in zip(rows, prob(beta, X)):
                if score < threshold: print('   doubted', label(name), 'right' if row['correct'] else 'WRONG', round(float(score), 3), row['question'][:80])
    risen = [label(name) for name in names if folds[name][1] - folds[name][0] > now[name][1] - now[name][0] + MAX_FOLD_RISE]
    # A wrong `success` is the worst outcome: no set may keep one the current model doubts.
    wronger = [label(name) for name in names if folds[name][2] < now[name][2]]
    # With WRONG_COST: every left-out set's success precision holds or rises, and no set loses more right answers than
    # the wrong ones it newly doubts.
    share = lambda f: f[0] / (f[0] + f[3] - f[2]) if f[0] + f[3] - f[2] else 1.0
    worse = [label(n) for n in names if share(folds[n]) < share(now[n]) - 1e-12] if WRONG_COST is not None else []
    costly = [label(n) for n in names if (folds[n][1] - folds[n][0]) - (now[n][1] - now[n][0]) > max(0, folds[n][2] - now[n][2])] if WRONG_COST is not None else []
    if WRONG_COST is not None: risen = []
    wins = net(folds) > net(now) and not risen and not wronger and not worse and not costly
    print(f'the refit {"beats" if wins else "does not beat"} the current model' +
          (f'; right answers doubted rise by more than {MAX_FOLD_RISE} in {", ".join(risen)}' if risen else '') +
          (f'; wrong successes kept rise in {", ".join(wronger)}' if wronger else '') +
          (f'; success precision falls in {", ".join(worse)}' if worse else '') +
          (f'; more right answers lost than wrong ones doubted in {", ".join(costly)}' if costly else ''))
    if '--write' in sys.argv and (wins or '--force' in sys.argv):
        write_model(beta, threshold, features, l2, data, scored, names)


def write_model(beta, threshold, features, l2, data, scored, names):
    weights = ',\n'.join(f'    {f}: {b:.4f}' for f, b in zip(features, beta[1:]))  # checks_failed is never set when scoring
    counts = ', '.join(f'{label(n)} {len(data[n][1])}/{len(scored[n][1])}' for n in names)
    with open(MODEL, 'w') as out:
        out.write(f"""import type {{ ConfidenceModel }} from './confidence-model-schema.js';

/**
 * The fitted logistic model of whether a `success` answer is right, written by bench/trust/fit-confidence.py (refit
 * there, never by hand: bench/abstention/refit.sh).
 */
export const ANSWER_CONFIDENCE_MODEL: ConfidenceModel = {{
  intercept: {beta[0]:.4f},
  weights: {{
{weights},
  }},
  threshold: {threshold:.4f},
  fitted: '{ROWS} answers / success answers of {counts}; L2 {l2}; the threshold doubts {MAX_RIGHT_DOUBTED:.0%} of right success answers',
}};
""")
    print('wrote', os.path.normpath(MODEL))


if __name__ == '__main__':
    main()
