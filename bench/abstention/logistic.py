"""What the abstention fit scripts share: the sets a folder holds, an L2-penalised logistic fit, and the features the
built dist/ reads from a folder's lines (from_dist)."""
import os, subprocess
import numpy as np


def set_names(folder):
    names = os.environ.get('SETS')
    return names.split(',') if names else sorted(f[:-len('.jsonl')] for f in os.listdir(folder) if f.endswith('.jsonl'))


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


def from_dist(variable, tool, folder):
    """The file bench/abstention/<tool>.mjs writes over the folder's lines by the built dist/ (OUT/<tool>.json), or the
    one the environment variable names, which a run before wrote."""
    given = os.environ.get(variable)
    if given:
        return given
    out = os.path.join(folder, f'{tool}.json')
    subprocess.run(['node', os.path.join(os.path.dirname(__file__), f'{tool}.mjs'), folder, out], check=True, stdout=subprocess.DEVNULL)
    return out
