#!/usr/bin/python3
"""Reference outputs for Formcast.Learning's evaluation code (metrics, splitters, calibration, stacking,
nearest-neighbour baselines, grid search), produced with scikit-learn 1.2.1 / NumPy 1.24 / SciPy 1.10 from Debian.

Run:  /usr/bin/python3 bench/parity/evaluation.py
Writes JSON fixtures under tests/Formcast.Learning.Tests/Fixtures/evaluation/; the C# parity tests read them.
Inputs that are not one of scikit-learn's bundled tables are generated here from fixed seeds and stored in the
fixture next to the expected outputs.
"""
import json
import os
import subprocess
import sys

REQUIRED = {"sklearn": "python3-sklearn", "scipy": "python3-scipy", "numpy": "python3-numpy"}


def ensure_packages():
    missing = []
    for module, package in REQUIRED.items():
        try:
            __import__(module)
        except ImportError:
            missing.append(package)
    if missing:
        subprocess.check_call(["apt-get", "install", "-y", "--no-install-recommends", *missing])


ensure_packages()

import numpy as np  # noqa: E402
import scipy  # noqa: E402
import sklearn  # noqa: E402
import sklearn.datasets  # noqa: E402
from scipy.special import ndtr, ndtri  # noqa: E402
from sklearn import metrics  # noqa: E402
from sklearn.calibration import CalibratedClassifierCV, calibration_curve  # noqa: E402
from sklearn.datasets import load_breast_cancer, load_diabetes  # noqa: E402
from sklearn.dummy import DummyClassifier, DummyRegressor  # noqa: E402
from sklearn.ensemble import StackingRegressor  # noqa: E402
from sklearn.isotonic import IsotonicRegression  # noqa: E402
from sklearn.linear_model import LinearRegression  # noqa: E402
from sklearn.model_selection import (GridSearchCV, GroupKFold, KFold, LeaveOneGroupOut,  # noqa: E402
                                     StratifiedKFold, cross_val_score)
from sklearn.neighbors import KNeighborsClassifier, KNeighborsRegressor  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "tests", "Formcast.Learning.Tests", "Fixtures", "evaluation")
VERSIONS = {"sklearn": sklearn.__version__, "numpy": np.__version__, "scipy": scipy.__version__}


