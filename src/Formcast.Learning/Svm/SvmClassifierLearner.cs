using Formcast.Learning.Linear.Internal;
using Formcast.Learning.Svm.Internal;

namespace Formcast.Learning.Svm;

/// <summary>
/// C-support vector classification trained by SMO (see <see cref="SmoSolver"/>), as LIBSVM: one two-class problem
/// per pair of classes (one-vs-one, Knerr et al. 1990; sub-problem rows ordered first class then second, each in
/// data order), class k's box constraint C·w_k·sᵢ with class weight w_k and row weight sᵢ (rows of weight 0 are
/// dropped, as scikit-learn does), prediction by majority vote with ties to the lower class.
/// Probabilities: per pair, Platt's sigmoid fitted (Lin, Lin &amp; Weng 2007) to decision values from an internal
/// cross-validation on a seeded random fold assignment, then coupled across pairs (Wu, Lin &amp; Weng 2004).
/// Pairs and folds train in parallel; with one pair, the kernel rows are computed in parallel instead.
/// </summary>
public sealed class SvmClassifierLearner : ILearner<SvmClassifierModel>
{
    public SvmClassifierLearner(SvmClassifierOptions? options = null)
    {
        Options = options ?? new SvmClassifierOptions();
        Options.Validate();
    }

    public SvmClassifierOptions Options { get; }

    public SvmClassifierModel Fit(Dataset data)
    {
        TrainingData.RequireUsable(data);
        var x = data.Features;
        var rowWeights = TrainingData.SampleWeights(data);
        var (classes, classIndex) = TrainingData.EncodeClasses(data.Target);
        if (classes.Length < 2) throw new ArgumentException("classification needs at least two classes in the target", nameof(data));
        var classWeights = TrainingData.ClassWeights(classes, classIndex, Options.ClassWeights, Options.BalancedClassWeights);
        var kernel = Options.KernelFor(x);
        var parallel = Options.ParallelOptions();

        var members = new List<int>[classes.Length];
        for (var k = 0; k < classes.Length; k++) members[k] = [];
        var bounds = new double[data.Rows];
        for (var i = 0; i < data.Rows; i++)
        {
            bounds[i] = Options.C * classWeights[classIndex[i]] * rowWeights[i];
            if (bounds[i] > 0) members[classIndex[i]].Add(i);
        }

        for (var k = 0; k < classes.Length; k++)
        {
            if (members[k].Count == 0) throw new ArgumentException($"class {classes[k]} has no rows with positive weight", nameof(data));
        }

        var pairs = new List<(int First, int Second)>();
        for (var a = 0; a < classes.Length; a++)
        {
            for (var b = a + 1; b < classes.Length; b++) pairs.Add((a, b));
        }

        var problems = pairs.Select(pair => Problem(members[pair.First], members[pair.Second], bounds)).ToArray();
        var concurrent = Math.Min(pairs.Count, parallel.MaxDegreeOfParallelism);
        var inner = concurrent > 1 ? new ParallelOptions { MaxDegreeOfParallelism = 1 } : parallel;
        var settings = Options.Solver(concurrent);
        var solutions = new BinaryClassifierSolution[pairs.Count];
        Parallel.For(0, pairs.Count, parallel, p =>
            solutions[p] = BinaryClassifierSolution.Train(x, problems[p].Rows, problems[p].Y, problems[p].Bounds, kernel, settings, inner));

        (double A, double B)[]? sigmoids = null;
        if (Options.Probability) sigmoids = FitSigmoids(x, problems, kernel, parallel);
        return SvmClassifierModel.Create(classes, kernel, x, pairs, solutions, sigmoids);
    }

    private static (int[] Rows, sbyte[] Y, double[] Bounds) Problem(List<int> first, List<int> second, double[] bounds)
    {
        var rows = first.Concat(second).ToArray();
        var y = new sbyte[rows.Length];
        var c = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            y[i] = i < first.Count ? (sbyte)1 : (sbyte)-1;
            c[i] = bounds[rows[i]];
        }

        return (rows, y, c);
    }

    /// <summary>Cross-validated decision values per pair (LIBSVM's <c>svm_binary_svc_probability</c>: a random
    /// permutation cut into contiguous folds; a training part holding one class only predicts ±1), then Platt.</summary>
    private (double A, double B)[] FitSigmoids(Matrix x, (int[] Rows, sbyte[] Y, double[] Bounds)[] problems, KernelFunction kernel, ParallelOptions parallel)
    {
        var folds = Options.ProbabilityFolds;
        var rng = new Rng(Options.Seed);
        var permutations = new int[problems.Length][];
        var decisions = new double[problems.Length][];
        for (var p = 0; p < problems.Length; p++)
        {
            permutations[p] = rng.Fork((ulong)p).Permutation(problems[p].Rows.Length);
            decisions[p] = new double[problems[p].Rows.Length];
        }

        var jobs = problems.Length * folds;
        var concurrent = Math.Min(jobs, parallel.MaxDegreeOfParallelism);
        var settings = Options.Solver(concurrent);
        var single = new ParallelOptions { MaxDegreeOfParallelism = 1 };
        Parallel.For(0, jobs, parallel, job =>
        {
            var p = job / folds;
            var fold = job % folds;
            var (rows, y, bounds) = problems[p];
            var perm = permutations[p];
            var l = rows.Length;
            var begin = fold * l / folds;
            var end = (fold + 1) * l / folds;
            var trainCount = l - (end - begin);
            var trainRows = new int[trainCount];
            var trainY = new sbyte[trainCount];
            var trainBounds = new double[trainCount];
            var k = 0;
            int positives = 0, negatives = 0;
            for (var j = 0; j < l; j++)
            {
                if (j >= begin && j < end) continue;
                var source = perm[j];
                trainRows[k] = rows[source];
                trainY[k] = y[source];
                trainBounds[k] = bounds[source];
                if (y[source] > 0) positives++;
                else negatives++;
                k++;
            }

            BinaryClassifierSolution? model = positives > 0 && negatives > 0
                ? BinaryClassifierSolution.Train(x, trainRows, trainY, trainBounds, kernel, settings, single)
                : null;
            for (var j = begin; j < end; j++)
            {
                var source = perm[j];
                decisions[p][source] = model is not null ? model.Decision(x, x.Row(rows[source]), kernel)
                    : positives > 0 ? 1
                    : negatives > 0 ? -1
                    : 0;
            }
        });

        var sigmoids = new (double A, double B)[problems.Length];
        for (var p = 0; p < problems.Length; p++) sigmoids[p] = PlattSigmoid.Fit(decisions[p], problems[p].Y);
        return sigmoids;
    }
}
