namespace Formcast.Learning.Tests.Trees;

/// <summary>
/// The few metrics the tree-family parity tests compare, written out so each test states exactly what it measures:
/// R² = 1 − SS_res/SS_tot, and ROC AUC as the Mann–Whitney statistic (ties count one half), macro-averaged
/// one-vs-rest for more than two classes — scikit-learn's <c>r2_score</c> and <c>roc_auc_score(multi_class="ovr")</c>.
/// </summary>
public static class TestMetrics
{
    public static double R2(IReadOnlyList<double> truth, IReadOnlyList<double> predicted)
    {
        var mean = truth.Average();
        double residual = 0, total = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            residual += (truth[i] - predicted[i]) * (truth[i] - predicted[i]);
            total += (truth[i] - mean) * (truth[i] - mean);
        }

        return 1 - (residual / total);
    }

    /// <summary>AUC of score for "label == positive".</summary>
    public static double Auc(IReadOnlyList<double> truth, IReadOnlyList<double> score, double positive)
    {
        var order = Enumerable.Range(0, truth.Count).OrderBy(i => score[i]).ToArray();
        var ranks = new double[truth.Count];
        for (var i = 0; i < order.Length;)
        {
            var j = i;
            while (j + 1 < order.Length && score[order[j + 1]] == score[order[i]]) j++;
            var rank = ((i + j) / 2.0) + 1;
            for (var k = i; k <= j; k++) ranks[order[k]] = rank;
            i = j + 1;
        }

        double positives = 0, rankSum = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            if (truth[i] != positive) continue;
            positives++;
            rankSum += ranks[i];
        }

        var negatives = truth.Count - positives;
        return (rankSum - (positives * (positives + 1) / 2)) / (positives * negatives);
    }

    /// <summary>Binary AUC of the last class, or macro one-vs-rest AUC; <paramref name="probabilities"/> is row-major
    /// with one column per class in <paramref name="classes"/>.</summary>
    public static double Auc(IReadOnlyList<double> truth, double[] probabilities, IReadOnlyList<double> classes)
    {
        var k = classes.Count;
        double Column(int c, int r) => probabilities[(r * k) + c];
        if (k == 2) return Auc(truth, Enumerable.Range(0, truth.Count).Select(r => Column(1, r)).ToArray(), classes[1]);
        var sum = 0.0;
        for (var c = 0; c < k; c++) sum += Auc(truth, Enumerable.Range(0, truth.Count).Select(r => Column(c, r)).ToArray(), classes[c]);
        return sum / k;
    }
}