def plain(value):
    """NumPy values to JSON-ready Python values (floats keep all 17 significant digits through repr)."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, np.ndarray):
        return plain(value.tolist())
    if isinstance(value, np.generic):
        return value.item()
    return value


def write(name, payload):
    payload = {"generator": "bench/parity/evaluation.py", "versions": VERSIONS, **payload}
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "w") as f:
        json.dump(plain(payload), f, separators=(",", ":"), allow_nan=False)
        f.write("\n")
    print("wrote", name)


def breast_cancer_split():
    """Breast cancer (raw, as bundled): rows whose index is not a multiple of 3 train, the others test."""
    x, y = load_breast_cancer(return_X_y=True)
    test = np.arange(len(y)) % 3 == 0
    return x[~test], y[~test], x[test], y[test]


def diabetes_split():
    x, y = load_diabetes(return_X_y=True, scaled=False)
    test = np.arange(len(y)) % 3 == 0
    return x[~test], y[~test], x[test], y[test]


# ---------------------------------------------------------------------------------------------------------------
def metric_fixtures():
    rng = np.random.RandomState(20240501)
    cases = []
    for name, n, decimals, weighted in [("ties-1-decimal", 200, 1, False), ("ties-weighted", 150, 1, True),
                                        ("continuous", 400, None, False), ("continuous-weighted", 300, None, True),
                                        ("tiny", 7, 2, False)]:
        y = (rng.rand(n) < 0.35).astype(float)
        s = np.clip(0.3 * y + rng.rand(n) * 0.8, 0, 1)
        if decimals is not None:
            s = np.round(s, decimals)
        w = rng.uniform(0.2, 3.0, n) if weighted else None
        label = (s >= 0.5).astype(float)
        case = {"name": name, "y": y, "score": s, "weights": w,
                "roc_auc": metrics.roc_auc_score(y, s, sample_weight=w),
                "average_precision": metrics.average_precision_score(y, s, sample_weight=w),
                "brier": metrics.brier_score_loss(y, s, sample_weight=w),
                "log_loss": metrics.log_loss(y, s, sample_weight=w),
                "accuracy": metrics.accuracy_score(y, label, sample_weight=w),
                "precision": metrics.precision_score(y, label, sample_weight=w),
                "recall": metrics.recall_score(y, label, sample_weight=w),
                "f1": metrics.f1_score(y, label, sample_weight=w)}
        fpr, tpr, thr = metrics.roc_curve(y, s, sample_weight=w)
        case["roc_curve"] = {"fpr": fpr, "tpr": tpr, "thresholds": thr}
        cases.append(case)

    # Several classes: labels with one class never predicted and one never true, for zero-division paths.
    multi = []
    for name, weighted in [("multiclass", False), ("multiclass-weighted", True)]:
        n = 120
        y = rng.choice([0.0, 1.0, 2.0, 3.0], size=n, p=[0.4, 0.3, 0.3, 0.0])
        pred = rng.choice([0.0, 1.0, 2.0, 4.0], size=n, p=[0.5, 0.3, 0.0, 0.2])
        w = rng.uniform(0.5, 2.0, n) if weighted else None
        case = {"name": name, "y": y, "predicted": pred, "weights": w,
                "accuracy": metrics.accuracy_score(y, pred, sample_weight=w)}
        for avg in ["micro", "macro", "weighted"]:
            p, r, f, _ = metrics.precision_recall_fscore_support(y, pred, average=avg, sample_weight=w, zero_division=0)
            case[avg] = {"precision": p, "recall": r, "f1": f}
        case["confusion"] = metrics.confusion_matrix(y, pred, sample_weight=w)
        multi.append(case)

    # Probabilities over three classes: log loss (with rows needing renormalisation) and one-vs-rest AUC.
    prob_cases = []
    for name, weighted in [("three-classes", False), ("three-classes-weighted", True)]:
        n = 90
        y = rng.choice([1.0, 2.0, 5.0], size=n)
        raw = rng.rand(n, 3) + np.eye(3)[np.searchsorted([1.0, 2.0, 5.0], y)] * 0.7
        p = raw / raw.sum(axis=1, keepdims=True)
        p = np.round(p, 2)  # ties and rows that do not sum to exactly 1
        p[0] = [0.0, 1.0, 0.0]
        w = rng.uniform(0.5, 2.0, n) if weighted else None
        pn = p / p.sum(axis=1, keepdims=True)
        prob_cases.append({"name": name, "y": y, "classes": [1.0, 2.0, 5.0], "probabilities": p, "weights": w,
                           "log_loss": metrics.log_loss(y, p, sample_weight=w, labels=[1.0, 2.0, 5.0]),
                           "roc_auc_ovr_macro": metrics.roc_auc_score(y, pn, multi_class="ovr", average="macro", sample_weight=w),
                           "roc_auc_ovr_weighted": metrics.roc_auc_score(y, pn, multi_class="ovr", average="weighted", sample_weight=w),
                           "normalized_probabilities": pn})

    regression = []
    for name, weighted, constant in [("regression", False, False), ("regression-weighted", True, False), ("constant-target", False, True)]:
        n = 80
        y = np.full(n, 3.5) if constant else rng.normal(10, 3, n)
        yhat = y + rng.normal(0, 1.5, n)
        w = rng.uniform(0.1, 4.0, n) if weighted else None
        regression.append({"name": name, "y": y, "predicted": yhat, "weights": w,
                           "mse": metrics.mean_squared_error(y, yhat, sample_weight=w),
                           "mae": metrics.mean_absolute_error(y, yhat, sample_weight=w),
                           "r2": metrics.r2_score(y, yhat, sample_weight=w)})

    curves = []
    y = (rng.rand(300) < 0.4).astype(float)
    p = np.clip(0.5 * y + 0.5 * rng.rand(300), 0, 1)
    p[:12] = [0.0, 0.2, 0.4, 0.6, 0.8, 1.0, 0.1, 0.3, 0.5, 0.7, 0.9, 0.25]  # values on uniform edges
    p_rounded = np.round(p, 1)  # heavy ties for quantile edges
    for source, probs in [("continuous", p), ("rounded", p_rounded)]:
        for strategy in ["uniform", "quantile"]:
            for bins in [5, 10, 3]:
                t, m = calibration_curve(y, probs, n_bins=bins, strategy=strategy)
                curves.append({"name": f"{source}-{strategy}-{bins}", "strategy": strategy, "bins": bins,
                               "y": y, "probability": probs, "observed": t, "mean_predicted": m})

    write("metrics.json", {"binary": cases, "multiclass": multi, "probabilities": prob_cases,
                           "regression": regression, "calibration_curves": curves})


# ---------------------------------------------------------------------------------------------------------------
def split_fixtures():
    rng = np.random.RandomState(7)
    out = []

    def record(kind, splitter, n, y=None, groups=None, **extra):
        folds = [{"train": tr, "test": te} for tr, te in splitter.split(np.zeros((n, 1)), y, groups)]
        out.append({"kind": kind, "n": n, "y": y, "groups": groups, "folds": folds, **extra})

    for n, k in [(23, 5), (10, 3), (7, 7)]:
        record("kfold", KFold(k), n, k=k)
    y1 = rng.choice([0.0, 1.0, 2.0], size=37, p=[0.6, 0.3, 0.1])
    record("stratified", StratifiedKFold(5), 37, y=y1, k=5)
    y2 = np.r_[np.ones(9), np.zeros(41)]
    record("stratified", StratifiedKFold(4), 50, y=y2, k=4)
    y3 = rng.choice([2.0, -1.0, 7.0], size=60)
    record("stratified", StratifiedKFold(3), 60, y=y3, k=3)
    # Group sizes with many ties, fewer and more than the 16 elements NumPy insertion-sorts directly.
    for n_groups, k, seed in [(10, 3, 1), (40, 5, 2), (120, 7, 3), (300, 4, 4)]:
        r = np.random.RandomState(seed)
        sizes = r.choice([3, 5, 8, 8, 12], size=n_groups)
        ids = r.permutation(np.arange(n_groups) * 3 + 100)
        groups = np.repeat(ids, sizes)
        groups = groups[r.permutation(len(groups))]
        record("group", GroupKFold(k), len(groups), groups=groups, k=k)
    groups = rng.choice([5, 9, 11, 30], size=25)
    record("logo", LeaveOneGroupOut(), 25, groups=groups)
    write("splits.json", {"cases": out})


# ---------------------------------------------------------------------------------------------------------------
def baseline_fixtures():
    xtr, ytr, xte, yte = breast_cancer_split()
    cases = []
    for k, weights in [(5, "uniform"), (15, "uniform"), (7, "distance")]:
        m = KNeighborsClassifier(n_neighbors=k, weights=weights, algorithm="brute").fit(xtr, ytr)
        cases.append({"task": "classification", "dataset": "breast_cancer", "k": k, "weights": weights,
                      "probabilities": m.predict_proba(xte), "labels": m.predict(xte)})
    dxtr, dytr, dxte, dyte = diabetes_split()
    for k, weights in [(10, "uniform"), (4, "distance")]:
        m = KNeighborsRegressor(n_neighbors=k, weights=weights, algorithm="brute").fit(dxtr, dytr)
        cases.append({"task": "regression", "dataset": "diabetes", "k": k, "weights": weights,
                      "predictions": m.predict(dxte)})

    rng = np.random.RandomState(3)
    y = rng.choice([0.0, 1.0, 3.0], size=40)
    w = rng.uniform(0.5, 2.0, 40)
    x = np.zeros((40, 2))
    dummy = {"y": y, "weights": w,
             "prior_unweighted": DummyClassifier(strategy="prior").fit(x, y).predict_proba(x[:1])[0],
             "prior_weighted": DummyClassifier(strategy="prior").fit(x, y, sample_weight=w).predict_proba(x[:1])[0],
             "y_regression": rng.normal(5, 2, 40)}
    yr = dummy["y_regression"]
    dummy["mean_weighted"] = DummyRegressor(strategy="mean").fit(x, yr, sample_weight=w).predict(x[:1])[0]
    dummy["median_unweighted"] = DummyRegressor(strategy="median").fit(x, yr).predict(x[:1])[0]
    dummy["median_weighted"] = DummyRegressor(strategy="median").fit(x, yr, sample_weight=w).predict(x[:1])[0]
    write("baselines.json", {"neighbors": cases, "dummy": dummy})


# ---------------------------------------------------------------------------------------------------------------
def platt_optimum(f, y, w):
    """The exact maximiser of scikit-learn's Platt objective (same targets and start), by trust-region Newton."""
    from scipy.optimize import minimize
    w = np.ones_like(f) if w is None else w
    prior0 = w[y <= 0].sum()
    prior1 = w[y > 0].sum()
    t = np.where(y > 0, (prior1 + 1.0) / (prior1 + 2.0), 1.0 / (prior0 + 2.0))

    def value(ab):
        z = ab[0] * f + ab[1]
        return np.sum(w * (t * z + np.logaddexp(0, -z)))

    def grad(ab):
        z = ab[0] * f + ab[1]
        r = w * (t - 1 / (1 + np.exp(z)))
        return np.array([np.dot(r, f), r.sum()])

    def hess(ab):
        z = ab[0] * f + ab[1]
        p = 1 / (1 + np.exp(z))
        d = w * p * (1 - p)
        return np.array([[np.dot(d, f * f), np.dot(d, f)], [np.dot(d, f), d.sum()]])

    ab0 = np.array([0.0, np.log((prior0 + 1.0) / (prior1 + 1.0))])
    res = minimize(value, ab0, jac=grad, hess=hess, method="trust-exact", options={"gtol": 1e-13})
    return res.x


def calibration_fixtures():
    from sklearn.calibration import _sigmoid_calibration
    rng = np.random.RandomState(11)
    iso = []
    for name, increasing, y_min, y_max, weighted in [("weighted", True, None, None, True), ("decreasing", False, None, None, False),
                                                     ("clipped", True, 0.2, 0.7, False), ("unweighted", True, None, None, False)]:
        n = 150
        x = np.round(rng.rand(n) * 10, 1)
        y = (x / 10 if increasing else 1 - x / 10) + rng.normal(0, 0.25, n)
        w = rng.uniform(0, 2, n) if weighted else None
        if weighted:
            w[:5] = 0.0
        model = IsotonicRegression(increasing=increasing, y_min=y_min, y_max=y_max, out_of_bounds="clip").fit(x, y, sample_weight=w)
        query = np.r_[np.linspace(-1, 11, 61), x[:20], [0.05, 9.95]]
        iso.append({"name": name, "x": x, "y": y, "weights": w, "increasing": increasing,
                    "y_min": y_min, "y_max": y_max, "thresholds_x": model.X_thresholds_, "thresholds_y": model.y_thresholds_,
                    "query": query, "predictions": model.predict(query)})

    platt = []
    for name, weighted in [("unweighted", False), ("weighted", True)]:
        n = 200
        y = (rng.rand(n) < 0.3).astype(float)
        f = rng.normal(0, 1, n) + 1.5 * y
        w = rng.uniform(0.3, 3, n) if weighted else None
        a, b = _sigmoid_calibration(f, y, w)
        opt = platt_optimum(f, y, w)
        platt.append({"name": name, "scores": f, "y": y, "weights": w, "sklearn_a": a, "sklearn_b": b,
                      "optimum_a": opt[0], "optimum_b": opt[1]})

    xtr, ytr, xte, yte = breast_cancer_split()
    wrapped = []
    for method in ["isotonic", "sigmoid"]:
        for ensemble in [True, False]:
            base = KNeighborsClassifier(n_neighbors=15, algorithm="brute")
            model = CalibratedClassifierCV(base, method=method, cv=5, ensemble=ensemble).fit(xtr, ytr)
            wrapped.append({"dataset": "breast_cancer", "method": method, "ensemble": ensemble, "k": 15,
                            "probabilities": model.predict_proba(xte)})
    # Several classes; wine rather than iris, whose one-decimal features tie neighbour distances and leave the
    # choice among equidistant neighbours to NumPy's selection order.
    xw, yw = sklearn.datasets.load_wine(return_X_y=True)
    test = np.arange(len(yw)) % 3 == 0
    model = CalibratedClassifierCV(KNeighborsClassifier(n_neighbors=10, algorithm="brute"), method="isotonic", cv=4).fit(xw[~test], yw[~test])
    wrapped.append({"dataset": "wine", "method": "isotonic", "ensemble": True, "k": 10, "folds": 4,
                    "probabilities": model.predict_proba(xw[test])})
    write("calibration.json", {"isotonic": iso, "platt": platt, "calibrated_classifier": wrapped})


# ---------------------------------------------------------------------------------------------------------------
def search_fixtures():
    x, y = load_breast_cancer(return_X_y=True)
    searches = []
    grid = {"n_neighbors": [1, 3, 5, 9, 15, 25], "weights": ["uniform", "distance"]}
    for scoring in ["accuracy", "roc_auc", "neg_log_loss"]:
        gs = GridSearchCV(KNeighborsClassifier(algorithm="brute"), grid, cv=StratifiedKFold(5), scoring=scoring).fit(x, y)
        r = gs.cv_results_
        searches.append({"scoring": scoring, "params": [dict(p) for p in r["params"]],
                         "mean": r["mean_test_score"], "std": r["std_test_score"], "rank": r["rank_test_score"],
                         "folds": np.array([r[f"split{i}_test_score"] for i in range(5)]).T,
                         "best": dict(gs.best_params_)})
    inner = GridSearchCV(KNeighborsClassifier(algorithm="brute"), {"n_neighbors": [3, 7, 15, 31]}, cv=StratifiedKFold(3), scoring="roc_auc")
    nested = cross_val_score(inner, x, y, cv=StratifiedKFold(5), scoring="roc_auc")
    groups = np.arange(len(y)) % 23
    grouped = cross_val_score(KNeighborsClassifier(n_neighbors=9, algorithm="brute"), x, y, groups=groups, cv=GroupKFold(4), scoring="roc_auc")
    write("search.json", {"grid": searches, "nested_outer_roc_auc": nested, "nested_grid": [3, 7, 15, 31],
                          "group_kfold_roc_auc": grouped, "group_modulus": 23})


# ---------------------------------------------------------------------------------------------------------------
def bootstrap_fixtures():
    from scipy.stats import bootstrap
    rng = np.random.RandomState(5)
    cases = []
    for name, data, confidence in [("lognormal-mean", rng.lognormal(0, 1, 40), 0.9), ("normal-mean", rng.normal(3, 1, 25), 0.95)]:
        out = {"name": name, "data": data, "confidence": confidence}
        for method in ["BCa", "percentile"]:
            res = bootstrap((data,), np.mean, n_resamples=999, method=method, confidence_level=confidence,
                            random_state=np.random.RandomState(17))
            out[method] = {"low": res.confidence_interval.low, "high": res.confidence_interval.high,
                           "replicates": res.bootstrap_distribution}
        cases.append(out)
    x = np.r_[np.linspace(-8, 8, 161), [-37.5, -20, 20, 0.3, -0.3]]
    p = np.r_[np.linspace(0.001, 0.999, 201), [1e-300, 1e-20, 1e-10, 1e-5, 0.02425, 0.97575, 1 - 1e-10]]
    write("bootstrap.json", {"cases": cases, "ndtr": {"x": x, "value": ndtr(x)}, "ndtri": {"p": p, "value": ndtri(p)}})


# ---------------------------------------------------------------------------------------------------------------
def stacking_fixtures():
    from sklearn.ensemble import StackingClassifier
    from sklearn.linear_model import LogisticRegression
    dxtr, dytr, dxte, dyte = diabetes_split()
    regressors = []
    for passthrough in [False, True]:
        model = StackingRegressor(
            estimators=[("knn5", KNeighborsRegressor(5, algorithm="brute")), ("knn20", KNeighborsRegressor(20, algorithm="brute")),
                        ("mean", DummyRegressor())],
            final_estimator=LinearRegression(positive=True), cv=KFold(5), passthrough=passthrough).fit(dxtr, dytr)
        regressors.append({"dataset": "diabetes", "passthrough": passthrough, "predictions": model.predict(dxte),
                           "coefficients": model.final_estimator_.coef_, "intercept": model.final_estimator_.intercept_})
    xtr, ytr, xte, yte = breast_cancer_split()
    clf = StackingClassifier(
        estimators=[("knn5", KNeighborsClassifier(5, algorithm="brute")), ("knn25", KNeighborsClassifier(25, algorithm="brute"))],
        final_estimator=LogisticRegression(C=1.0), cv=StratifiedKFold(5)).fit(xtr, ytr)
    # L-BFGS stops near a 1e-4 gradient whatever its tolerance; polish the meta-model to the exact optimum of the
    # same objective on the same out-of-fold features, so the comparison tests stacking rather than the optimiser.
    from scipy.optimize import minimize
    from sklearn.model_selection import cross_val_predict
    meta_x = np.column_stack([cross_val_predict(KNeighborsClassifier(k, algorithm="brute"), xtr, ytr, cv=StratifiedKFold(5),
                                                method="predict_proba")[:, 1] for k in (5, 25)])
    design = np.column_stack([meta_x, np.ones(len(ytr))])

    def objective(w):
        z = design @ w
        return np.sum(np.logaddexp(0, z) - ytr * z) + 0.5 * np.dot(w[:-1], w[:-1])

    def gradient(w):
        g = design.T @ (1 / (1 + np.exp(-(design @ w))) - ytr)
        g[:-1] += w[:-1]
        return g

    start = np.r_[clf.final_estimator_.coef_[0], clf.final_estimator_.intercept_]
    polished = minimize(objective, start, jac=gradient, method="BFGS", options={"gtol": 1e-12}).x
    clf.final_estimator_.coef_ = polished[None, :-1]
    clf.final_estimator_.intercept_ = polished[-1:]
    write("stacking.json", {"regressors": regressors,
                            "classifier": {"dataset": "breast_cancer", "probabilities": clf.predict_proba(xte),
                                           "meta_coefficients": clf.final_estimator_.coef_[0], "meta_intercept": clf.final_estimator_.intercept_[0]}})


if __name__ == "__main__":
    metric_fixtures()
    split_fixtures()
    baseline_fixtures()
    calibration_fixtures()
    search_fixtures()
    bootstrap_fixtures()
    stacking_fixtures()
